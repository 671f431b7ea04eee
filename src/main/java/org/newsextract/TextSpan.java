package org.newsextract;

import java.util.Objects;

/**
 * A stretch of the caller's text: UTF-16 char offsets, {@code end} exclusive, with the covered
 * text itself, so {@code text.substring(start, end).equals(span.text())} always holds.
 *
 * <p>Immutable and self-validating.
 */
public record TextSpan(int start, int end, String text) implements Comparable<TextSpan> {

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

  /** The span {@code [start, end)} of {@code source}. */
  public static TextSpan of(CharSequence source, int start, int end) {
    Objects.requireNonNull(source, "source");
    if (start < 0 || end > source.length() || end < start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + source.length());
    }
    return new TextSpan(start, end, source.subSequence(start, end).toString());
  }

  public int length() {
    return end - start;
  }

  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  /** Text order: by start, then by end. */
  @Override
  public int compareTo(TextSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
