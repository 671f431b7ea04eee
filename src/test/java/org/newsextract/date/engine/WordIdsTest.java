package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words of a text found by their letters in either case, as a lower-case look-up finds them. */
class WordIdsTest {

  private static int id(WordIds ids, String text, int from, int to) {
    int hash = 0;
    for (int k = from; k < to; k++) {
      hash = WordIds.hash(hash, text.charAt(k));
    }
    return ids.id(text, from, to, hash);
  }

  @Test
  void findsEachWordInEitherCaseAndNothingElse() {
    List<String> words = new ArrayList<>();
    for (String w : "may march monday mon a an ago the year years new-year".split(" ")) {
      words.add(w);
    }
    for (int k = 0; k < 200; k++) {
      StringBuilder filler = new StringBuilder("w"); // 0-9 and a-p, the digits as q-z
      for (char c : Integer.toString(k, 26).toCharArray()) {
        filler.append(c <= '9' ? (char) ('q' + c - '0') : c);
      }
      words.add(filler.toString());
    }
    WordIds ids = new WordIds(words);
    String text = "In MAY, March and Mondays a Years-long AGO thE mo Yea new year Mon May";
    int k = 0;
    while (k < text.length()) {
      if (!StartWords.isAsciiLetter(text.charAt(k))) {
        k++;
        continue;
      }
      int end = k;
      while (end < text.length() && StartWords.isAsciiLetter(text.charAt(end))) {
        end++;
      }
      // every slice of the word, as the scans look up prefixes too
      for (int to = k + 1; to <= end; to++) {
        String lower = text.substring(k, to).toLowerCase(java.util.Locale.ROOT);
        assertEquals(words.indexOf(lower), id(ids, text, k, to), lower);
      }
      k = end;
    }
    assertEquals(-1, id(ids, "newyear", 0, 7)); // a word of other chars matches no text word
  }

  @Test
  void refusesAWordTwice() {
    assertThrows(IllegalArgumentException.class, () -> new WordIds(List.of("day", "day")));
  }
}
