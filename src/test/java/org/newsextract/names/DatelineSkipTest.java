package org.newsextract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsextract.analysis.Datelines;

/** NameResolver's cheap test before the dateline regex never changes where words start. */
class DatelineSkipTest {
  @Test
  void skipsWhereDatelinesSkip() {
    List<String> texts = List.of("MOGADISHU, Somalia (AP) — Gunmen attacked a hotel.",
        "RIVERTON — The mayor said.", "New York (AFP) – Actress Susan Sarandon said.",
        "Kabul, Afghanistan (Reuters) - Officials said.", "PARIS -- Police said.",
        "The well-known senator said.", "He said - no - it was not.", "WASHINGTON —",
        "\uD835\uDC00BC — The words.", "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z a b c "
            + "d e f g h i j k l — late dash.", "", "x", "Ö — Ä said", "LONDON\t—\tThe rest.");
    for (String t : texts) {
      for (int end = 0; end <= t.length(); end++) {
        assertEquals(Datelines.skip(t, 0, end), NameResolver.datelineSkip(t, 0, end),
            () -> t);
      }
      String shifted = "Earlier. " + t;
      assertEquals(Datelines.skip(shifted, 9, shifted.length()),
          NameResolver.datelineSkip(shifted, 9, shifted.length()), shifted);
    }
  }
}
