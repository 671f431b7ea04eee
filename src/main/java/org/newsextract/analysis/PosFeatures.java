package org.newsextract.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;

/**
 * The POS model's features of a token, the same strings in the same order as the feature
 * generators its descriptor names (outcome prior, suffixes, prefixes, a window of lower-case
 * words, a window of sentence-begin marks, token class, previous tags), built from per-word
 * strings made once per distinct word instead of at every token.
 *
 * <p>Why: building and hashing those strings took about a fifth of all CPU time. Each word's
 * strings are made once (and their hashes, which {@link String} caches, with them) and shared
 * by every analysis; a string the model has no parameters for is left out, which changes
 * nothing, as the model skips it anyway. The model then sums the same parameters in the same
 * order, so tags are identical.
 *
 * <p>Used only when the model's descriptor is the one this class copies ({@link #matches});
 * otherwise OpenNLP's own generators run.
 */
final class PosFeatures implements AdaptiveFeatureGenerator {
  /** SHA-256 of the UD EWT POS model's {@code generator.featuregen}, which this class copies. */
  static final String DESCRIPTOR_SHA256 =
      "d6737d09cec55717e2e10e70be03c5a15a1708d1b35b3017390862e784c40c3a";
  private static final int WINDOW = 2;
  private static final String BEGIN = "S=begin";
  /** Bounded (a few MB): past this many distinct words the strings are made at each token. */
  private static final int MAX_CACHED_WORDS = 50_000;

  /** The strings of one word, those the model knows, in the generators' order. */
  private record Word(String[] own, String[] prev, String[] next, String[] wordClass) {}

  /** Each feature the model knows, to itself: the model's own key, so look-ups compare by
   * identity and never char by char. */
  private final Map<String, String> known;
  private static final String NONE = new String("(none)");
  private final String def;
  private final String begin;
  private final String[] prevBegin;
  private final Map<String, String> tagFeatures;
  private final Map<String, Map<String, String>> tagPairFeatures;
  private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
  private final SuffixFeatureGenerator suffixes = new SuffixFeatureGenerator();
  private final PrefixFeatureGenerator prefixes = new PrefixFeatureGenerator();

  /**
   * @param known the features the model has parameters for
   * @param outcomes the model's tags, whose previous-tag strings are made once
   */
  PosFeatures(Set<String> known, String[] outcomes) {
    Map<String, String> keys = new HashMap<>();
    for (String f : known) {
      keys.put(f, f);
    }
    this.known = keys;
    this.def = knownOrNull("def");
    this.begin = knownOrNull(BEGIN);
    this.prevBegin = new String[WINDOW + 1];
    for (int i = 1; i <= WINDOW; i++) {
      prevBegin[i] = knownOrNull("p" + i + BEGIN);
    }
    // previous-tag features: the model's key, or NONE for one it does not know
    Map<String, String> single = new HashMap<>();
    Map<String, Map<String, String>> pairs = new HashMap<>();
    for (String prev : outcomes) {
      single.put(prev, orNone(knownOrNull("t=" + prev)));
      for (String prevPrev : outcomes) {
        pairs.computeIfAbsent(prevPrev, k -> new HashMap<>())
            .put(prev, orNone(knownOrNull("t2=" + prevPrev + "," + prev)));
      }
    }
    this.tagFeatures = Map.copyOf(single);
    Map<String, Map<String, String>> frozen = new HashMap<>();
    pairs.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
    this.tagPairFeatures = Map.copyOf(frozen);
  }

  /** Whether {@code descriptor} (a model's feature generator XML) is the one copied here. */
  static boolean matches(byte[] descriptor) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(descriptor);
      return HexFormat.of().formatHex(hash).equals(DESCRIPTOR_SHA256);
    } catch (NoSuchAlgorithmException e) {
      return false;
    }
  }

  /**
   * A generator for one tagger, with OpenNLP's per-sentence cache around it as the descriptor
   * asks ({@code cache="true"}): the cache decides, as in OpenNLP, which previous tags a token
   * tagged twice is read with, so it must stay.
   */
  AdaptiveFeatureGenerator newGenerator() {
    return new CachedFeatureGenerator(this);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index,
      String[] previousOutcomes) {
    if (def != null) {
      features.add(def);
    }
    Word w = word(tokens[index]);
    add(features, w.own);
    // the window of words: this one (its own strings end with it), then before, then after
    for (int i = 1; i <= WINDOW; i++) {
      if (index - i >= 0) {
        addIfKnown(features, word(tokens[index - i]).prev[i]);
      }
    }
    for (int i = 1; i <= WINDOW; i++) {
      if (index + i < tokens.length) {
        addIfKnown(features, word(tokens[index + i]).next[i]);
      }
    }
    // the window of sentence-begin marks (the word after the first never has one)
    if (index == 0) {
      addIfKnown(features, begin);
    }
    for (int i = 1; i <= WINDOW; i++) {
      if (index - i == 0) {
        addIfKnown(features, prevBegin[i]);
      }
    }
    add(features, w.wordClass);
    previousTags(features, index, previousOutcomes);
  }

  /** OpenNLP's PosTaggerFeatureGenerator: the previous tag, and the two previous ones. */
  private void previousTags(List<String> features, int index, String[] tags) {
    if (index < 1) {
      return;
    }
    String prev = tags[index - 1];
    String prevPrev = index >= 2 ? tags[index - 2] : null;
    if (prev != null) {
      String f = tagFeatures.get(prev);
      addIfKnown(features, f != null ? f : knownOrNull("t=" + prev));
    }
    if (prevPrev != null) {
      Map<String, String> byPrev = tagPairFeatures.get(prevPrev);
      String f = byPrev == null || prev == null ? null : byPrev.get(prev);
      addIfKnown(features, f != null ? f : knownOrNull("t2=" + prevPrev + "," + prev));
    }
  }

  /** Adds {@code f}, a known feature, null or NONE (for none). */
  private static void addIfKnown(List<String> features, String f) {
    if (f != null && f != NONE) {
      features.add(f);
    }
  }

  private static String orNone(String f) {
    return f == null ? NONE : f;
  }

  private static void add(List<String> features, String[] fs) {
    for (String f : fs) {
      features.add(f);
    }
  }

  private Word word(String token) {
    Word w = words.get(token);
    if (w == null) {
      w = read(token);
      if (words.size() < MAX_CACHED_WORDS) {
        words.putIfAbsent(token, w);
      }
    }
    return w;
  }

  private Word read(String token) {
    String[] one = {token};
    List<String> own = new ArrayList<>();
    suffixes.createFeatures(own, one, 0, null);
    prefixes.createFeatures(own, one, 0, null);
    String lower = StringUtil.toLowerCase(token);
    String w = "w=" + lower;
    own.add(w);
    String[] prev = new String[WINDOW + 1];
    String[] next = new String[WINDOW + 1];
    for (int i = 1; i <= WINDOW; i++) {
      prev[i] = knownOrNull("p" + i + w);
      next[i] = knownOrNull("n" + i + w);
    }
    String cls = FeatureGeneratorUtil.tokenFeature(token);
    List<String> wordClass = List.of("wc=" + cls, "w&c=" + lower + "," + cls);
    return new Word(onlyKnown(own), prev, next, onlyKnown(wordClass));
  }

  private String knownOrNull(String f) {
    return known.get(f);
  }

  private String[] onlyKnown(List<String> fs) {
    return fs.stream().map(known::get).filter(Objects::nonNull).toArray(String[]::new);
  }
}
