package org.newsextract.analysis;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;

/**
 * The POS model's outcome probabilities for one token given the tags before it, for a greedy
 * tagger: what {@code model.eval(generator.getContext(...))} gives with the model factory's
 * context generator (no contexts cache), computed from per-word features (see PosFeatures).
 * One per document; not thread-safe.
 */
public final class PosScores {
  private final MaxentModel model = (MaxentModel) Models.pos().getArtifact("pos.model");
  private final PosFeatures.Contexts contexts;
  private final POSContextGenerator generator;
  // the scores of the last call, overwritten by the next: an array per token was 12% of all
  // the bytes allocated on dense text
  private final double[] scratch = new double[model.getNumOutcomes()];

  public PosScores() {
    PosFeatures features = Models.posFeatures();
    if (features != null && model instanceof IntrinsicExpModel) {
      contexts = features.new Contexts();
      generator = null;
    } else {
      contexts = null;
      generator = Models.pos().getFactory().getPOSContextGenerator(0);
    }
  }

  /**
   * @param index the token
   * @param words the sentence's words; a token's features are remembered per array, as in
   *     OpenNLP, so pass the same array for the same sentence
   * @param tags the tags so far (null where none)
   * @return the probability of each of the model's outcomes
   */
  public double[] probs(int index, String[] words, String[] tags) {
    if (contexts != null) {
      return contexts.probs(index, words, tags, new double[model.getNumOutcomes()]);
    }
    return model.eval(generator.getContext(index, words, tags, null));
  }

  /**
   * Scores in the order of {@link #probs}' probabilities, for picking the best tag and nothing
   * else: the model's sums before the exponential and the division, which keep their order
   * (probabilities when the model is not evaluated from per-word features). The array is
   * overwritten by the next call.
   */
  public double[] scores(int index, String[] words, String[] tags) {
    if (contexts != null) {
      return contexts.logScores(index, words, tags, scratch);
    }
    return probs(index, words, tags);
  }

  /**
   * The tags of {@code words}, each the model's best given the ones before it. This is what
   * OpenNLP's {@code POSTaggerME.tag} returns for this model: its beam search remembers each
   * token's features once per sentence (the descriptor's feature cache), computed with the
   * tags of the best sequence so far, so every candidate gets the same scores there and the
   * best sequence is this greedy one (PosFeaturesTest compares them).
   *
   * @param words a sentence's words (a new array: features are remembered per array)
   * @return one tag per word
   */
  public String[] tag(String[] words) {
    String[] tags = new String[words.length];
    for (int k = 0; k < words.length; k++) {
      tags[k] = model.getBestOutcome(scores(k, words, tags));
    }
    return tags;
  }

  /** The model (its outcomes are the tags). */
  public MaxentModel model() {
    return model;
  }
}
