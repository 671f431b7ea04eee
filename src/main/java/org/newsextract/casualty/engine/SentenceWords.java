package org.newsextract.casualty.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a sentence a casualty rule may match: the sentence's words and where they start,
 * the positions a count may start at, and whether the sentence has a cue word at all. Rules try
 * only these positions ({@link #nextCount}), so each sentence costs time linear in its length.
 */
final class SentenceWords {
  /** Words that are (part of) a number: a count holds one of these or a digit. */
  static final Set<String> NUMBER_WORDS = Set.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "zero",
      "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
      "scores", "tens", "several", "both", "few", "couple", "handful");

  /** The first word of each phrase of a lexicon: where a rule that starts with a cue may match. */
  static Set<String> firstWords(Lexicon.Cues cues) {
    Set<String> out = new java.util.HashSet<>();
    for (String phrase : cues.kindByPhrase().keySet()) {
      out.add(firstWord(phrase));
    }
    return Set.copyOf(out);
  }

  private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}]");

  /** The phrase up to its first char that is no letter or digit. */
  static String firstWord(String phrase) {
    return NOT_WORD_CHAR.split(phrase)[0];
  }

  private final CharSequence sentence;
  private final int[] starts;
  private final String[] words;
  private final boolean[] digit;
  private final WordBits bits;
  // per word, the bits of the word sets that hold it (one lookup per word, not one per set)
  private final int[] masks;
  private final int numberBit;
  // the last match start of each cue pattern asked about, made on the first question
  private Map<Pattern, Integer> lastStarts;

  /** The words of {@code s}; {@code bits} has the word sets asked about (and NUMBER_WORDS). */
  SentenceWords(CharSequence s, WordBits bits) {
    sentence = s;
    this.bits = bits;
    int[] st = new int[32];
    String[] ws = new String[32];
    boolean[] dg = new boolean[32];
    int n = 0;
    int len = s.length();
    int i = 0;
    while (i < len) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < len && Character.isLetterOrDigit(s.charAt(j))) {
        j++;
      }
      if (n == st.length) {
        st = java.util.Arrays.copyOf(st, n * 2);
        ws = java.util.Arrays.copyOf(ws, n * 2);
        dg = java.util.Arrays.copyOf(dg, n * 2);
      }
      st[n] = i;
      dg[n] = Character.isDigit(s.charAt(i));
      ws[n++] = j - i <= 25 ? s.subSequence(i, j).toString() : "";
      i = j;
    }
    starts = java.util.Arrays.copyOf(st, n);
    words = java.util.Arrays.copyOf(ws, n);
    digit = java.util.Arrays.copyOf(dg, n);
    masks = new int[n];
    for (int k = 0; k < n; k++) {
      masks[k] = bits.mask(words[k]);
    }
    numberBit = bits.bit(NUMBER_WORDS);
  }

  /**
   * The ascending {@code starts} before the last match of {@code cue} in the sentence: the
   * starts worth trying for a rule whose every match holds a match of {@code cue} after its
   * first char. Most sentences leave none.
   */
  int[] startsBefore(int[] starts, Pattern cue) {
    if (starts.length == 0) {
      return starts;
    }
    int limit = lastStart(cue);
    int k = 0;
    while (k < starts.length && starts[k] < limit) {
      k++;
    }
    return k == starts.length ? starts : java.util.Arrays.copyOf(starts, k);
  }

  /** Where {@code cue} last matches in the sentence (-1: nowhere). */
  private int lastStart(Pattern cue) {
    if (lastStarts == null) {
      lastStarts = new HashMap<>(4);
    }
    Integer known = lastStarts.get(cue);
    if (known != null) {
      return known;
    }
    Matcher m = cue.matcher(sentence);
    int last = -1;
    // every start, not only those of matches that do not overlap
    while (last < sentence.length() && m.find(last + 1)) {
      last = m.start();
    }
    lastStarts.put(cue, last);
    return last;
  }

  /**
   * A matcher of {@code rule} over {@code s} for {@link #nextCount} at {@code starts}, or null
   * when there is none to try: making a matcher of a long rule costs more than most of the
   * sentences it would see.
   */
  static Matcher matcher(Pattern rule, CharSequence s, int[] starts) {
    return starts.length == 0 ? null : rule.matcher(s).useTransparentBounds(true);
  }

  /**
   * Whether word {@code i} is in {@code set}: by its mask when {@code bit} is the set's bit in
   * {@link WordBits}, else (a set the rules did not register) by a look-up.
   */
  private boolean holds(int i, Set<String> set, int bit) {
    return bit != 0 ? (masks[i] & bit) != 0 : set.contains(words[i]);
  }

  /** The starts of the words in {@code set}, in text order. */
  int[] startsOf(Set<String> set) {
    int bit = bits.bit(set);
    int[] out = new int[starts.length];
    int k = 0;
    for (int i = 0; i < starts.length; i++) {
      if (holds(i, set, bit)) {
        out[k++] = starts[i];
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /**
   * The starts of the words in {@code set} or capitalised in the original {@code text} (this
   * sentence starts at {@code from} in it).
   */
  int[] startsOfOrCapitalised(Set<String> set, String text, int from) {
    int bit = bits.bit(set);
    int[] out = new int[starts.length];
    int k = 0;
    for (int i = 0; i < starts.length; i++) {
      if (holds(i, set, bit) || Character.isUpperCase(text.charAt(from + starts[i]))) {
        out[k++] = starts[i];
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** The starts of the words that are digits or in {@code set} (words up to 20 chars). */
  int[] startsOfDigitsOr(Set<String> set) {
    int bit = bits.bit(set);
    int[] out = new int[starts.length];
    int k = 0;
    for (int i = 0; i < starts.length; i++) {
      if (digit[i] || words[i].length() <= 20 && holds(i, set, bit)) {
        out[k++] = starts[i];
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /**
   * Where a count may start: each number word or digit, and the three words before it (for
   * "at least 12", "a total of 30", "between 20 and 30").
   */
  int[] countStarts() {
    int[] out = new int[16];
    int k = 0;
    for (int n = 0; n < starts.length; n++) {
      if (digit[n] || words[n].length() <= 9 && holds(n, NUMBER_WORDS, numberBit)) {
        if (k + 4 > out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
        }
        for (int back = Math.max(0, n - 3); back <= n; back++) {
          if (k == 0 || starts[back] > out[k - 1]) {
            out[k++] = starts[back];
          }
        }
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** Some word of {@code s} starts with one of the cue stems. */
  static boolean hasCueStem(CharSequence s) {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z' || i > 0 && Character.isLetter(s.charAt(i - 1))) {
        continue;
      }
      String[] stems = CUE_STEMS[c - 'a'];
      if (stems == null) {
        continue;
      }
      for (String stem : stems) {
        if (len - i >= stem.length() && regionIs(s, i, stem)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean regionIs(CharSequence s, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (s.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Word beginnings that a sentence must have for any rule to match, by first letter. */
  private static final String[][] CUE_STEMS = stems(
      "kill", "dead", "die", "dying", "slain", "murder", "fatal", "mortal", "wound", "injur",
      "hurt", "hospital", "shot", "shoot", "condition", "struck", "hit", "graze", "perish",
      "lives", "life", "lost", "execut", "massacr", "behead", "death", "casualt", "bod", "toll",
      "hostage", "captive", "kidnap", "abduct", "snatch", "seiz", "missing", "unaccounted",
      "arrest", "detain", "custody", "captur", "assassin", "apprehend", "rounded", "displac",
      "evacu", "homeless",
      "trapped", "strand", "flee", "harm", "treated", "unhurt", "uninjur", "unharm", "victim",
      "gunned", "gunshot", "suffer", "sustain", "airlift", "flown", "rushed", "transported",
      "taken", "sent", "put", "left", "leav", "took", "tak", "held", "hold", "fatalit", "remains",
      "pronounced", "succumb", "escaped", "slay", "homicid", "among", "intensive");

  private static String[][] stems(String... all) {
    String[][] out = new String[26][];
    for (String stem : all) {
      int k = stem.charAt(0) - 'a';
      String[] old = out[k] == null ? new String[0] : out[k];
      String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = stem;
      out[k] = grown;
    }
    return out;
  }

  /** The union of two sorted position lists, sorted. */
  static int[] merge(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      int next = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
      if (k == 0 || out[k - 1] != next) {
        out[k++] = next;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /**
   * Like {@link Matcher#find()} for a pattern that starts with a count, but tries only the
   * positions in {@code starts}: much cheaper than trying every position of the sentence.
   * {@code cursor} holds the next index into {@code starts} and the end of the last match.
   */
  static boolean nextCount(Matcher m, CharSequence s, int[] starts, int[] cursor) {
    while (cursor[0] < starts.length) {
      int start = starts[cursor[0]++];
      if (start < cursor[1]) {
        continue;
      }
      m.region(start, s.length());
      if (m.lookingAt()) {
        cursor[1] = m.end();
        return true;
      }
    }
    return false;
  }
}
