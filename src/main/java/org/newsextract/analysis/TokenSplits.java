package org.newsextract.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * The tokenizer model's split decisions for one whitespace-free word: what {@code
 * TokenizerME.tokenizePos(word)} returns, computed from the parameters of the features that
 * OpenNLP's DefaultTokenContextGenerator names (p= and s= for the whole prefix and suffix, the
 * chars around the position, their classes), looked up by char instead of built as strings.
 *
 * <p>Why: on a cold one-core run the model's strings (two of them as long as the word, at each
 * of its positions) and their hashing were most of the tokenizer's time. Shape rules ("a word,
 * then a comma") cannot replace the model: its whole-prefix features split real words that look
 * alike ("hangs;" and "hangs)" become three tokens, "“abnormal" splits after its "a"). So each
 * position is still evaluated, with the same parameters in the same order, hence the same sums:
 * the spans are identical (TokenSplitsTest, TokenSplitsProperties compare them).
 *
 * <p>Used only when the model has no abbreviation dictionary and runs the alphanumeric shortcut
 * with OpenNLP's default pattern ({@link #of}); otherwise TokenizerME runs. Thread-safe.
 */
final class TokenSplits {
  private static final String SPLIT = TokenizerME.SPLIT;
  /** Most features of one position: p, s; p1, p2 (3 each), p21, p1f1; f1, f2 (3 each), f12; cc. */
  private static final int MAX_FEATURES = 18;

  private final IntrinsicExpModel model;
  private final Strings prefixes = new Strings();
  private final Strings suffixes = new Strings();
  private final int longestPrefix;
  private final int longestSuffix;
  private final Chars p1;
  private final Chars p2;
  private final Chars f1;
  private final Chars f2;
  private final Pairs p21 = new Pairs();
  private final Pairs p1f1 = new Pairs();
  private final Pairs f12 = new Pairs();
  private final Context p2Bok;
  private final Context f2Bok;
  private final Context cc;

  private TokenSplits(IntrinsicExpModel model) {
    this.model = model;
    Map<String, Context> params = model.params();
    p1 = new Chars("p1", params);
    p2 = new Chars("p2", params);
    f1 = new Chars("f1", params);
    f2 = new Chars("f2", params);
    int lp = 0;
    int ls = 0;
    for (Map.Entry<String, Context> e : params.entrySet()) {
      String k = e.getKey();
      if (k.startsWith("p=")) {
        prefixes.put(k.substring(2), e.getValue());
        lp = Math.max(lp, k.length() - 2);
      } else if (k.startsWith("s=")) {
        suffixes.put(k.substring(2), e.getValue());
        ls = Math.max(ls, k.length() - 2);
      } else if (k.length() == 6 && k.charAt(3) == '=') {
        Pairs pairs =
            k.startsWith("p21") ? p21 : k.startsWith("f12") ? f12 : null;
        if (pairs != null) {
          pairs.put(pair(k.charAt(4), k.charAt(5)), e.getValue());
        }
      } else if (k.length() == 7 && k.startsWith("p1f1=")) {
        p1f1.put(pair(k.charAt(5), k.charAt(6)), e.getValue());
      } else if (k.length() == 4 && k.charAt(2) == '=') {
        Chars chars = k.startsWith("p1") ? p1 : k.startsWith("p2") ? p2
            : k.startsWith("f1") ? f1 : k.startsWith("f2") ? f2 : null;
        if (chars != null) {
          chars.put(k.charAt(3), e.getValue());
        }
      }
    }
    longestPrefix = lp;
    longestSuffix = ls;
    p2Bok = params.get("p2=bok");
    f2Bok = params.get("f2=bok");
    cc = params.get("cc");
  }

  /** Splits for {@code model}, or null when TokenizerME must run (see the class comment). */
  static TokenSplits of(TokenizerModel model) {
    boolean noAbbreviations =
        model.getAbbreviations() == null || model.getAbbreviations().asStringSet().isEmpty();
    String pattern = model.getFactory().getAlphaNumericPattern().pattern();
    if (model.getMaxentModel() instanceof IntrinsicExpModel m && noAbbreviations
        && model.useAlphaNumericOptimization() && pattern.equals("^[A-Za-z0-9]+$")
        && m.getNumOutcomes() == 2) {
      return new TokenSplits(m);
    }
    return null;
  }

  private static int pair(char a, char b) {
    return a << 16 | b;
  }

  /** The model's spans of {@code word}, a whitespace-free run, as TokenizerME's. */
  Span[] spans(String word) {
    int n = word.length();
    if (n < 2 || asciiAlphanumeric(word)) {
      return new Span[] {new Span(0, n)}; // TokenizerME's own shortcuts
    }
    Context[] fs = new Context[MAX_FEATURES];
    double[] scores = new double[2];
    List<Span> out = new ArrayList<>(4);
    // String.hashCode of each suffix and prefix, so that none is cut out to be looked up
    int[] suffixHash = new int[n + 1];
    int power = 1;
    for (int j = n - 1; j >= 0; j--) {
      suffixHash[j] = word.charAt(j) * power + suffixHash[j + 1];
      power *= 31;
    }
    int prefixHash = word.charAt(0);
    int start = 0;
    for (int j = 1; j < n; j++) {
      int k = features(word, j, prefixHash, suffixHash[j], fs);
      prefixHash = 31 * prefixHash + word.charAt(j);
      if (model.getBestOutcome(model.logScores(fs, k, scores)).equals(SPLIT)) {
        out.add(new Span(start, j));
        start = j;
      }
    }
    out.add(new Span(start, n));
    return out.toArray(new Span[0]);
  }

  private static boolean asciiAlphanumeric(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** DefaultTokenContextGenerator's features at {@code i}, in its order; unknown ones left out. */
  private int features(String s, int i, int prefixHash, int suffixHash, Context[] out) {
    int n = 0;
    if (i <= longestPrefix) {
      n = add(out, n, prefixes.get(s, 0, i, prefixHash));
    }
    if (s.length() - i <= longestSuffix) {
      n = add(out, n, suffixes.get(s, i, s.length(), suffixHash));
    }
    char before = s.charAt(i - 1);
    char at = s.charAt(i);
    n = p1.add(before, out, n);
    if (i > 1) {
      char twoBefore = s.charAt(i - 2);
      n = p2.add(twoBefore, out, n);
      n = add(out, n, p21.get(pair(twoBefore, before)));
    } else {
      n = add(out, n, p2Bok);
    }
    n = add(out, n, p1f1.get(pair(before, at)));
    n = f1.add(at, out, n);
    if (i + 1 < s.length()) {
      char next = s.charAt(i + 1);
      n = f2.add(next, out, n);
      n = add(out, n, f12.get(pair(at, next)));
    } else {
      n = add(out, n, f2Bok);
    }
    if (s.charAt(0) == '&' && s.charAt(s.length() - 1) == ';') {
      n = add(out, n, cc);
    }
    return n;
  }

  private static int add(Context[] out, int n, Context f) {
    if (f == null) {
      return n;
    }
    out[n] = f;
    return n + 1;
  }

  /** Features of a pair of chars, by {@link #pair}: open addressing, no boxing. */
  private static final class Pairs {
    private int[] keys = new int[16];
    private Context[] values = new Context[16];
    private int size;

    void put(int key, Context value) {
      if (2 * (size + 1) > keys.length) {
        int[] oldKeys = keys;
        Context[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Context[oldKeys.length * 2];
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
          if (oldValues[k] != null) {
            put(oldKeys[k], oldValues[k]);
          }
        }
      }
      int slot = slot(key);
      if (values[slot] == null) {
        size++;
      }
      keys[slot] = key;
      values[slot] = value;
    }

    Context get(int key) {
      return values[slot(key)];
    }

    private int slot(int key) {
      int mask = keys.length - 1;
      int slot = (key * 0x9E3779B9) >>> 16 & mask;
      while (values[slot] != null && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
  }

  /** Features of a whole prefix or suffix, found by String hash without cutting it out. */
  private static final class Strings {
    private int[] hashes = new int[16];
    private String[] keys = new String[16];
    private Context[] values = new Context[16];
    private int size;

    void put(String key, Context value) {
      if (2 * (size + 1) > keys.length) {
        String[] oldKeys = keys;
        Context[] oldValues = values;
        hashes = new int[oldKeys.length * 2];
        keys = new String[oldKeys.length * 2];
        values = new Context[oldKeys.length * 2];
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
          if (oldKeys[k] != null) {
            put(oldKeys[k], oldValues[k]);
          }
        }
      }
      int hash = key.hashCode();
      int mask = keys.length - 1;
      int slot = (hash * 0x9E3779B9) >>> 12 & mask;
      while (keys[slot] != null && !keys[slot].equals(key)) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == null) {
        size++;
      }
      hashes[slot] = hash;
      keys[slot] = key;
      values[slot] = value;
    }

    /** The value of {@code s[from, to)}, whose String hash is {@code hash}; null if none. */
    Context get(String s, int from, int to, int hash) {
      int mask = keys.length - 1;
      int len = to - from;
      for (int slot = (hash * 0x9E3779B9) >>> 12 & mask; keys[slot] != null;
          slot = (slot + 1) & mask) {
        String k = keys[slot];
        if (hashes[slot] == hash && k.length() == len && s.regionMatches(from, k, 0, len)) {
          return values[slot];
        }
      }
      return null;
    }
  }

  /** One char's features under one key ("p1=x", then its class: p1_alpha, p1_caps, ...). */
  private static final class Chars {
    private final Context[] ascii = new Context[128];
    private final Map<Character, Context> other = new HashMap<>();
    private final Context alpha;
    private final Context caps;
    private final Context num;
    private final Context ws;
    private final Context eos;
    private final Context quote;
    private final Context lp;
    private final Context rp;

    /** The class features of {@code key}; its chars' features come by {@link #put}. */
    Chars(String key, Map<String, Context> params) {
      alpha = params.get(key + "_alpha");
      caps = params.get(key + "_caps");
      num = params.get(key + "_num");
      ws = params.get(key + "_ws");
      eos = params.get(key + "_eos");
      quote = params.get(key + "_quote");
      lp = params.get(key + "_lp");
      rp = params.get(key + "_rp");
    }

    void put(char c, Context f) {
      if (c < 128) {
        ascii[c] = f;
      } else {
        other.put(c, f);
      }
    }

    /** As DefaultTokenContextGenerator.addCharPreds. */
    int add(char c, Context[] out, int n) {
      n = TokenSplits.add(out, n, c < 128 ? ascii[c] : other.get(c));
      if (Character.isLetter(c)) {
        n = TokenSplits.add(out, n, alpha);
        if (Character.isUpperCase(c)) {
          n = TokenSplits.add(out, n, caps);
        }
      } else if (Character.isDigit(c)) {
        n = TokenSplits.add(out, n, num);
      } else if (StringUtil.isWhitespace(c)) {
        n = TokenSplits.add(out, n, ws);
      } else if (c == '.' || c == '?' || c == '!') {
        n = TokenSplits.add(out, n, eos);
      } else if (c == '`' || c == '"' || c == '\'') {
        n = TokenSplits.add(out, n, quote);
      } else if (c == '[' || c == '{' || c == '(') {
        n = TokenSplits.add(out, n, lp);
      } else if (c == ']' || c == '}' || c == ')') {
        n = TokenSplits.add(out, n, rp);
      }
      return n;
    }
  }
}
