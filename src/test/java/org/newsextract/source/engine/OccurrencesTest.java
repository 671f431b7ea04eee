package org.newsextract.source.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a role's form is written: all offsets per text, or the first one in a bounded reach. */
class OccurrencesTest {
  private static final String TEXT = "Sen. Ada Obi met the senator; SENATOR Webb and Senators left.";

  @Test
  void findsEveryOffsetInAnyCaseOrExactly() {
    Occurrences o = new Occurrences(TEXT);
    assertArrayEquals(new int[] {21, 30, 47}, o.of("senator", true));
    assertArrayEquals(new int[] {21}, o.of("senator", false));
    assertArrayEquals(new int[0], o.of("mayor", true));
  }

  @Test
  void firstWrittenLooksOnlyInsideTheReachAndWhollyInIt() {
    assertEquals(21, Occurrences.firstWritten(TEXT, "senator", 0, TEXT.length(), true));
    assertEquals(30, Occurrences.firstWritten(TEXT, "senator", 22, TEXT.length(), true));
    assertEquals(-1, Occurrences.firstWritten(TEXT, "senator", 0, 27, true)); // cut by the end
    assertEquals(-1, Occurrences.firstWritten(TEXT, "SENATOR", 0, 36, false));
    assertEquals(30, Occurrences.firstWritten(TEXT, "SENATOR", 0, 37, false));
  }

  @Test
  void aNonAsciiCaseOfTheFirstLetterCountsInAnyCase() {
    String kelvin = "the \u212Aing said"; // the Kelvin sign, whose lower case is k
    assertEquals(4, Occurrences.firstWritten(kelvin, "king", 0, kelvin.length(), true));
    assertEquals(-1, Occurrences.firstWritten(kelvin, "king", 0, kelvin.length(), false));
  }
}
