package org.newsextract.date.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.newsextract.analysis.RegexChars;

/**
 * The {@link StartWords} of a list of rules merged into one table, so that a word of a chunk is
 * looked up once for every rule rather than once per rule whose window holds it (and the rules
 * skip, by one bit test, the words they cannot start at). Immutable but for what {@link
 * WordFollowers} reads on first use, and thread-safe; {@link #in} gives the per-chunk view.
 */
final class RuleStarts {
  /** Per rule, where its match can start; null when find must try every char. */
  private final StartWords[] starts;
  /** The lower-case start words, and per word the bits of the rules it opens. */
  private final WordIds words;
  private final long[] wordRules;
  /** The lower-case prefixes, and per prefix the bits of the rules whose first word opens so. */
  private final WordIds prefixes;
  private final long[] prefixRules;
  /** Per first letter, bit n: some word (or prefix) has n letters (63: 63 or more). */
  private final long[] wordLengths = new long[26];
  private final long[] prefixLengths = new long[26];
  private final int longest;
  private final long digitRules;
  /** The other chars a match can open with, and per char the bits of its rules. */
  private final String otherChars;
  private final long[] otherRules;
  /** What may follow each start word and a space in each rule's match. */
  private final WordFollowers followers;

  private RuleStarts(List<DateRule> rules) {
    if (rules.size() >= Long.SIZE) {
      throw new IllegalArgumentException("more rules than bits: " + rules.size());
    }
    starts = new StartWords[rules.size()];
    int max = 0;
    long digits = 0;
    Map<Character, Long> others = new java.util.TreeMap<>();
    Map<String, Long> byWord = new java.util.LinkedHashMap<>();
    Map<String, Long> byPrefix = new java.util.LinkedHashMap<>();
    for (int r = 0; r < rules.size(); r++) {
      StartWords w = StartWords.read(rules.get(r).source());
      starts[r] = w;
      if (w == null) {
        continue;
      }
      long bit = 1L << r;
      for (String word : w.words()) {
        byWord.merge(word, bit, (a, b) -> a | b);
        wordLengths[word.charAt(0) - 'a'] |= 1L << Math.min(word.length(), 63);
        max = Math.max(max, word.length());
      }
      for (String prefix : w.prefixes()) {
        byPrefix.merge(prefix, bit, (a, b) -> a | b);
        prefixLengths[prefix.charAt(0) - 'a'] |= 1L << prefix.length();
        max = Math.max(max, prefix.length());
      }
      digits |= w.digit() ? bit : 0;
      for (char c : w.otherChars().toCharArray()) {
        others.merge(c, bit, (a, b) -> a | b);
      }
    }
    words = new WordIds(List.copyOf(byWord.keySet()));
    wordRules = byWord.values().stream().mapToLong(Long::longValue).toArray();
    prefixes = new WordIds(List.copyOf(byPrefix.keySet()));
    prefixRules = byPrefix.values().stream().mapToLong(Long::longValue).toArray();
    longest = max;
    digitRules = digits;
    StringBuilder chars = new StringBuilder();
    otherRules = new long[others.size()];
    others.forEach((c, bits) -> {
      otherRules[chars.length()] = bits;
      chars.append(c.charValue());
    });
    otherChars = chars.toString();
    followers = new WordFollowers(rules, words);
  }

  /** The table of {@code rules} (a rule's index in the list is its index here). */
  static RuleStarts of(List<DateRule> rules) {
    return new RuleStarts(rules);
  }

  /** The view of one chunk; for one thread. */
  Chunk in(CharSequence s) {
    return new Chunk(s);
  }

  /**
   * The positions of a chunk some rule's match can start at: a letter, a digit or another
   * start char after no word char (the rules' regexes start after a non-word char, see {@link
   * DateRule}). Each position's rules are read on first use: most lie in no rule's window.
   */
  final class Chunk {
    /** Not yet read (no rule has bit 63: there are fewer rules). */
    private static final long UNREAD = Long.MIN_VALUE;

    private final CharSequence s;
    private int[] at = new int[64];
    /** Where the word of ASCII letters at a position ends; the position itself for no letter. */
    private int[] wordEnd = new int[64];
    private long[] rules = new long[64];
    /**
     * The start word at a position as {@link WordFollowers} numbers it (in lower case or
     * capitalised, as the text has it), when it is one; else -1.
     */
    private int[] follows = new int[64];
    private int n;

    private Chunk(CharSequence s) {
      this.s = s;
      int len = s.length();
      int i = 0;
      while (i < len) {
        char c = s.charAt(i);
        if (i > 0 && RegexChars.isWordChar(s.charAt(i - 1))) {
          i++;
          continue;
        }
        if (StartWords.isAsciiLetter(c)) {
          int end = i + 1;
          while (end < len && StartWords.isAsciiLetter(s.charAt(end))) {
            end++;
          }
          int first = (c | 0x20) - 'a';
          if ((wordLengths[first] | prefixLengths[first]) != 0) {
            add(i, end);
          }
          i = end; // no match starts inside the word
        } else {
          if (c >= '0' && c <= '9' ? digitRules != 0 : otherChars.indexOf(c) >= 0) {
            add(i, i);
          }
          i++;
        }
      }
    }

    private void add(int position, int end) {
      if (n == at.length) {
        at = java.util.Arrays.copyOf(at, n * 2);
        wordEnd = java.util.Arrays.copyOf(wordEnd, n * 2);
        rules = java.util.Arrays.copyOf(rules, n * 2);
        follows = java.util.Arrays.copyOf(follows, n * 2);
      }
      at[n] = position;
      wordEnd[n] = end;
      follows[n] = -1;
      rules[n++] = UNREAD;
    }

    /**
     * Finds the next match of rule {@code rule} in {@code m}'s text (this chunk) from {@code
     * from} to {@code to}, as {@link Matcher#find} does; by {@link Matcher#lookingAt} at the
     * rule's starts only when they can be read (the first that matches is find's leftmost
     * match).
     */
    boolean find(Matcher m, int rule, int from, int to) {
      StartWords words = starts[rule];
      if (words == null) {
        m.region(from, to);
        return m.find();
      }
      long bit = 1L << rule;
      for (int t = firstFrom(from); t < n && at[t] < to; t++) {
        // a word cut by the region's end is read as cut, as StartWords reads it
        boolean may = wordEnd[t] > to ? words.at(s, at[t], to) : (rulesAt(t) & bit) != 0;
        if (may && mayGoOn(rule, t, to)) {
          m.region(at[t], to);
          if (m.lookingAt()) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether rule {@code rule}'s match at position {@code t} may go on past its word, read by
     * {@link WordFollowers} when the word, a space and an ASCII char lie before the region's
     * end {@code to}. The position's rules are read.
     */
    private boolean mayGoOn(int rule, int t, int to) {
      int end = wordEnd[t];
      return end + 1 >= to || follows[t] < 0 || s.charAt(end) != ' '
          || followers.mayFollow(rule, follows[t], s.charAt(end + 1));
    }

    /** The index of the first position at or after {@code from}. */
    private int firstFrom(int from) {
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (at[mid] < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private long rulesAt(int t) {
      long r = rules[t];
      if (r == UNREAD) {
        r = read(t, at[t], wordEnd[t]);
        rules[t] = r;
      }
      return r;
    }

    /**
     * The rules that can start at position {@code t}, {@code i} in the chunk, a word of letters
     * up to {@code end}; notes its word for {@link #mayGoOn}.
     */
    private long read(int t, int i, int end) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return digitRules;
      }
      if (end == i) {
        return otherRules[otherChars.indexOf(c)];
      }
      int first = (c | 0x20) - 'a';
      int length = end - i;
      boolean maybeWord = (wordLengths[first] & 1L << Math.min(length, 63)) != 0;
      // the prefixes no longer than the word
      long shorter = prefixLengths[first] & (length >= 63 ? -1L : (2L << length) - 1);
      if (!maybeWord && shorter == 0) {
        return 0;
      }
      boolean whole = maybeWord && length <= longest;
      // the hash runs over the word's letters, or up to the longest prefix
      int last = whole ? length : Long.SIZE - 1 - Long.numberOfLeadingZeros(shorter);
      long out = 0;
      int hash = 0;
      for (int k = 1; k <= last; k++) {
        hash = WordIds.hash(hash, s.charAt(i + k - 1));
        if (k < Long.SIZE && (shorter & 1L << k) != 0) {
          int id = prefixes.id(s, i, i + k, hash);
          out |= id < 0 ? 0 : prefixRules[id];
        }
      }
      if (whole) {
        int id = words.id(s, i, end, hash);
        out |= id < 0 ? 0 : wordRules[id];
        follows[t] = id < 0 || !isLower(i + 1, end) ? -1
            : WordFollowers.form(id, s.charAt(i) < 'a');
      }
      return out;
    }

    private boolean isLower(int from, int to) {
      for (int k = from; k < to; k++) {
        if (s.charAt(k) < 'a') {
          return false; // (the word is ASCII letters)
        }
      }
      return true;
    }
  }
}
