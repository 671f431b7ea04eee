package org.newsextract.attribution;

import java.util.List;
import org.newsextract.analysis.TextAnalysis;

/**
 * Finds attributions with a compiled set of patterns. Immutable and thread-safe. Internal: use
 * {@link org.newsextract.NewsExtractor}.
 */
public final class AttributionExtractor {
  private final AttributionPatterns patterns;

  public AttributionExtractor(AttributionPatterns patterns) {
    this.patterns = patterns;
  }

  public AttributionPatterns patterns() {
    return patterns;
  }

  /** Attributions in text order. */
  public List<Attribution> extract(TextAnalysis analysis) {
    return List.of();
  }
}
