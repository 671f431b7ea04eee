package org.newsextract.casualty;

import java.util.Objects;
import java.util.Optional;
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
 */
public record CasualtyMention(
    TextSpan span,
    CasualtyCategory category,
    long count,
    long countMax,
    CountPrecision precision,
    Optional<TextSpan> victims,
    Optional<TextSpan> includedIn) {

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
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code count} is negative or above {@code countMax}
   */
  public CasualtyMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(victims, "victims");
    Objects.requireNonNull(includedIn, "includedIn");
    if (count < 0 || countMax < count) {
      throw new IllegalArgumentException("bad count " + count + ".." + countMax);
    }
  }
}
