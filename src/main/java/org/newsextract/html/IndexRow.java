package org.newsextract.html;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsextract.Extraction;
import org.newsextract.attribution.SourceKind;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.date.DateMention;
import org.newsextract.date.TimexType;
import org.newsextract.source.Source;

/**
 * One document's line in a batch index ({@link HtmlView#renderIndex}).
 *
 * @param id the document's id as the input gave it
 * @param href where its page is, relative to the index ({@code 0001-reuters-42.html}); empty
 *     for a document without a page
 * @param sourcesByKind how many sources of each kind it cites (kinds without one left out)
 * @param casualtyTotals its headline casualty totals
 * @param firstDate the first date or time of day in its text (text order), if any
 * @param attributions how many attributions it has
 * @param quotes how many quotes it has
 * @param error why it has no page (a bad input line, a failed extraction), if so
 */
public record IndexRow(
    String id,
    Optional<String> href,
    Map<SourceKind, Integer> sourcesByKind,
    Map<CasualtyCategory, Long> casualtyTotals,
    Optional<DateMention> firstDate,
    int attributions,
    int quotes,
    Optional<String> error) {

  public IndexRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(error, "error");
    EnumMap<SourceKind, Integer> kinds = new EnumMap<>(SourceKind.class);
    kinds.putAll(Objects.requireNonNull(sourcesByKind, "sourcesByKind"));
    sourcesByKind = Collections.unmodifiableMap(kinds);
    EnumMap<CasualtyCategory, Long> totals = new EnumMap<>(CasualtyCategory.class);
    totals.putAll(Objects.requireNonNull(casualtyTotals, "casualtyTotals"));
    casualtyTotals = Collections.unmodifiableMap(totals);
  }

  /** The row of a document whose page is at {@code href}. */
  public static IndexRow of(String id, String href, Extraction x) {
    Map<SourceKind, Integer> kinds = new EnumMap<>(SourceKind.class);
    for (Source s : x.sources()) {
      kinds.merge(s.kind(), 1, Integer::sum);
    }
    Optional<DateMention> first = x.dates().stream()
        .filter(d -> d.type() == TimexType.DATE || d.type() == TimexType.TIME)
        .findFirst();
    Map<CasualtyCategory, Long> totals = new EnumMap<>(CasualtyCategory.class);
    x.casualtyTotals().forEach((c, t) -> totals.put(c, t.count()));
    return new IndexRow(id, Optional.of(href), kinds, totals, first,
        x.attributions().size(), x.quotes().size(), Optional.empty());
  }

  /** The row of a document that has no page, with the reason. */
  public static IndexRow failed(String id, String error) {
    return new IndexRow(id, Optional.empty(), Map.of(), Map.of(), Optional.empty(), 0, 0,
        Optional.of(Objects.requireNonNull(error, "error")));
  }

  /** How many sources it cites. */
  public int sources() {
    return sourcesByKind.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The share of its sources that are anonymous, 0 to 1 (0 without sources). */
  public double anonymousShare() {
    int n = sources();
    return n == 0 ? 0 : sourcesByKind.getOrDefault(SourceKind.ANONYMOUS, 0) / (double) n;
  }
}
