package org.newsextract.casualty.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.analysis.RegexPrefixes;

/**
 * The chars a match of a pattern may start with, to skip the positions where it cannot match
 * without running it: a table of the ASCII chars, and one of a space and two lower-case letters
 * (most cues start with a space, and most words with two letters no cue word starts with). Each
 * entry is filled by matching its prefix on its own ({@link RegexPrefixes}); for a pattern
 * that may read text before its start, every start may match. Immutable; one per pattern, shared by every thread.
 */
final class MatchStarts {
  private static final Map<Pattern, MatchStarts> BY_PATTERN = new ConcurrentHashMap<>();

  private final boolean[] ascii = new boolean[128];
  private final boolean[] spaceLetters = new boolean[26 * 26];

  private MatchStarts(Pattern pattern) {
    if (RegexPrefixes.readsBeforeStart(pattern.pattern())) {
      // a test of a prefix on its own would not say what the pattern does after other text
      java.util.Arrays.fill(ascii, true);
      java.util.Arrays.fill(spaceLetters, true);
      return;
    }
    Matcher m = pattern.matcher("");
    for (char c = 0; c < ascii.length; c++) {
      ascii[c] = RegexPrefixes.mayOpenWith(m, String.valueOf(c));
    }
    for (int i = 0; i < spaceLetters.length; i++) {
      spaceLetters[i] =
          ascii[' '] && RegexPrefixes.mayOpenWith(m, " " + (char) ('a' + i / 26) + (char) ('a' + i % 26));
    }
  }

  /** The starts of {@code pattern} (every start when it may read text before its start). */
  static MatchStarts of(Pattern pattern) {
    return BY_PATTERN.computeIfAbsent(pattern, MatchStarts::new);
  }

  /** A match may start at {@code at} in {@code s}. */
  boolean mayStart(CharSequence s, int at) {
    char c = s.charAt(at);
    if (c >= ascii.length) {
      return true;
    }
    if (!ascii[c]) {
      return false;
    }
    if (c != ' ' || at + 2 >= s.length()) {
      return true;
    }
    int a = s.charAt(at + 1) - 'a';
    int b = s.charAt(at + 2) - 'a';
    return a < 0 || a >= 26 || b < 0 || b >= 26 || spaceLetters[a * 26 + b];
  }
}
