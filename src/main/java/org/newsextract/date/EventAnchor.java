package org.newsextract.date;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.newsextract.TextSpan;

/**
 * The event a date is counted from: "the attack" in "two days after the attack". The anchor is
 * resolved only when the article itself dates the event ("the attack on Friday", "the March 3
 * election", "was shot on Oct. 3") with one date; otherwise {@link #date()} is empty and the
 * expression stays the duration it measures. Immutable.
 *
 * @param event the event phrase in the caller's text ("the attack", "his arrest")
 * @param date the date of the event that the expression was counted from, when the article
 *     gives exactly one; the first day of the month or year when it names only that
 * @param datedBy the expression in the caller's text that dates the event ("Friday" in "the
 *     attack on Friday"), present exactly when {@code date} is
 */
public record EventAnchor(TextSpan event, Optional<LocalDate> date, Optional<TextSpan> datedBy) {

  /**
   * Checks that no component is null and that {@code date} and {@code datedBy} are present
   * together.
   *
   * @param event see {@link #event()}
   * @param date see {@link #date()}
   * @param datedBy see {@link #datedBy()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if only one of {@code date} and {@code datedBy} is present
   */
  public EventAnchor {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(datedBy, "datedBy");
    if (date.isPresent() != datedBy.isPresent()) {
      throw new IllegalArgumentException("date and datedBy go together");
    }
  }

  /**
   * An anchor whose event the article does not date.
   *
   * @param event the event phrase
   * @return the unresolved anchor
   */
  public static EventAnchor unresolved(TextSpan event) {
    return new EventAnchor(event, Optional.empty(), Optional.empty());
  }

  /**
   * Whether the article dates the event, so that the expression was resolved to a date.
   *
   * @return true when {@link #date()} is present
   */
  public boolean resolved() {
    return date.isPresent();
  }
}
