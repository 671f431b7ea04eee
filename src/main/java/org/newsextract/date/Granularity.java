package org.newsextract.date;

/** How finely a resolved date or time is known. */
public enum Granularity {
  /** Known to the minute: "10:30 a.m." */
  MINUTE,
  /** Known to the hour: "3 p.m." */
  HOUR,
  /** A part of a day: "Friday evening", "this morning". */
  PART_OF_DAY,
  /** A calendar day: "September 11, 2012". */
  DAY,
  /** An ISO week, or a weekend: "last week". */
  WEEK,
  /** A month: "January 2013". */
  MONTH,
  /** A season: "last fall". */
  SEASON,
  /** A quarter of a year: "the fourth quarter of 1990". */
  QUARTER,
  /** A half of a year: "H1 2013". */
  HALF_YEAR,
  /** A year: "1990". */
  YEAR,
  /** A decade: "the 1990s". */
  DECADE,
  /** A century: "the 20th century". */
  CENTURY,
  /** A reference such as "now" or "recently" ({@code PRESENT_REF}, {@code PAST_REF}). */
  REFERENCE,
  /** Durations, sets and values that are not points in time. */
  NONE
}
