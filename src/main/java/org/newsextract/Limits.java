package org.newsextract;

/**
 * Bounds on the work done for one input.
 *
 * @param maxInputChars longest text {@link NewsExtractor#extract} accepts; longer input gets an
 *     {@link ExtractionException} with reason {@link ExtractionException.Reason#INPUT_TOO_LONG}
 * @param maxResultsPerLayer most results kept per layer; past it the layer stops and the
 *     {@link Extraction#truncated()} flag is set
 */
public record Limits(int maxInputChars, int maxResultsPerLayer) {

  /** 2,000,000 chars (about 400 news articles' worth) and 10,000 results per layer. */
  public static final Limits DEFAULT = new Limits(2_000_000, 10_000);

  /**
   * Checks the bounds.
   *
   * @param maxInputChars see {@link #maxInputChars()}
   * @param maxResultsPerLayer see {@link #maxResultsPerLayer()}
   * @throws IllegalArgumentException if a bound is below 1
   */
  public Limits {
    if (maxInputChars < 1) {
      throw new IllegalArgumentException("maxInputChars must be at least 1, was " + maxInputChars);
    }
    if (maxResultsPerLayer < 1) {
      throw new IllegalArgumentException(
          "maxResultsPerLayer must be at least 1, was " + maxResultsPerLayer);
    }
  }

  /**
   * The default limits.
   *
   * @return {@link #DEFAULT}
   */
  public static Limits defaults() {
    return DEFAULT;
  }

  /**
   * A copy with another input length limit.
   *
   * @param chars the longest text accepted, at least 1
   * @return these limits with {@code maxInputChars} set to {@code chars}
   * @throws IllegalArgumentException if {@code chars} is below 1
   */
  public Limits withMaxInputChars(int chars) {
    return new Limits(chars, maxResultsPerLayer);
  }

  /**
   * A copy with another cap on results per layer.
   *
   * @param results the most results kept per layer, at least 1
   * @return these limits with {@code maxResultsPerLayer} set to {@code results}
   * @throws IllegalArgumentException if {@code results} is below 1
   */
  public Limits withMaxResultsPerLayer(int results) {
    return new Limits(maxInputChars, results);
  }
}
