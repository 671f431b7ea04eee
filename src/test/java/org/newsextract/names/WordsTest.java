package org.newsextract.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An abbreviation's period stays with it in any case; other short words end a sentence. */
class WordsTest {
  private static List<String> words(String text) {
    return Words.of(text, 0, text.length()).stream().map(Words.W::text).toList();
  }

  @Test
  void anAbbreviationKeepsItsPeriodInAnyCase() {
    assertEquals(List.of("Gov.", "Smith", "and", "SEN.", "Jones", "of", "Co.", "X"),
        words("Gov. Smith and SEN. Jones of Co. X"));
    assertEquals(List.of("Sept.", "Four"), words("Sept. Four"));
  }

  @Test
  void otherShortWordsAndNonAsciiLookAlikesEndTheSentence() {
    assertEquals(List.of("He", "said", ".", "Then"), words("He said. Then"));
    assertEquals(List.of("It", "is", "GOVS", ".", "Then"), words("It is GOVS. Then"));
    // the long s is no s, whatever its upper case: "ſt." is not "st."
    assertEquals(List.of("ſt", ".", "Then"), words("ſt. Then"));
    assertEquals(List.of("ST.", "Then"), words("ST. Then"));
  }

  @Test
  void splitsOnSpacesAsTheRegexDoes() {
    Pattern spaces = Pattern.compile("\\s+");
    for (String s : List.of("", "Trump", "Donald Trump", " Trump", "Trump ", "  ", " ",
        "Mr.  Trump\tsaid", "\nA B\u000BC\fD\rE ", "a\u00A0b", " a  b  ", "x\u2003y")) {
      assertArrayEquals(spaces.split(s), Words.splitOnSpaces(s), () -> "'" + s + "'");
    }
  }
}
