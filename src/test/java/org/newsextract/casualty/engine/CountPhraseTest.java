package org.newsextract.casualty.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsextract.casualty.CountPrecision;
import org.newsextract.number.NumberWords;

class CountPhraseTest {
  private static final Pattern WHOLE = Pattern.compile(CountPhrase.COUNT);

  @ParameterizedTest
  @CsvSource({
    "27, 27, 27, EXACT",
    "'1,200', 1200, 1200, EXACT",
    "1.2 million, 1200000, 1200000, EXACT",
    "thirty-nine, 39, 39, EXACT",
    "two dozen, 24, 24, EXACT",
    "a dozen, 12, 12, EXACT",
    "both, 2, 2, EXACT",
    "dozens, 24, 99, APPROXIMATE",
    "hundreds, 200, 999, APPROXIMATE",
    "tens of thousands, 20000, 99999, APPROXIMATE",
    "at least 12, 12, 12, AT_LEAST",
    "more than 30, 30, 30, AT_LEAST",
    "up to 20, 20, 20, AT_MOST",
    "nearly 300, 300, 300, APPROXIMATE",
    "about 50, 50, 50, APPROXIMATE",
    "between 20 and 30, 20, 30, RANGE",
    "four or five, 4, 5, RANGE",
    "10-15, 10, 15, RANGE"
  })
  void readsCounts(String phrase, long count, long max, CountPrecision precision) {
    Matcher m = WHOLE.matcher(phrase);
    assertTrue(m.matches(), phrase);
    CountPhrase.Value v = CountPhrase.read(m).orElseThrow();
    assertEquals(count, v.count());
    assertEquals(max, v.countMax());
    assertEquals(precision, v.precision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"27-year-old", "5 p.m.", "3 years", "10:30", "28th", "12 percent"})
  void agesTimesAndOrdinalsAreNotCounts(String phrase) {
    Matcher m = WHOLE.matcher(phrase);
    assertFalse(m.find(), phrase);
  }

  @ParameterizedTest
  @CsvSource({"Dozens, 24, 99", "a handful, 3, 9", "BOTH, 2, 2", "scores, 40, 199"})
  void approximateQuantityWords(String phrase, long low, long high) {
    NumberWords.Bounds b = NumberWords.approximate(phrase).orElseThrow();
    assertEquals(low, b.low());
    assertEquals(high, b.high());
  }
}
