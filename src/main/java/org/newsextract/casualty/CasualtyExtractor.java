package org.newsextract.casualty;

import java.util.List;
import java.util.Map;
import org.newsextract.analysis.TextAnalysis;

/**
 * Finds casualty counts and the document's headline totals. Immutable and thread-safe.
 * Internal: use {@link org.newsextract.NewsExtractor}.
 */
public final class CasualtyExtractor {

  public CasualtyExtractor() {}

  /** Casualty mentions in text order. */
  public List<CasualtyMention> extract(TextAnalysis analysis) {
    return List.of();
  }

  /** The headline figure per category for the main event of the document. */
  public Map<CasualtyCategory, Long> totals(TextAnalysis analysis, List<CasualtyMention> mentions) {
    return Map.of();
  }
}
