package org.newsextract.casualty;

/** How exact a count is. */
public enum CountPrecision {
  /** "27 people". */
  EXACT,
  /** "at least 12", "more than 30". */
  AT_LEAST,
  /** "up to 20", "fewer than 10". */
  AT_MOST,
  /** "about 50", "dozens", "hundreds". */
  APPROXIMATE,
  /** "between 20 and 30": {@code count} is the lower bound, {@code countMax} the upper. */
  RANGE
}
