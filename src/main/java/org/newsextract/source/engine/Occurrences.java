package org.newsextract.source.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each string asked for is written in one text, found once per text: rules that look
 * back a few thousand chars for a role's forms ("senator", "sen.", ...) at every source phrase
 * would otherwise scan the same chars again for each phrase and each form. One instance per
 * {@link SourceLinker#link} call, so no locking.
 */
final class Occurrences {
  private final String text;
  private final Map<String, int[]> anyCase = new HashMap<>();
  private final Map<String, int[]> exactCase = new HashMap<>();
  private String lower;

  Occurrences(String text) {
    this.text = text;
  }

  /**
   * The offsets where {@code s} is written, ascending; with {@code anyCase} in any case (where
   * {@code s} in a case-insensitive regex can match, and where a word is {@code s} in lower
   * case, or more). Empty for "".
   */
  int[] of(String s, boolean anyCase) {
    return (anyCase ? this.anyCase : exactCase).computeIfAbsent(s, k -> scan(k, anyCase));
  }

  /** Whether {@code s} is written wholly inside text[from, to). */
  boolean within(String s, boolean anyCase, int from, int to) {
    if (s.isEmpty()) {
      return true;
    }
    int[] at = of(s, anyCase);
    int i = firstAtOrAfter(at, from);
    return i < at.length && at[i] + s.length() <= to;
  }

  /** The index of the first offset in {@code at} at or after {@code from}. */
  static int firstAtOrAfter(int[] at, int from) {
    int i = Arrays.binarySearch(at, from);
    return i >= 0 ? i : -i - 1;
  }

  private int[] scan(String s, boolean anyCase) {
    if (s.isEmpty()) {
      return new int[0];
    }
    // String.indexOf is much faster than a loop over chars; in any case, over the text in lower
    // case, when that has the text's offsets (one char for one: no 'İ')
    String in = anyCase ? lowerCase() : text;
    String what = anyCase ? s.toLowerCase(Locale.ROOT) : s;
    if (in == null || what.length() != s.length()) {
      return scanChars(s, anyCase);
    }
    int[] out = new int[8];
    int n = 0;
    for (int k = in.indexOf(what); k >= 0; k = in.indexOf(what, k + 1)) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = k;
    }
    return Arrays.copyOf(out, n);
  }

  /** The text in lower case, or null when that has other offsets. */
  private String lowerCase() {
    if (lower == null) {
      String l = text.toLowerCase(Locale.ROOT);
      lower = l.length() == text.length() ? l : "";
    }
    return lower.isEmpty() && !text.isEmpty() ? null : lower;
  }

  private int[] scanChars(String s, boolean anyCase) {
    int[] out = new int[8];
    int n = 0;
    for (int k = firstWritten(text, s, 0, text.length(), anyCase); k >= 0;
        k = firstWritten(text, s, k + 1, text.length(), anyCase)) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = k;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Where {@code s} (not empty) is first written wholly in text[from, to), with {@code anyCase}
   * in any case ({@link String#regionMatches(boolean, int, String, int, int)}: where a
   * case-insensitive regex of {@code s} can match, or more); -1 if nowhere. A bounded scan,
   * where String.indexOf would look on to the end of a long document.
   */
  static int firstWritten(String text, String s, int from, int to, boolean anyCase) {
    char first = s.charAt(0);
    char upper = anyCase ? Character.toUpperCase(first) : first;
    for (int k = from; k + s.length() <= to; k++) {
      char c = text.charAt(k);
      // (in any case, a non-ASCII char may be one of first's cases too: the Kelvin sign's is k)
      if ((c == first || c == upper || anyCase && c > 127)
          && text.regionMatches(anyCase, k, s, 0, s.length())) {
        return k;
      }
    }
    return -1;
  }
}
