package org.newsextract.quote;

import java.util.List;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;

/**
 * Finds direct quotations and their speakers. Immutable and thread-safe. Internal: use {@link
 * org.newsextract.NewsExtractor}.
 */
public final class QuoteExtractor {

  public QuoteExtractor() {}

  /**
   * Quotes in text order. {@code attributions} (possibly empty) are the document's attributions:
   * a quote inside an attribution's content takes that attribution's source as its speaker.
   */
  public List<Quote> extract(TextAnalysis analysis, List<Attribution> attributions) {
    return List.of();
  }
}
