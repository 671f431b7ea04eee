package org.newsextract.date.engine;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.newsextract.date.engine.RegexTree.Alt;
import org.newsextract.date.engine.RegexTree.Chars;
import org.newsextract.date.engine.RegexTree.Node;
import org.newsextract.date.engine.RegexTree.Repeat;
import org.newsextract.date.engine.RegexTree.Seq;
import org.newsextract.date.engine.RegexTree.ZeroWidth;

/**
 * Where a rule's match can start, read off its regex, so that the rule is tried only there
 * rather than by {@link java.util.regex.Matcher#find} at every char: at the text words (runs of
 * ASCII letters, lower-cased) it can open with, at digits ({@link #DIGIT}), or at a few other
 * chars (an apostrophe: "'90s"). A word the match may run on from ("labou?r", "day[\w-]") is a
 * prefix, marked {@link #RUNS_ON}. The reading assumes a regex compiled with CASE_INSENSITIVE
 * but not UNICODE_CASE (an ASCII letter then matches only itself in either case) and followed
 * by no word char (DateRule's boundary): a match's first word ends where its letters do. It
 * fails on anything it cannot read rather than guess; such a rule keeps find. Immutable.
 */
final class StartWords {
  /** A start in digits. */
  static final String DIGIT = "#d";

  /** The mark of a word the match's first word starts with ("labo*": "labor", "labour"). */
  static final String RUNS_ON = "*";

  /** Non-digit starts outside words, beyond this many chars, are not worth listing. */
  private static final int MAX_OTHER_CHARS = 8;

  /**
   * Steps of reading past this many, or nodes read on one way of opening a match past {@link
   * #MAX_DEPTH}, the regex is deemed unreadable (a repeat of what can match nothing loops).
   */
  private static final int MAX_STEPS = 200_000;

  private static final int MAX_DEPTH = 1_000;

  private final Set<String> words;
  private final Set<String> prefixes;
  /**
   * Per first letter ('a' + k), bit n: some word has n letters (63: 63 or more); most text words
   * are then left without a look-up.
   */
  private final long[] wordLengths = new long[26];
  /** Per first letter, bit n: some prefix has n letters. */
  private final long[] prefixLengths = new long[26];
  private final int longest;
  private final boolean digit;
  private final String otherChars;

  private StartWords(Set<String> starts) {
    Set<String> w = new HashSet<>();
    Set<String> p = new HashSet<>();
    StringBuilder other = new StringBuilder();
    int max = 0;
    for (String s : starts) {
      if (s.equals(DIGIT)) {
        continue;
      }
      if (s.length() == 1 && !isAsciiLetter(s.charAt(0))) {
        other.append(s);
        continue;
      }
      boolean prefix = s.endsWith(RUNS_ON);
      // a prefix cut to 63 letters (a bit of prefixLengths) still opens the same words
      String word = prefix ? s.substring(0, Math.min(s.length() - 1, 63)) : s;
      (prefix ? p : w).add(word);
      (prefix ? prefixLengths : wordLengths)[word.charAt(0) - 'a'] |=
          1L << Math.min(word.length(), 63);
      max = Math.max(max, word.length());
    }
    this.words = Set.copyOf(w);
    this.prefixes = Set.copyOf(p);
    this.longest = max;
    this.digit = starts.contains(DIGIT);
    this.otherChars = other.toString();
  }

  /** The lower-case words a match can open with (whole words). */
  Set<String> words() {
    return words;
  }

  /** The lower-case letters a match's first word can open with (it may run on). */
  Set<String> prefixes() {
    return prefixes;
  }

  /** Whether a match can open with a digit. */
  boolean digit() {
    return digit;
  }

  /** The chars other than letters and digits a match can open with. */
  String otherChars() {
    return otherChars;
  }

  /** Where a match of {@code regex} can start; null when that cannot be read. */
  static StartWords read(String regex) {
    try {
      return new StartWords(of(regex));
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
  }

  /**
   * The starts of {@code regex}'s matches: lower-case words, prefixes ending in {@link
   * #RUNS_ON}, {@link #DIGIT}, single non-letter chars. Throws IllegalArgumentException when
   * they cannot be read, or when a match can open with any letter or be empty.
   */
  static Set<String> of(String regex) {
    Reader r = new Reader();
    r.walk(new Rest(RegexTree.parse(regex), null), "");
    return Set.copyOf(r.out);
  }

  /** What is left to match: a node, then the rest. */
  private record Rest(Node node, Rest next) {}

  /** One reading: the starts found so far and the steps taken. */
  private static final class Reader {
    private final Set<String> out = new HashSet<>();
    private int steps;
    private int depth;

    /** Adds the starts of the matches of {@code rest} after the lower-case letters {@code word}. */
    private void walk(Rest rest, String word) {
      if (++steps > MAX_STEPS || ++depth > MAX_DEPTH) {
        throw new IllegalArgumentException("too many ways to open a match");
      }
      try {
        step(rest, word);
      } finally {
        depth--;
      }
    }

    private void step(Rest rest, String word) {
      if (rest == null) {
        if (word.isEmpty()) {
          throw new IllegalArgumentException("a match can be empty");
        }
        out.add(word); // the boundary after the match ends the word
        return;
      }
      Node n = rest.node();
      Rest next = rest.next();
      if (n instanceof Seq seq) {
        Rest r = next;
        for (int i = seq.items().size() - 1; i >= 0; i--) {
          r = new Rest(seq.items().get(i), r);
        }
        walk(r, word);
      } else if (n instanceof Alt alt) {
        for (Node a : alt.alternatives()) {
          walk(new Rest(a, next), word);
        }
      } else if (n instanceof Repeat rep) {
        if (rep.min() == 0) {
          walk(next, word);
        }
        if (rep.max() > 0) {
          int max = rep.max() == RegexTree.MANY ? RegexTree.MANY : rep.max() - 1;
          Rest after = max == 0 ? next
              : new Rest(new Repeat(rep.node(), Math.max(0, rep.min() - 1), max), next);
          walk(new Rest(rep.node(), after), word);
        }
      } else if (n instanceof ZeroWidth) {
        walk(next, word); // an assertion only narrows what matches
      } else {
        chars(((Chars) n).set(), next, word);
      }
    }

    /** Adds the starts of the matches that go on with one char of {@code set} (null: any). */
    private void chars(BitSet set, Rest next, String word) {
      char letter = oneLetter(set);
      if (letter != 0) {
        walk(next, word + letter);
      } else if (set != null && noAsciiLetter(set)) {
        if (!word.isEmpty()) {
          out.add(word); // the word ends here
        } else if (set.cardinality() - set.get('0', '9' + 1).cardinality() > MAX_OTHER_CHARS) {
          throw new IllegalArgumentException("a match can open with too many chars");
        } else {
          for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
            out.add(c >= '0' && c <= '9' ? DIGIT : String.valueOf((char) c));
          }
        }
      } else if (!word.isEmpty()) {
        out.add(word + RUNS_ON); // more letters may follow
      } else {
        throw new IllegalArgumentException("a match can open with several letters");
      }
    }
  }

  /** The lower-case letter when {@code set} is one ASCII letter in either case, else 0. */
  private static char oneLetter(BitSet set) {
    if (set == null || set.isEmpty()) {
      return 0;
    }
    char lower = 0;
    for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
      if (c > 'z' || !isAsciiLetter((char) c) || lower != 0 && (c | 0x20) != lower) {
        return 0;
      }
      lower = (char) (c | 0x20);
    }
    return lower;
  }

  private static boolean noAsciiLetter(BitSet set) {
    return set.get('A', 'Z' + 1).isEmpty() && set.get('a', 'z' + 1).isEmpty();
  }

  /**
   * Whether a match can start at {@code at} (the text's region ends at {@code to}): a digit,
   * one of the other chars, or a word that is a start word or opens with a prefix.
   */
  boolean at(CharSequence s, int at, int to) {
    char c = s.charAt(at);
    if (c >= '0' && c <= '9') {
      return digit;
    }
    if (!isAsciiLetter(c)) {
      return otherChars.indexOf(c) >= 0;
    }
    int first = (c | 0x20) - 'a';
    if ((wordLengths[first] | prefixLengths[first]) == 0) {
      return false;
    }
    int end = at;
    while (end < to && isAsciiLetter(s.charAt(end))) {
      end++;
    }
    int length = end - at;
    boolean maybeWord = (wordLengths[first] & 1L << Math.min(length, 63)) != 0;
    // the prefixes no longer than the word
    long shorter = prefixLengths[first] & (length >= 63 ? -1L : (2L << length) - 1);
    if (!maybeWord && shorter == 0) {
      return false;
    }
    char[] word = new char[Math.min(length, longest)];
    for (int k = 0; k < word.length; k++) {
      word[k] = (char) (s.charAt(at + k) | 0x20); // ASCII lower case
    }
    if (maybeWord && length <= longest && words.contains(new String(word))) {
      return true;
    }
    for (long m = shorter; m != 0; m &= m - 1) {
      if (prefixes.contains(new String(word, 0, Long.numberOfTrailingZeros(m)))) {
        return true;
      }
    }
    return false;
  }

  /** An ASCII letter: what the date regexes, compiled without UNICODE_CASE, fold in case. */
  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
