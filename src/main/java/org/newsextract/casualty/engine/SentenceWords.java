package org.newsextract.casualty.engine;

import java.util.IdentityHashMap;
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
  private final Matchers matchers;
  // per word, the bits of the word sets that hold it (one lookup per word, not one per set)
  private final int[] masks;
  private final int numberBit;
  private final int leadBit;
  // how far the search for the last start of each cue pattern asked about got
  private final java.util.List<CueScan> cueScans = new java.util.ArrayList<>(4);

  /**
   * The words of {@code s}; {@code bits} has the word sets asked about (and NUMBER_WORDS), and
   * {@code matchers} are those of the document.
   */
  SentenceWords(CharSequence s, WordBits bits, Matchers matchers) {
    sentence = s;
    this.bits = bits;
    this.matchers = matchers;
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
    leadBit = bits.bit(CountPhrase.LEAD_WORDS);
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
    int limit = lastStart(cue, starts[0]);
    int k = 0;
    while (k < starts.length && starts[k] < limit) {
      k++;
    }
    return k == starts.length ? starts : java.util.Arrays.copyOf(starts, k);
  }

  /**
   * Where {@code cue} last matches in the sentence, when that is after {@code after}; else
   * some position up to {@code after} (-1: nowhere). Only a last match after the first start
   * keeps a start, so the search goes backwards from the end and stops there.
   */
  private int lastStart(Pattern cue, int after) {
    CueScan scan = scanOf(cue);
    // positions from scan.floor on are known to start no match (or scan.last is found)
    for (int p = scan.floor - 1; scan.last < 0 && p > after; p--) {
      if (scan.starts.mayStart(sentence, p)) {
        if (scan.m == null) {
          scan.m = matchers.cue(cue, sentence);
        }
        scan.m.region(p, sentence.length());
        if (scan.m.lookingAt()) {
          scan.last = p;
        }
      }
      scan.floor = p;
    }
    return scan.last;
  }

  private CueScan scanOf(Pattern cue) {
    for (CueScan scan : cueScans) {
      if (scan.cue == cue) {
        return scan;
      }
    }
    CueScan scan = new CueScan(cue, sentence.length());
    cueScans.add(scan);
    return scan;
  }

  /** The backward search of {@link #lastStart} for one cue, continued by later questions. */
  private static final class CueScan {
    final Pattern cue;
    final MatchStarts starts;
    Matcher m;
    int last = -1;
    int floor;

    CueScan(Pattern cue, int end) {
      this.cue = cue;
      starts = MatchStarts.of(cue);
      floor = end;
    }
  }

  /**
   * A matcher of {@code rule} over the sentence for {@link #nextCount} at {@code starts}, or
   * null when there is none to try.
   */
  Matcher matcher(Pattern rule, int[] starts) {
    return starts.length == 0 ? null : matcher(rule);
  }

  /** A matcher of {@code rule} over the sentence, with transparent bounds. */
  Matcher matcher(Pattern rule) {
    return matchers.rule(rule, sentence);
  }

  /**
   * The matchers of one document, reset for each sentence: making a matcher of a long rule
   * costs more than most of the sentences it sees. A reset matcher is as good as new but for
   * its bounds, which every use of one here sets the same. For one thread, one sentence at a
   * time (and one use of a pattern at a time).
   */
  static final class Matchers {
    private final Map<Pattern, Matcher> rules = new IdentityHashMap<>();
    private final Map<Pattern, Matcher> cues = new IdentityHashMap<>();

    /** A matcher of {@code rule} over {@code s}, with transparent bounds. */
    Matcher rule(Pattern rule, CharSequence s) {
      Matcher m = rules.get(rule);
      if (m == null) {
        m = rule.matcher(s).useTransparentBounds(true);
        rules.put(rule, m);
      }
      return m.reset(s);
    }

    /**
     * A matcher of {@code cue} over {@code s}, with transparent, non-anchoring bounds: its
     * match in a region that starts at p is the match find() tries at p.
     */
    Matcher cue(Pattern cue, CharSequence s) {
      Matcher m = cues.get(cue);
      if (m == null) {
        m = cue.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        cues.put(cue, m);
      }
      return m.reset(s);
    }
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
   * Where a count may start: each number word or digit, and those of the three words before
   * it that may start one (for "at least 12", "a total of 30", "between 20 and 30").
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
          if ((k == 0 || starts[back] > out[k - 1]) && (back == n || mayStartCount(back))) {
            out[k++] = starts[back];
          }
        }
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /**
   * Whether a match of {@link CountPhrase#COUNT} may start at word {@code i}: it starts with a
   * digit, a lead word ({@link CountPhrase#LEAD_WORDS}, a whole word) or a number in words,
   * whose first word starts with one of {@link #NUMBER_WORDS} (and may run on: the white space
   * of "twenty to thirty" is optional). A word too long to keep may be anything.
   */
  private boolean mayStartCount(int i) {
    return digit[i] || words[i].isEmpty() || holds(i, CountPhrase.LEAD_WORDS, leadBit)
        || stemAt(words[i], 0, NUMBER_STEMS, -1);
  }

  private static final String[][] NUMBER_STEMS = stems(NUMBER_WORDS.toArray(new String[0]));

  /** Some word of {@code s} starts with one of the cue stems. */
  static boolean hasCueStem(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ((i == 0 || !Character.isLetter(s.charAt(i - 1))) && stemAt(s, i, CUE_STEMS, -1)) {
        return true;
      }
    }
    return false;
  }

  /** The word {@code [from, to)} of {@code s} is one of the stems of {@code table}. */
  static boolean wordAt(String s, int from, int to, String[][] table) {
    return stemAt(s, from, table, to - from);
  }

  /**
   * One of the stems of {@code table} (see {@link #stems}) starts at {@code i} in {@code s}: one
   * of {@code length} chars, or of any length when that is -1.
   */
  private static boolean stemAt(String s, int i, String[][] table, int length) {
    char c = s.charAt(i);
    if (c < 'a' || c > 'z') {
      return false;
    }
    int first = (c - 'a') * BY_SECOND;
    char d = i + 1 < s.length() ? s.charAt(i + 1) : 0;
    return stemIn(table[first], s, i, length)
        || d >= 'a' && d <= 'z' && stemIn(table[first + 1 + d - 'a'], s, i, length);
  }

  private static boolean stemIn(String[] stems, String s, int i, int length) {
    for (int k = 0; stems != null && k < stems.length; k++) {
      if ((length < 0 || stems[k].length() == length) && s.startsWith(stems[k], i)) {
        return true;
      }
    }
    return false;
  }

  /** Some of {@code parts} occurs in {@code s}. */
  static boolean hasAny(String s, String... parts) {
    for (String part : parts) {
      if (s.contains(part)) {
        return true;
      }
    }
    return false;
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

  /** Per first letter, a table of the stems without a second letter a to z, then one per. */
  private static final int BY_SECOND = 27;

  /**
   * The words or stems (each starting with a letter a to z) by their first two letters, for
   * {@link #stemAt} and {@link #wordAt}: a word is compared with the few stems that share them.
   */
  static String[][] stems(String... all) {
    String[][] out = new String[26 * BY_SECOND][];
    for (String stem : all) {
      char second = stem.length() > 1 ? stem.charAt(1) : 0;
      int k = (stem.charAt(0) - 'a') * BY_SECOND
          + (second >= 'a' && second <= 'z' ? 1 + second - 'a' : 0);
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
