package org.newsextract.date;

/** The TIMEX3 type of a temporal expression. */
public enum TimexType {
  /** A calendar date or period: "Friday", "September 11, 2012", "2013", "last year". */
  DATE,
  /** A time of day: "3 p.m.", "Friday evening", "this morning". */
  TIME,
  /** A length of time: "four days", "a 10-hour siege". */
  DURATION,
  /** A recurrence: "every Friday", "weekly". */
  SET
}
