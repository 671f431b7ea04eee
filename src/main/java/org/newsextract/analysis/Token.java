package org.newsextract.analysis;

/** One token: its char offsets in the original text and its text. */
public record Token(int start, int end, String text) {

  /** True when the token's text equals {@code word}, ignoring case. */
  public boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }
}
