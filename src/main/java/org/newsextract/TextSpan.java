package org.newsextract;

import java.util.Objects;

/**
 * A stretch of the caller's text: UTF-16 char offsets, {@code end} exclusive, with the covered
 * text itself, so {@code text.substring(start, end).equals(span.text())} always holds.
 *
 * <p>Immutable and self-validating.
 */
public record TextSpan(int start, int end, String text) implements Comparable<TextSpan> {

  /**
   * Checks that the offsets are ordered and agree with the length of {@code text}.
   *
   * @param start offset of the first char, from 0
   * @param end offset after the last char
   * @param text the covered text, {@code end - start} chars long
   * @throws IllegalArgumentException if {@code start < 0}, {@code end < start} or the length of
   *     {@code text} is not {@code end - start}
   */
  public TextSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not match text of length " + text.length());
    }
  }

  /**
   * The span {@code [start, end)} of {@code source}.
   *
   * @param source the whole text
   * @param start offset of the first char
   * @param end offset after the last char
   * @return the span, with the covered text copied out of {@code source}
   * @throws IllegalArgumentException if the offsets are outside {@code source} or out of order
   */
  public static TextSpan of(CharSequence source, int start, int end) {
    Objects.requireNonNull(source, "source");
    if (start < 0 || end > source.length() || end < start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + source.length());
    }
    return new TextSpan(start, end, source.subSequence(start, end).toString());
  }

  /**
   * The number of chars covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Whether this span covers all of {@code other}.
   *
   * @param other another span of the same text
   * @return true if {@code other} lies within this span (an equal span included)
   */
  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Whether the two spans share at least one char.
   *
   * @param other another span of the same text
   * @return true if the spans overlap; spans that only touch do not
   */
  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  /** Text order: by start, then by end. */
  @Override
  public int compareTo(TextSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
