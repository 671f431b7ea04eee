package org.newsextract.casualty.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tally search tries the regex only where a match may open, and says what find says. */
class PeriodsTest {
  /** An example of each of TALLY's alternatives: each opens with one of its first words. */
  private static final List<String> EXAMPLES = List.of("since it was founded",
      "since the start of", "since 1985", "since march", "since the war began",
      "in the past three days", "during the last weeks", "over the previous 12 months",
      "for the past a few years", "so far this year", "this month", "so far in 2014",
      "last year's total", "a year tally", "per year", "a month", "each year", "every month",
      "separate shootings", "different incidents", "multiple stabbings", "several shootings",
      "unrelated incidents", "spate of shootings", "rash of stabbings", "a few shootings",
      "few incidents", "two shootings", "three incidents", "four incidents", "five incidents",
      "six incidents", "seven incidents", "eight incidents", "nine incidents", "ten incidents",
      "eleven incidents", "twelve incidents", "fifteen incidents", "twenty incidents",
      "thirty incidents", "many gang shootings",
      "recent incidents", "12 shootings", "separate attacks", "unrelated bomb attacks",
      "across the city", "around the area", "throughout the state", "citywide",
      "citywideness", "weekend shootings", "weekend violence", "in a separate incident",
      "in another attack", "in an earlier police raid", "separately,", "elsewhere,");

  private static boolean plain(String lower, int from, int to) {
    return Periods.TALLY.matcher(lower).region(from, to).find();
  }

  /** Every sub-range from each position of {@code text} to its end, and to each later space. */
  private static int compare(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Periods.Search search = new Periods.Search(lower);
    int yes = 0;
    for (int from = 0; from < lower.length(); from++) {
      List<Integer> ends = new ArrayList<>(List.of(lower.length()));
      for (int to = from + 1; to < lower.length(); to++) {
        if (lower.charAt(to) == ' ') {
          ends.add(to);
        }
      }
      for (int to : ends) {
        boolean want = plain(lower, from, to);
        assertEquals(want, search.tally(from, to), from + ".." + to + ": " + text);
        yes += want ? 1 : 0;
      }
    }
    return yes;
  }

  @Test
  void eachAlternativeIsFoundWhereFindFindsIt() {
    // three kinds of chars before: none, a space, a char the lookbehind rules out
    for (String example : EXAMPLES) {
      for (String before : List.of("", "they died ", "(", "x", "-", "’", "9", "é")) {
        String text = before + example + " x";
        compare(text);
        compare(text.toUpperCase(Locale.ROOT));
        assertTrue(new Periods.Search(text).tally(before.length(), text.length())
            || !plain(text, before.length(), text.length()), text);
      }
      // the example alone is a tally
      assertTrue(new Periods.Search(example + " x").tally(0, example.length() + 2), example);
    }
  }

  @Test
  void theCorpusSentencesAreTalliesWhereFindSaysSo() throws Exception {
    int yes = 0;
    for (String resource : List.of("/corpus/casualties/counts.jsonl",
        "/corpus/casualties/conflict.jsonl")) {
      for (JsonNode c : CasualtyCorpusTest.load(resource)) {
        String text = c.get("text").asText();
        String lower = text.toLowerCase(Locale.ROOT);
        Periods.Search search = new Periods.Search(lower);
        for (int from = 0; from < lower.length(); from += 7) {
          boolean want = plain(lower, from, lower.length());
          assertEquals(want, search.tally(from, lower.length()), text);
          yes += want ? 1 : 0;
        }
      }
    }
    assertTrue(yes > 0, "the corpus has tallies");
  }
}
