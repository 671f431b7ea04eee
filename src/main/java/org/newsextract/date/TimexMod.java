package org.newsextract.date;

/**
 * The TIMEX3 {@code mod} attribute: how the expression qualifies its value ("about two years",
 * "more than a decade", "early March", "the end of the year").
 */
public enum TimexMod {
  /** "about", "around", "roughly", "some 20 years", "a year or so". */
  APPROX,
  /** "nearly", "almost", "less than", "under". */
  LESS_THAN,
  /** "more than", "over", "upwards of". */
  MORE_THAN,
  /** "at most", "up to", "no more than". */
  EQUAL_OR_LESS,
  /** "at least", "no less than". */
  EQUAL_OR_MORE,
  /** "early", "the beginning of", "the start of". */
  START,
  /** "mid-", "the middle of". */
  MID,
  /** "late", "the end of", "the close of". */
  END
}
