package org.newsextract.analysis;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum entropy (GIS) model evaluated with {@link Math#exp}, which the JIT turns
 * into an intrinsic, instead of the {@code StrictMath.exp} that {@code GISModel.eval} calls: that
 * one call took about 30% of all CPU time of a batch (tokenizer, sentence detector and POS
 * tagger all evaluate maxent models). Same parameters, same uniform prior, same order of
 * additions; a probability can differ from OpenNLP's in its last bits only, so the best
 * outcome is the same but for exact ties.
 */
final class IntrinsicExpModel extends AbstractModel {
  private final double logUniform;

  /** The same model as {@code gis}, an OpenNLP model read with its default uniform prior. */
  @SuppressWarnings("unchecked")
  private IntrinsicExpModel(AbstractModel gis) {
    super((Context[]) gis.getDataStructures()[0], null,
        (Map<String, Context>) gis.getDataStructures()[1],
        (String[]) gis.getDataStructures()[2]);
    this.modelType = ModelType.Maxent;
    this.logUniform = Math.log(1.0 / outcomeNames.length);
  }

  /** {@code model} itself unless it is a GIS maxent model, which is rewrapped. */
  static MaxentModel of(MaxentModel model) {
    if (model instanceof AbstractModel m && m.getModelType() == ModelType.Maxent) {
      return new IntrinsicExpModel(m);
    }
    return model;
  }

  /** The model's parameters by feature (a feature not there is skipped). */
  Map<String, Context> params() {
    return java.util.Collections.unmodifiableMap(pmap);
  }

  /**
   * The sums over the prior and the features whose parameters are {@code contexts[0, count)}
   * (a new array), in the same order as {@link #eval(String[], double[])} of their names adds
   * them: a start for {@link #eval(double[], Context[], double[])}.
   */
  double[] sums(Context[] contexts, int count) {
    return logScores(contexts, count, new double[outcomeNames.length]);
  }

  /**
   * The outcome probabilities of the features whose sums so far are {@code sums} (from {@link
   * #sums}) followed by {@code more}: the same additions, in the same order, as {@link
   * #eval(String[], double[])} of all their names.
   */
  double[] eval(double[] sums, Context[] more, double[] outsums) {
    return normalize(logScores(sums, more, outsums));
  }

  /**
   * The sums that {@link #eval(double[], Context[], double[])} would turn into probabilities,
   * left as they are: for the best outcome alone, which they give (the exponential and the
   * division keep their order) without an exponential per outcome.
   */
  double[] logScores(double[] sums, Context[] more, double[] outsums) {
    System.arraycopy(sums, 0, outsums, 0, outcomeNames.length);
    add(more, more.length, outsums);
    return outsums;
  }

  /** The sums over the prior and {@code contexts[0, count)}, unnormalised, in {@code outsums}. */
  double[] logScores(Context[] contexts, int count, double[] outsums) {
    Arrays.fill(outsums, 0, outcomeNames.length, logUniform);
    add(contexts, count, outsums);
    return outsums;
  }

  private static void add(Context[] contexts, int count, double[] outsums) {
    for (int i = 0; i < count; i++) {
      Context c = contexts[i];
      if (c instanceof DenseContext d) {
        // every outcome, in a loop the JIT vectorises: adding 0.0 leaves a sum as it is
        double[] byOutcome = d.byOutcome;
        for (int o = 0; o < byOutcome.length; o++) {
          outsums[o] += byOutcome[o];
        }
        continue;
      }
      int[] outcomes = c.getOutcomes();
      double[] parameters = c.getParameters();
      for (int j = 0; j < outcomes.length; j++) {
        outsums[outcomes[j]] += parameters[j] * 1.0;
      }
    }
  }

  /**
   * A feature's parameters laid out by outcome as well, 0.0 for the outcomes it has none for:
   * the sums then grow by the same additions in the same order (adding 0.0 changes no sum,
   * none being -0.0: they start from the prior's log, and an exact zero sum is +0.0), in a loop
   * without a scatter. For the POS model's per-token features, the tagger's hottest loop.
   */
  static final class DenseContext extends Context {
    private final double[] byOutcome;

    private DenseContext(Context c, double[] byOutcome) {
      super(c.getOutcomes(), c.getParameters());
      this.byOutcome = byOutcome;
    }
  }

  /**
   * {@code c} (a feature's parameters in this model) as a {@link DenseContext}; itself when
   * null, already dense, or when it lists an outcome twice (the sparse sum adds those one by
   * one).
   */
  Context dense(Context c) {
    if (c == null || c instanceof DenseContext) {
      return c;
    }
    double[] byOutcome = new double[outcomeNames.length];
    boolean[] seen = new boolean[outcomeNames.length];
    int[] outcomes = c.getOutcomes();
    double[] parameters = c.getParameters();
    for (int j = 0; j < outcomes.length; j++) {
      if (seen[outcomes[j]]) {
        return c;
      }
      seen[outcomes[j]] = true;
      byOutcome[outcomes[j]] = parameters[j] * 1.0;
    }
    return new DenseContext(c, byOutcome);
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, null, new double[outcomeNames.length]);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context, values, new double[outcomeNames.length]);
  }

  @Override
  public double[] eval(String[] context, double[] outsums) {
    return eval(context, null, outsums);
  }

  private double[] eval(String[] context, float[] values, double[] outsums) {
    Arrays.fill(outsums, 0, outcomeNames.length, logUniform);
    for (int i = 0; i < context.length; i++) {
      Context c = pmap.get(context[i]);
      if (c == null) {
        continue;
      }
      int[] outcomes = c.getOutcomes();
      double[] parameters = c.getParameters();
      double value = values == null ? 1.0 : values[i];
      for (int j = 0; j < outcomes.length; j++) {
        outsums[outcomes[j]] += parameters[j] * value;
      }
    }
    return normalize(outsums);
  }

  private double[] normalize(double[] outsums) {
    double normal = 0.0;
    for (int o = 0; o < outcomeNames.length; o++) {
      outsums[o] = Math.exp(outsums[o]);
      normal += outsums[o];
    }
    for (int o = 0; o < outcomeNames.length; o++) {
      outsums[o] /= normal;
    }
    return outsums;
  }
}
