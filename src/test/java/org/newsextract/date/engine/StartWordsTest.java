package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The start words read off a regex, and a rule tried at them finding what find() finds. */
class StartWordsTest {

  @Test
  void readsOptionalGroupsAlternativesAndDigits() {
    assertEquals(Set.of("more", "the", "a", "an", "second", "seconds", StartWords.DIGIT),
        StartWords.of("(?:more than )?(?:(?<det>the) )?(?:a|an|\\d+|seconds?)[ -]x"));
  }

  @Test
  void failsRatherThanGuess() {
    // a word the regex may run on into more letters, a class, a regex that can match nothing
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("day(?:s)"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("[a-z]+ days"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("(?:more )?"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("day[\\w-]"));
    // an optional separator lets the word run on: "midmorning" is no word "mid"
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("mid-?morning"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("mid[ -]?day"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("late\\s*night"));
  }

  @Test
  void rulesTriedAtStartWordsFindWhatFindFinds() {
    String text = "More than 12 to 18 months ago, the past three years and a half; nearly a "
        + "decade, 4-day, 10 years-old, Twenty-five days, the 14-day period, a dozen weeks,"
        + " café5 days, $5 days, some weeks, several hours or so and at least one hour. Two "
        + "days after the attack, a few weeks before the vote, the day before the election, "
        + "hours after the blast; about three years earlier, some days later, the year ended "
        + "June 30 and the fiscal year to March.";
    for (DateRule rule : List.of(DateDurationRules.COUNT, DateRelativeRules.AGO,
        DateEventRules.EVENT_OFFSET, DateDurationRules.FISCAL_YEAR_DURATION)) {
      List<Integer> found = starts(rule.pattern().matcher(text), text, null);
      assertTrue(found.size() >= 2, rule.id);
      assertEquals(found, starts(rule.pattern().matcher(text), text, rule), rule.id);
    }
  }

  /** Every match start, each search from one char after the last start. */
  private static List<Integer> starts(Matcher m, String text, DateRule rule) {
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    List<Integer> out = new ArrayList<>();
    int pos = 0;
    while (true) {
      boolean found;
      if (rule == null) {
        m.region(pos, text.length());
        found = m.find();
      } else {
        found = rule.find(m, text, pos, text.length());
      }
      if (!found) {
        return out;
      }
      out.add(m.start());
      out.add(m.end());
      pos = m.start() + 1;
    }
  }
}
