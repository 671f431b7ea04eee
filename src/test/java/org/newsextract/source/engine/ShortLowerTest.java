package org.newsextract.source.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A phrase longer than every word of a set is none of them in lower case. */
class ShortLowerTest {
  @Test
  void lowerCaseMakesNoCodePointShorter() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.SURROGATE) {
        continue;
      }
      String s = new String(Character.toChars(cp));
      assertTrue(s.toLowerCase(Locale.ROOT).length() >= s.length(), () -> s);
    }
    // nor a final sigma, lowered by what follows it
    assertEquals(4, "ΟΔΟΣ".toLowerCase(Locale.ROOT).length());
  }

  @Test
  void shortPhrasesAreLoweredLongerOnesNot() {
    assertEquals(5, SourceLinker.longest(Set.of("who", "which")));
    assertEquals("he", SourceLinker.shortLower("He", 3));
    assertEquals("İ".toLowerCase(Locale.ROOT), SourceLinker.shortLower("İ", 3));
    assertNull(SourceLinker.shortLower("Trump", 3));
  }
}
