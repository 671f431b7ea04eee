package org.newsextract.casualty;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.newsextract.TextSpan;

/**
 * One count of people killed, injured, taken hostage and so on.
 *
 * @param span the phrase that states the count
 * @param category what happened to them
 * @param count the count (the lower bound of a range; 0 for "no one was hurt")
 * @param countMax the upper bound; equals {@code count} unless the precision is a range or an
 *     approximation with a known upper bound
 * @param precision how exact the count is
 * @param victims who they are ("people", "foreign hostages", "attackers")
 * @param includedIn the span of the larger count this one is part of ("27 dead, including five
 *     attackers")
 * @param attribution index into {@link org.newsextract.Extraction#attributions()} of the
 *     attribution whose content holds this count (who gives the figure: "..., police said"), or
 *     empty
 * @param date index into {@link org.newsextract.Extraction#dates()} of the incident's day or time:
 *     one in the count's sentence, else one in the article's lead when the sentence dates
 *     nothing else; or empty
 */
public record CasualtyMention(
    TextSpan span,
    CasualtyCategory category,
    long count,
    long countMax,
    CountPrecision precision,
    Optional<TextSpan> victims,
    Optional<TextSpan> includedIn,
    OptionalInt attribution,
    OptionalInt date) {

  /**
   * Checks the components.
   *
   * @param span see {@link #span()}
   * @param category see {@link #category()}
   * @param count see {@link #count()}
   * @param countMax see {@link #countMax()}
   * @param precision see {@link #precision()}
   * @param victims see {@link #victims()}
   * @param includedIn see {@link #includedIn()}
   * @param attribution see {@link #attribution()}
   * @param date see {@link #date()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code count} is negative or above {@code countMax}
   */
  public CasualtyMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(victims, "victims");
    Objects.requireNonNull(includedIn, "includedIn");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(date, "date");
    if (count < 0 || countMax < count) {
      throw new IllegalArgumentException("bad count " + count + ".." + countMax);
    }
  }

  /**
   * A mention not (yet) linked to an attribution or a date, as the casualty layer alone gives it.
   *
   * @param span see {@link #span()}
   * @param category see {@link #category()}
   * @param count see {@link #count()}
   * @param countMax see {@link #countMax()}
   * @param precision see {@link #precision()}
   * @param victims see {@link #victims()}
   * @param includedIn see {@link #includedIn()}
   */
  public CasualtyMention(TextSpan span, CasualtyCategory category, long count, long countMax,
      CountPrecision precision, Optional<TextSpan> victims, Optional<TextSpan> includedIn) {
    this(span, category, count, countMax, precision, victims, includedIn, OptionalInt.empty(),
        OptionalInt.empty());
  }

  /**
   * This mention linked to an attribution and a date.
   *
   * @param attribution see {@link #attribution()}
   * @param date see {@link #date()}
   * @return a copy with these links
   */
  public CasualtyMention withLinks(OptionalInt attribution, OptionalInt date) {
    return new CasualtyMention(span, category, count, countMax, precision, victims, includedIn,
        attribution, date);
  }
}
