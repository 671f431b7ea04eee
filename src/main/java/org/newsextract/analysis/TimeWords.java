package org.newsextract.analysis;

import java.util.Set;

/**
 * Words that end a time phrase in running text ("on Thursday", "last week", "in late August",
 * "in 2010"), shared by the layers that cut such phrases off a speaker or a source. Internal.
 */
public final class TimeWords {
  private TimeWords() {}

  /** Weekdays, months ("may" left out: the modal), units of the calendar and day words. */
  private static final Set<String> CALENDAR_HEADS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "week", "month", "year", "night", "morning",
      "afternoon", "evening", "weekend", "today", "yesterday", "january", "february", "march",
      "april", "june", "july", "august", "september", "october", "november", "december");

  /** Whether the lower-case word {@code w} can end a time phrase: a calendar word or a year. */
  public static boolean isCalendarHead(String w) {
    return CALENDAR_HEADS.contains(w) || isYear(w);
  }

  /** A four-digit year of the 20th or 21st century: "1998", "2010". */
  public static boolean isYear(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
        && Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3));
  }
}
