package org.newsextract.casualty;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The headline figure of one category for the main event a text reports: "at least 27 people
 * were killed" gives KILLED 27, AT_LEAST. The figure keeps the precision of the mention it
 * comes from, and links to the mentions, the attribution and the date it rests on by index into
 * the lists of the same {@link org.newsextract.Extraction}.
 *
 * @param category what happened to the people counted
 * @param count the figure (the lower bound of a range)
 * @param countMax the upper bound; equals {@code count} unless the precision is a range or an
 *     approximation with a known upper bound
 * @param precision how exact the figure is, as its mention states it ("at least 27" stays
 *     {@link CountPrecision#AT_LEAST})
 * @param mentions indexes into {@link org.newsextract.Extraction#casualties()} of the mentions
 *     the figure comes from: the one that states it first, then any it is reckoned with ("four
 *     people were shot, one fatally" gives INJURED 3 from both counts); empty when the mentions
 *     were cut by {@link org.newsextract.Limits#maxResultsPerLayer()}
 * @param attribution index into {@link org.newsextract.Extraction#attributions()} of the
 *     attribution whose content holds the figure's mention: who gives the figure ("according to
 *     police"), if any
 * @param date index into {@link org.newsextract.Extraction#dates()} of the date of the incident:
 *     a date in the figure's sentence, else one in the lead, if any
 */
public record CasualtyTotal(
    CasualtyCategory category,
    long count,
    long countMax,
    CountPrecision precision,
    List<Integer> mentions,
    OptionalInt attribution,
    OptionalInt date) {

  /**
   * Checks the components and makes an unmodifiable copy of the mention indexes.
   *
   * @param category see {@link #category()}
   * @param count see {@link #count()}
   * @param countMax see {@link #countMax()}
   * @param precision see {@link #precision()}
   * @param mentions see {@link #mentions()}
   * @param attribution see {@link #attribution()}
   * @param date see {@link #date()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code count} is negative or above {@code countMax}
   */
  public CasualtyTotal {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(precision, "precision");
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(date, "date");
    if (count < 0 || countMax < count) {
      throw new IllegalArgumentException("bad count " + count + ".." + countMax);
    }
  }

  /**
   * This total linked to an attribution and a date.
   *
   * @param attribution see {@link #attribution()}
   * @param date see {@link #date()}
   * @return a copy with these links
   */
  public CasualtyTotal withLinks(OptionalInt attribution, OptionalInt date) {
    return new CasualtyTotal(category, count, countMax, precision, mentions, attribution, date);
  }
}
