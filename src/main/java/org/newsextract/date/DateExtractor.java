package org.newsextract.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsextract.analysis.TextAnalysis;

/**
 * Finds and normalises temporal expressions. Immutable and thread-safe. Internal: use {@link
 * org.newsextract.NewsExtractor}.
 */
public final class DateExtractor {

  public DateExtractor() {}

  /** Dates in text order; relative ones resolved against {@code referenceDate} when given. */
  public List<DateMention> extract(TextAnalysis analysis, Optional<LocalDate> referenceDate) {
    return List.of();
  }
}
