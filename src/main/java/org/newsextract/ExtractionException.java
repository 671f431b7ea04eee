package org.newsextract;

/** A typed failure of {@link NewsExtractor#extract}: the input could not be processed as given. */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the input was refused. */
  public enum Reason {
    /** The text is longer than {@link Limits#maxInputChars()}. */
    INPUT_TOO_LONG,
    /** The text was null. */
    NULL_INPUT
  }

  /** Why the input was refused. */
  private final Reason reason;

  /**
   * A failure for {@code reason}.
   *
   * @param reason why the input was refused
   * @param message a message for people, naming the limit or the problem
   */
  public ExtractionException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * Why the input was refused.
   *
   * @return the reason, never null
   */
  public Reason reason() {
    return reason;
  }
}
