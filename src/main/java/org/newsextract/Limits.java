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

  public Limits {
    if (maxInputChars < 1) {
      throw new IllegalArgumentException("maxInputChars must be at least 1, was " + maxInputChars);
    }
    if (maxResultsPerLayer < 1) {
      throw new IllegalArgumentException(
          "maxResultsPerLayer must be at least 1, was " + maxResultsPerLayer);
    }
  }

  public static Limits defaults() {
    return DEFAULT;
  }

  public Limits withMaxInputChars(int chars) {
    return new Limits(chars, maxResultsPerLayer);
  }

  public Limits withMaxResultsPerLayer(int results) {
    return new Limits(maxInputChars, results);
  }
}
