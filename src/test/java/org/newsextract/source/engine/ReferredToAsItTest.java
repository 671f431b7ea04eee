package org.newsextract.source.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link EntityClues#referredToAsIt} scans only the words before each " it" and " which": it
 * must find what one scan of the whole text with its pattern finds.
 */
class ReferredToAsItTest {
  /** The scan of every char that {@link EntityClues#referredToAsIt} replaces. */
  private static Set<String> wholeScan(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = EntityClues.REFERRED_TO_AS_IT.matcher(text);
    while (m.find()) {
      out.add(EntityClues.normal(m.group(1)));
    }
    return out;
  }

  private static void same(String text) {
    assertEquals(wholeScan(text), EntityClues.referredToAsIt(text), text);
  }

  @Test
  void findsWhatAScanOfTheWholeTextFinds() {
    for (String text : List.of(
        "",
        "it",
        " it",
        "Hamas said it would fight.",
        "Hamas, which rules Gaza, said it would fight.",
        "The Acme Rocket Works Company Limited said that it would close.",
        "Big Acme Rocket Works Company Limited said that it would close.",
        "Acme  Corp\tsaid \n that\r\nit was fine; Beta Inc. has its plans.",
        "The ministry and its staff. Interior Ministry was its own.",
        "Apple said its sales rose, Apple said itself, Apple said item.",
        "X-Apple said it. McDonald’s, which grew. U.S. Steel announced it",
        "Apple said it Orange said it Pear, which",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA said it; A B C D E F said it",
        "\"Hamas\" said it, (Fatah) said it, Fatah Party\u00a0said it",
        "Hamas said it\u00a0Fatah said it. Hamas claimed that it")) {
      same(text);
    }
  }

  @Test
  void findsWhatAScanOfTheWholeTextFindsInRandomTexts() {
    String[] words = {"Hamas", "Acme", "Corp", "U.S.", "Al-Qaeda", "McDonald’s", "O'Neil",
        "B", "Xy&z", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF", "Abcdefghijklmnopqrstuvwxyzabcdefgh",
        "said", "says", "added", "claimed", "announced", "that", "it", "its", "it", "which",
        "and", "has", "had", "is", "was", "item", "with", "the", "whichever", ",", ".", "\"",
        "(", ")", ";", "-", "’s"};
    String[] gaps = {" ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "", ", ", ",",
        "\u000b", "\f"};
    Random random = new Random(20240611);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        // a name of its own (N17) a third of the time, so that a match missed shows in the set
        String word =
            random.nextInt(3) == 0 ? "N" + n + "x" + k : words[random.nextInt(words.length)];
        sb.append(word).append(gaps[random.nextInt(gaps.length)]);
      }
      same(sb.toString());
    }
  }
}
