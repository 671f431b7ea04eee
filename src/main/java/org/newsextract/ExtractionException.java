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

  private final Reason reason;

  public ExtractionException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
