package org.newsextract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

  /** WORD factored by first letter matches as the plain list, longest first, matched. */
  @org.junit.jupiter.api.Test
  void wordMatchesAsThePlainListLongestFirst() {
    String plain = "(?:seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|eleven"
        + "|twelve|seventy|twenty|thirty|eighty|ninety|forty|fifty|sixty|three|seven|eight|zero"
        + "|four|five|nine|one|two|six|ten)";
    java.util.regex.Pattern word = java.util.regex.Pattern.compile(NumberWords.WORD,
        java.util.regex.Pattern.CASE_INSENSITIVE);
    java.util.regex.Pattern list = java.util.regex.Pattern.compile(plain,
        java.util.regex.Pattern.CASE_INSENSITIVE);
    for (String w : plain.substring(3, plain.length() - 1).split("\\|")) {
      for (String text : new String[] {w, w + "s", w + "-one", w.toUpperCase(), w + "teen",
          w.substring(0, w.length() - 1), "x" + w}) {
        java.util.regex.Matcher a = word.matcher(text);
        java.util.regex.Matcher b = list.matcher(text);
        assertEquals(b.lookingAt(), a.lookingAt(), text);
        assertEquals(b.hitEnd(), a.hitEnd(), text);
        if (b.lookingAt() && a.lookingAt()) {
          assertEquals(b.group(), a.group(), text);
        }
      }
      assertTrue(word.matcher(w).matches(), w);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "27, 27", "'1,200', 1200", "1.2 million, 1200000", "Thirty-nine, 39", "four, 4",
    "a dozen, 12", "two dozen, 24", "one hundred and five, 105", "twenty seven, 27",
    "FIVE, 5", "three thousand, 3000", "a hundred, 100", "eleven, 11", "2 million, 2000000"
  })
  void parsesCardinals(String phrase, long value) {
    assertEquals(OptionalLong.of(value), NumberWords.parse(phrase));
  }

  /** A single unit or tens word (read without the regex) in any case, and with spaces around. */
  @ParameterizedTest
  @CsvSource({
    "zero, 0", "one, 1", "two, 2", "three, 3", "four, 4", "five, 5", "six, 6", "seven, 7",
    "eight, 8", "nine, 9", "ten, 10", "eleven, 11", "twelve, 12", "thirteen, 13",
    "fourteen, 14", "fifteen, 15", "sixteen, 16", "seventeen, 17", "eighteen, 18",
    "nineteen, 19", "twenty, 20", "thirty, 30", "forty, 40", "fifty, 50", "sixty, 60",
    "seventy, 70", "eighty, 80", "ninety, 90"
  })
  void parsesEveryNumberWord(String word, long value) {
    assertEquals(OptionalLong.of(value), NumberWords.parse(word));
    assertEquals(OptionalLong.of(value), NumberWords.parse(" " + word.toUpperCase() + " "));
    assertTrue(NumberWords.parse(word + "s").isEmpty(), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "people", "27-year-old", "dozens", "the", "1,2,3", "none"})
  void rejectsWhatIsNotACardinal(String phrase) {
    assertTrue(NumberWords.parse(phrase).isEmpty(), phrase);
  }

  /** Issue 18: a value past a long is no number, never a wrapped or saturated one. */
  @ParameterizedTest
  @ValueSource(strings = {"999,999,999,999,999.5 billion", "999,999,999,999,999 billion",
      "ninety-nine billion billion billion"})
  void valuesPastALongAreNone(String phrase) {
    assertTrue(NumberWords.parse(phrase).isEmpty(), phrase);
  }

  @ParameterizedTest
  @CsvSource({"third, 3", "11th, 11", "twenty-first, 21", "Second, 2", "28th, 28"})
  void parsesOrdinals(String word, long value) {
    assertEquals(OptionalLong.of(value), NumberWords.parseOrdinal(word));
  }
}
