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

  @Test
  void theCheapTestBeforeTheRegexNeverChangesWhereWordsStart() {
    java.util.List<String> texts = java.util.List.of(
        "MOGADISHU, Somalia (AP) — Gunmen attacked a hotel.", "RIVERTON — The mayor said.",
        "New York (AFP) – Actress Susan Sarandon said.", "Kabul, Afghanistan (Reuters) - Aides.",
        "PARIS -- Police said.", "The well-known senator said.", "He said - no - it was not.",
        "WASHINGTON —", "\uD835\uDC00BC — The words.", "A B C D E F G H I J K L M N O P Q R S T "
            + "U V W X Y Z a b c d e f g h i j k l — late dash.", "", "x", "Ö — Ä said",
        "LONDON\t—\tThe rest.", "LONDON\u000B-\fThe rest.", "LONDON\u00A0— The rest.");
    for (String t : texts) {
      for (int end = 0; end <= t.length(); end++) {
        assertEquals(Datelines.skipByRegex(t, 0, end), Datelines.skip(t, 0, end), t);
      }
      String shifted = "Earlier. " + t;
      assertEquals(Datelines.skipByRegex(shifted, 9, shifted.length()),
          Datelines.skip(shifted, 9, shifted.length()), shifted);
    }
  }
}
