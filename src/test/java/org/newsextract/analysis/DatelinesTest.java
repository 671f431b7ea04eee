package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Datelines#skip}: where the words after an opening dateline begin. */
class DatelinesTest {
  @Test
  void aPlaceCountryAndAgencyBeforeADashAreSkipped() {
    String t = "RIVERTON, Ontario (AP) — A bomb hit the base.";
    assertEquals(t.indexOf("A bomb"), Datelines.skip(t, 0, t.length()));
    String s = "RIVERTON — Mayor Lena Marsh spoke.";
    assertEquals(s.indexOf("Mayor"), Datelines.skip(s, 0, s.length()));
  }

  @Test
  void noDatelineOrNothingAfterItLeavesTheStart() {
    String t = "Mayor Lena Marsh — the city's first — spoke.";
    assertEquals(0, Datelines.skip(t, 0, t.length()));
    String only = "RIVERTON — ";
    assertEquals(0, Datelines.skip(only, 0, only.length()));
    assertEquals(5, Datelines.skip(t, 5, 3)); // an empty or reversed range
  }

  @Test
  void aPlaceInMixedCaseIsADatelineOnlyWithAnAgencyAfterIt() {
    String t = "Lagos (AFP) – Gunmen stormed a school.";
    assertEquals(t.indexOf("Gunmen"), Datelines.skip(t, 0, t.length()));
    String s = "Kano, Nigeria (Reuters) - Police said.";
    assertEquals(s.indexOf("Police"), Datelines.skip(s, 0, s.length()));
    String person = "Ada Obi (Labour) – the ward's councillor – spoke.";
    assertEquals(0, Datelines.skip(person, 0, person.length()));
  }
}
