package org.newsextract.date;

/** How finely a resolved date or time is known. */
public enum Granularity {
  MINUTE,
  HOUR,
  PART_OF_DAY,
  DAY,
  WEEK,
  MONTH,
  SEASON,
  QUARTER,
  HALF_YEAR,
  YEAR,
  DECADE,
  CENTURY,
  /** A reference such as "now" or "recently" ({@code PRESENT_REF}, {@code PAST_REF}). */
  REFERENCE,
  /** Durations, sets and values that are not points in time. */
  NONE
}
