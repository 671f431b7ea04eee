package org.newsextract.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The stock OpenNLP English models (UD EWT, from the {@code opennlp-models-*-en} Maven
 * artifacts), loaded once per JVM from the classpath. Models are immutable and shared; the
 * {@code *ME} workers built on them are not thread-safe in OpenNLP 2.5, so each analysis makes
 * its own. Nothing is ever downloaded.
 */
public final class Models {
  static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  static {
    // Before OpenNLP's first logger: no "No SLF4J providers" warning in users' programs.
    QuietSlf4j.ensure();
  }

  private Models() {}

  // Holder idiom: each model loads on first use, once, without locks afterwards.
  private static final class SentenceHolder {
    static final SentenceModel MODEL =
        sentencesWithIntrinsicExp(load(SENTENCE, SentenceModel::new));
  }

  private static final class TokenHolder {
    static final TokenizerModel MODEL = withAlphanumericShortcut(load(TOKENS, TokenizerModel::new));
    static final TokenSplits SPLITS = TokenSplits.of(MODEL);
  }

  /**
   * The same maximum entropy model, with OpenNLP's alphanumeric shortcut switched on: a
   * whitespace-separated word of only ASCII letters and digits is taken as one token without
   * asking the model at each char. About 5 times faster on news; on the 402 PolNeAR dev
   * articles it changes 6 of 342,717 tokens ("6AM" stays one token).
   */
  private static TokenizerModel withAlphanumericShortcut(TokenizerModel stock) {
    TokenizerFactory factory =
        new TokenizerFactory("en", stock.getFactory().getAbbreviationDictionary(), true, null);
    return new TokenizerModel(IntrinsicExpModel.of(stock.getMaxentModel()), new HashMap<>(),
        factory);
  }

  private static final class PosHolder {
    static final POSModel MODEL;
    static final PosFeatures FEATURES;

    static {
      POSModel stock = load(POS, POSModel::new);
      MODEL = posWithIntrinsicExp(stock);
      FEATURES = posFeatures(stock.getArtifact("generator.featuregen"), MODEL);
    }
  }

  /** The stock models evaluated with the intrinsic exponential (see IntrinsicExpModel). */
  private static SentenceModel sentencesWithIntrinsicExp(SentenceModel stock) {
    return new SentenceModel(stock.getLanguage(), IntrinsicExpModel.of(stock.getMaxentModel()),
        new HashMap<>(), stock.getFactory());
  }

  private static POSModel posWithIntrinsicExp(POSModel stock) {
    Object maxent = stock.getArtifact("pos.model");
    if (!(maxent instanceof opennlp.tools.ml.model.MaxentModel m)) {
      return stock; // a sequence model: nothing to rewrap
    }
    String beam = stock.getManifestProperty("BeamSize");
    return new POSModel(stock.getLanguage(), IntrinsicExpModel.of(m),
        beam == null ? 3 : Integer.parseInt(beam), new HashMap<>(), stock.getFactory());
  }

  /**
   * {@link PosFeatures} for {@code model}, or null when its feature descriptor is not the one
   * that class copies (OpenNLP's own generators are used then).
   */
  private static PosFeatures posFeatures(Object descriptor, POSModel model) {
    if (!(model.getArtifact("pos.model") instanceof IntrinsicExpModel m)
        || !(descriptor instanceof byte[] bytes) || !PosFeatures.matches(bytes)) {
      return null;
    }
    return new PosFeatures(m);
  }

  /** Per-word features for the POS model, null when OpenNLP's generators must run. */
  static PosFeatures posFeatures() {
    return PosHolder.FEATURES;
  }

  public static SentenceModel sentences() {
    return SentenceHolder.MODEL;
  }

  public static TokenizerModel tokens() {
    return TokenHolder.MODEL;
  }

  /** The tokenizer model's splits without OpenNLP's strings, null when TokenizerME must run. */
  static TokenSplits tokenSplits() {
    return TokenHolder.SPLITS;
  }

  public static POSModel pos() {
    return PosHolder.MODEL;
  }

  /** Loads all three models now, so that a missing model fails at build time, not later. */
  public static void loadAll() {
    sentences();
    tokens();
    pos();
  }

  private interface Loader<M> {
    M load(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, Loader<M> loader) {
    ClassLoader cl = Models.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the classpath; add the "
                + "org.apache.opennlp:opennlp-models-*-en:1.3.0 artifacts");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
