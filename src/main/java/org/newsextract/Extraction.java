package org.newsextract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsextract.attribution.Attribution;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.date.DateMention;
import org.newsextract.quote.Quote;
import org.newsextract.source.Source;

/**
 * Everything found in one text. Immutable; every list is unmodifiable and in text order.
 *
 * @param attributions who said or reported what, to whom
 * @param quotes direct quotations and their speakers
 * @param sources who is cited: one entry per person, body or document that is the source of an
 *     attribution or the speaker of a quote, with the indexes of those in the two lists
 * @param casualties every casualty count stated
 * @param casualtyTotals the headline figure per category for the main event the text reports
 *     (categories without a figure are absent), in category order: each with its precision, the
 *     mentions it comes from, and the attribution and date it is linked to
 * @param dates temporal expressions with TIMEX3 values
 * @param truncated true when a layer hit {@link Limits#maxResultsPerLayer()} and stopped
 */
public record Extraction(
    List<Attribution> attributions,
    List<Quote> quotes,
    List<Source> sources,
    List<CasualtyMention> casualties,
    Map<CasualtyCategory, CasualtyTotal> casualtyTotals,
    List<DateMention> dates,
    boolean truncated) {

  /**
   * Checks that no component is null and makes unmodifiable copies of the lists and the map.
   *
   * @param attributions see {@link #attributions()}
   * @param quotes see {@link #quotes()}
   * @param sources see {@link #sources()}
   * @param casualties see {@link #casualties()}
   * @param casualtyTotals see {@link #casualtyTotals()}
   * @param dates see {@link #dates()}
   * @param truncated see {@link #truncated()}
   * @throws NullPointerException if a list or the map is null
   * @throws IllegalArgumentException if a total is filed under another category than its own
   */
  public Extraction {
    attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
    quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    casualties = List.copyOf(Objects.requireNonNull(casualties, "casualties"));
    Objects.requireNonNull(casualtyTotals, "casualtyTotals");
    EnumMap<CasualtyCategory, CasualtyTotal> totals = new EnumMap<>(CasualtyCategory.class);
    totals.putAll(casualtyTotals);
    totals.forEach((category, total) -> {
      if (total.category() != category) {
        throw new IllegalArgumentException(total + " filed under " + category);
      }
    });
    casualtyTotals = Collections.unmodifiableMap(totals);
    dates = List.copyOf(Objects.requireNonNull(dates, "dates"));
  }

  /**
   * An extraction that found nothing.
   *
   * @return an extraction with every list and the totals empty, not truncated
   */
  public static Extraction empty() {
    return new Extraction(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), false);
  }
}
