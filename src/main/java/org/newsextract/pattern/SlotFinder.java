package org.newsextract.pattern;

/**
 * Finds the extent of a named slot next to a fixed boundary. Implementations must do bounded work
 * (a constant number of tokens per call) so that matching stays linear in the text.
 */
public interface SlotFinder {
  /** On which side of the boundary the slot lies. */
  enum Side {
    /** The slot ends at (or just before) the boundary token index. */
    LEFT,
    /** The slot starts at (or just after) the boundary token index. */
    RIGHT
  }

  /**
   * The token extent {@code {start, end}} (end exclusive) of slot {@code name}, or {@code null}
   * when there is none. For {@link Side#LEFT} it must hold that {@code end <= boundary}; the
   * tokens between {@code end} and {@code boundary}, if any, belong to no element. For {@link
   * Side#RIGHT}, {@code start >= boundary} likewise.
   */
  int[] find(String name, Side side, TokenSource tokens, int boundary);
}
