package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap tests agree with the regex classes they stand in for, on every char. */
class RegexCharsTest {
  @Test
  void spaceAndWordCharsAreTheRegexClasses() {
    Pattern space = Pattern.compile("\\s");
    Pattern word = Pattern.compile("\\w");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      assertEquals(space.matcher(s).matches(), RegexChars.isSpace((char) c), "\\s at " + c);
      assertEquals(word.matcher(s).matches(), RegexChars.isWordChar((char) c), "\\w at " + c);
    }
  }
}
