package org.newsextract.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;

/**
 * The POS model's features of a token, the same features in the same order as the generators
 * its descriptor names (outcome prior, suffixes, prefixes, a window of lower-case words, a
 * window of sentence-begin marks, token class, previous tags), assembled from per-word parts
 * made once per distinct word instead of at every token.
 *
 * <p>Why: building and hashing those strings took about a fifth of all CPU time. Each word's
 * features are looked up once, as the model's parameters for them, and shared by every
 * analysis; a feature the model has no parameters for is left out, which changes nothing, as
 * the model skips it anyway. The model then sums the same parameters in the same order, so
 * tags are identical. The prior and a word's own features come first for every token, so their
 * sums are also made once per word ({@code Word.base}); a token adds the rest to a copy (about
 * half the additions; the order, hence every bit of the sums, stays).
 *
 * <p>Used only when the model's descriptor is the one this class copies ({@link #matches});
 * otherwise OpenNLP's own generators run. Thread-safe; the generators it makes are not.
 */
final class PosFeatures {
  /** SHA-256 of the UD EWT POS model's {@code generator.featuregen}, which this class copies. */
  static final String DESCRIPTOR_SHA256 =
      "d6737d09cec55717e2e10e70be03c5a15a1708d1b35b3017390862e784c40c3a";
  private static final int WINDOW = 2;
  private static final String BEGIN = "S=begin";
  /** Bounded (a few MB): past this many distinct words a word's parts are made at each token. */
  private static final int MAX_CACHED_WORDS = 50_000;
  /** OpenNLP's CachedFeatureGenerator keeps this many tokens' features. */
  private static final int CACHED_TOKENS = 100;
  /** Most features of one token after its word's own: 4 words, 1 begin mark, 2 class, 2 tags. */
  private static final int MAX_FEATURES = 9;

  /**
   * One word's known features' parameters (null for unknown ones), in the generators' order;
   * {@code base}: the model's sums over the prior and {@code own}, which come first for every
   * token, so that a token's scores go on from there with the same additions in the same order.
   */
  private record Word(Context[] own, double[] base, Context[] prev, Context[] next,
      Context[] wordClass) {}

  /** A token's features: its word's, then the others (neighbours, begin marks, class, tags). */
  record Token(Word word, Context[] rest) {}

  private final IntrinsicExpModel model;
  private final Map<String, Context> params;
  private final Context def;
  private final Context begin;
  private final Context[] prevBegin;
  /** The model's tags; a tag passed in is one of these strings (found by identity first). */
  private final String[] outcomes;
  /**
   * The outcomes by their strings' (cached) hash codes, open addressing, and their indexes:
   * a tag passed in is mostly one of these very strings, found without a scan of the tags
   * (an IdentityHashMap's look-up and unboxing was 7% of the tagger's time).
   */
  private final String[] outcomeByHash;
  private final int[] outcomeIndexByHash;
  private final Context[] tagFeatures;
  private final Context[][] tagPairFeatures;
  private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
  /** The per-token features as dense parameters, one per distinct feature (see dense). */
  private final ConcurrentHashMap<Context, Context> denseOnes = new ConcurrentHashMap<>();
  private final SuffixFeatureGenerator suffixes = new SuffixFeatureGenerator();
  private final PrefixFeatureGenerator prefixes = new PrefixFeatureGenerator();

  /** @param model the POS model, whose previous-tag features are looked up once */
  PosFeatures(IntrinsicExpModel model) {
    this.model = model;
    this.params = model.params();
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = model.getOutcome(o);
    }
    this.outcomes = outcomes;
    int size = Integer.highestOneBit(outcomes.length * 4);
    this.outcomeByHash = new String[size];
    this.outcomeIndexByHash = new int[size];
    for (int o = 0; o < outcomes.length; o++) {
      int h = outcomes[o].hashCode() & (size - 1);
      while (outcomeByHash[h] != null) {
        h = (h + 1) & (size - 1);
      }
      outcomeByHash[h] = outcomes[o];
      outcomeIndexByHash[h] = o;
    }
    this.def = params.get("def");
    this.begin = dense(params.get(BEGIN));
    this.prevBegin = new Context[WINDOW + 1];
    for (int i = 1; i <= WINDOW; i++) {
      prevBegin[i] = dense(params.get("p" + i + BEGIN));
    }
    // previous-tag features by outcome index: their parameters, null for unknown ones
    this.tagFeatures = new Context[outcomes.length];
    this.tagPairFeatures = new Context[outcomes.length][outcomes.length];
    for (int prev = 0; prev < outcomes.length; prev++) {
      tagFeatures[prev] = dense(params.get("t=" + outcomes[prev]));
      for (int prevPrev = 0; prevPrev < outcomes.length; prevPrev++) {
        tagPairFeatures[prevPrev][prev] =
            dense(params.get("t2=" + outcomes[prevPrev] + "," + outcomes[prev]));
      }
    }
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
   * The parameters of each feature of a token, for one greedy tagger: what the model looks up
   * for the strings of OpenNLP's context generator (with no contexts cache), without building
   * or looking up a string. Not thread-safe.
   */
  final class Contexts {
    private final Sentence sentence = new Sentence();
    // OpenNLP's Cache (a LinkedHashMap in insertion order) as arrays by token index: a token
    // is kept until CACHED_TOKENS others have been put after it (no boxing, no map)
    private Token[] cached;
    private int[] putAt;
    private int puts;
    private String[] cachedTokens;
    private final Context[] fs = new Context[MAX_FEATURES];

    /** As OpenNLP's CachedFeatureGenerator: a token's features once per sentence array. */
    Token token(int index, String[] tokens, String[] previousTags) {
      if (tokens == cachedTokens) {
        Token hit = cached[index];
        if (hit != null && putAt[index] > puts - CACHED_TOKENS) {
          return hit;
        }
      } else {
        cachedTokens = tokens;
        cached = new Token[tokens.length];
        putAt = new int[tokens.length];
        puts = 0;
      }
      Word w = sentence.word(tokens, index);
      int n = sentence.features(fs, tokens, index, previousTags);
      Token out = new Token(w, java.util.Arrays.copyOf(fs, n));
      cached[index] = out;
      putAt[index] = ++puts;
      return out;
    }

    /** All of a token's features' parameters, in the generators' order. */
    Context[] of(int index, String[] tokens, String[] previousTags) {
      Token t = token(index, tokens, previousTags);
      List<Context> all = new ArrayList<>();
      if (def != null) {
        all.add(def);
      }
      all.addAll(List.of(t.word.own));
      all.addAll(List.of(t.rest));
      return all.toArray(new Context[0]);
    }

    /** The model's outcome probabilities for the token, in {@code outsums}. */
    double[] probs(int index, String[] tokens, String[] previousTags, double[] outsums) {
      Token t = token(index, tokens, previousTags);
      return model.eval(t.word.base, t.rest, outsums);
    }

    /** The model's unnormalised outcome scores for the token, for its best outcome only. */
    double[] logScores(int index, String[] tokens, String[] previousTags, double[] outsums) {
      Token t = token(index, tokens, previousTags);
      return model.logScores(t.word.base, t.rest, outsums);
    }
  }

  /** The words of the sentence being tagged, each looked up once. Not thread-safe. */
  private final class Sentence {
    private String[] tokens;
    private Word[] read;

    private Word word(String[] tokens, int i) {
      if (tokens != this.tokens) {
        this.tokens = tokens;
        this.read = new Word[tokens.length];
      }
      Word w = read[i];
      if (w == null) {
        w = PosFeatures.this.word(tokens[i]);
        read[i] = w;
      }
      return w;
    }

    /**
     * Writes the parameters of token {@code index}'s features after its word's own (the prior
     * and the word's own are in its {@link Word#base}) to {@code out}; returns how many.
     */
    int features(Context[] out, String[] tokens, int index, String[] previousTags) {
      int n = 0;
      Word w = word(tokens, index);
      // the window of words: this one (the last of its own), then before, then after
      for (int i = 1; i <= WINDOW; i++) {
        if (index - i >= 0) {
          n = add(out, n, word(tokens, index - i).prev[i]);
        }
      }
      for (int i = 1; i <= WINDOW; i++) {
        if (index + i < tokens.length) {
          n = add(out, n, word(tokens, index + i).next[i]);
        }
      }
      // the window of sentence-begin marks (a word after the first never has one)
      if (index == 0) {
        n = add(out, n, begin);
      }
      for (int i = 1; i <= WINDOW; i++) {
        if (index - i == 0) {
          n = add(out, n, prevBegin[i]);
        }
      }
      for (Context f : w.wordClass) {
        n = add(out, n, f);
      }
      return previousTags(out, n, index, previousTags);
    }
  }

  /** OpenNLP's PosTaggerFeatureGenerator: the previous tag, and the two previous ones. */
  private int previousTags(Context[] out, int n, int index, String[] tags) {
    if (index < 1) {
      return n;
    }
    String prev = tags[index - 1];
    String prevPrev = index >= 2 ? tags[index - 2] : null;
    int p = outcome(prev);
    if (prev != null) {
      n = add(out, n, p >= 0 ? tagFeatures[p] : params.get("t=" + prev));
    }
    if (prevPrev != null) {
      int pp = outcome(prevPrev);
      n = add(out, n, p >= 0 && pp >= 0 ? tagPairFeatures[pp][p]
          : params.get("t2=" + prevPrev + "," + prev));
    }
    return n;
  }

  /** The index of {@code tag} among the model's outcomes, -1 if none (or null). */
  private int outcome(String tag) {
    if (tag == null) {
      return -1;
    }
    int mask = outcomeByHash.length - 1;
    for (int h = tag.hashCode() & mask; outcomeByHash[h] != null; h = (h + 1) & mask) {
      if (outcomeByHash[h] == tag) {
        return outcomeIndexByHash[h];
      }
    }
    for (int o = 0; o < outcomes.length; o++) {
      if (outcomes[o].equals(tag)) {
        return o;
      }
    }
    return -1;
  }

  /** Adds {@code f}, a feature's parameters, unless null (the model has none). */
  private static int add(Context[] out, int n, Context f) {
    if (f == null) {
      return n;
    }
    out[n] = f;
    return n + 1;
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
    Context[] prev = new Context[WINDOW + 1];
    Context[] next = new Context[WINDOW + 1];
    for (int i = 1; i <= WINDOW; i++) {
      prev[i] = dense(params.get("p" + i + w));
      next[i] = dense(params.get("n" + i + w));
    }
    String cls = FeatureGeneratorUtil.tokenFeature(token);
    Context[] ownKnown = known(own);
    Context[] prior = new Context[ownKnown.length + 1];
    int n = add(prior, 0, def);
    for (Context c : ownKnown) {
      prior[n++] = c;
    }
    Context[] wordClass = known(List.of("wc=" + cls, "w&c=" + lower + "," + cls));
    for (int i = 0; i < wordClass.length; i++) {
      wordClass[i] = dense(wordClass[i]);
    }
    return new Word(ownKnown, model.sums(prior, n), prev, next, wordClass);
  }

  /**
   * A feature a token adds to its word's base sums, as dense parameters (see {@link
   * IntrinsicExpModel.DenseContext}): one copy per distinct feature, so the memory stays
   * bounded by the model's features.
   */
  private Context dense(Context c) {
    return c == null ? null : denseOnes.computeIfAbsent(c, model::dense);
  }

  /** The parameters of the features the model knows, in order (a loop: cheaper cold). */
  private Context[] known(List<String> fs) {
    Context[] found = new Context[fs.size()];
    int n = 0;
    for (String f : fs) {
      Context c = params.get(f);
      if (c != null) {
        found[n++] = c;
      }
    }
    return n == found.length ? found : java.util.Arrays.copyOf(found, n);
  }
}
