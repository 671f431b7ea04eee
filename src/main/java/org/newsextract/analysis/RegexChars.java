package org.newsextract.analysis;

/**
 * The chars of the regex classes {@code \s} and {@code \w} (without UNICODE_CHARACTER_CLASS), for
 * the layers' cheap tests before or instead of a regex: a test that must agree with the regex it
 * stands in for cannot use {@link Character#isWhitespace} or {@link Character#isLetterOrDigit},
 * which take in more.
 */
public final class RegexChars {
  private RegexChars() {}

  /** A char of {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A char of {@code \w}: an ASCII letter or digit, or the underscore. */
  public static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
