package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    // a class of letters, a regex that can match nothing, a repeat of nothing, unread syntax
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("[a-z]+ days"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("(?:more )?"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("(?:a?)*"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("(?i)day"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("\\p{L}day"));
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("(?>day)"));
    // a match opening with any char but a letter or digit
    assertThrows(IllegalArgumentException.class, () -> StartWords.of("[^a-z]day"));
    assertNull(StartWords.read(".day"));
  }

  @Test
  void readsQuotedWords() {
    assertEquals(Set.of("new", "christmas"),
        StartWords.of("(?:\\Qnew\\E\\s\\Qyear\\E['’]\\Qs\\E|\\Qchristmas\\E)"));
    // a quantifier after \E takes the last quoted letter only
    assertEquals(Set.of("jan"), StartWords.of("\\Qjan\\E\\.?"));
    assertEquals(Set.of("sept", "sep"), StartWords.of("\\Qsept\\E?\\."));
  }

  @Test
  void readsDigitLiteralsAndClassesAsDigit() {
    assertEquals(Set.of(StartWords.DIGIT), StartWords.of("(?<y>1[6-9]\\d\\d|20\\d\\d)"));
    assertEquals(Set.of(StartWords.DIGIT), StartWords.of("(?:[01]?\\d|2[0-3]):[0-5]\\d"));
    // "Q3" and "3Q": a letter before a digit is a whole word
    assertEquals(Set.of("q", StartWords.DIGIT), StartWords.of("Q[1-4]|[1-4]Q"));
  }

  @Test
  void skipsLookArounds() {
    // a look-behind consumes nothing: the match opens after it
    assertEquals(Set.of("days", "weeks"),
        StartWords.of("(?<=\\b(?:for|over)\\s)(?<unit>days|weeks)(?!\\s+ago)"));
    assertEquals(Set.of("the"), StartWords.of("(?<!\\d )(?=the\\b)the[ \\t\\u00a0]{1,3}year"));
  }

  @Test
  void readsOtherStartChars() {
    assertEquals(Set.of("the", "mid", "'", "’", StartWords.DIGIT),
        StartWords.of("(?:the )?(?:mid[ -]?)?(?:(?<dec>1[6-9]\\d0)['’]?s|['’](?<dec2>\\d0)s)"));
  }

  @Test
  void readsWordsThatRunOn() {
    // an optional separator or ending: the text's word is the longer one too
    assertEquals(Set.of("mid", "midmorning"), StartWords.of("mid-?morning"));
    assertEquals(Set.of("late", "latenight"), StartWords.of("late\\s*night"));
    assertEquals(Set.of("labor", "labour"), StartWords.of("labou?r day"));
    assertEquals(Set.of("monday", "mondays"), StartWords.of("(?<wd>monday)(?<pl>s)?(?: night)?"));
    assertEquals(Set.of("days"), StartWords.of("day(?:s)"));
    // letters of a class may follow: any word that opens with "day"
    assertEquals(Set.of("day" + StartWords.RUNS_ON), StartWords.of("day[\\w-]"));
  }

  @Test
  void rulesTriedAtStartWordsFindWhatFindFinds() {
    String text = "More than 12 to 18 months ago, the past three years and a half; nearly a "
        + "decade, 4-day, 10 years-old, Twenty-five days, the 14-day period, a dozen weeks,"
        + " café5 days, $5 days, some weeks, several hours or so and at least one hour. Two "
        + "days after the attack, a few weeks before the vote, the day before the election, "
        + "hours after the blast; about three years earlier, some days later, the year ended "
        + "June 30 and the fiscal year to March; day-long days ago, day-by-day ago.";
    for (DateRule rule : List.of(DateDurationRules.COUNT, DateRelativeRules.AGO,
        DateEventRules.EVENT_OFFSET, DateDurationRules.FISCAL_YEAR_DURATION,
        new DateRule("prefix", "day[\\w-]+ ago", (g, s, a, b) -> true, (g, c) -> null))) {
      List<Integer> found = starts(rule.pattern().matcher(text), text.length(), null, 0);
      assertTrue(found.size() >= 2, rule.id);
      RuleStarts.Chunk chunk = RuleStarts.of(List.of(rule)).in(text);
      assertEquals(found, starts(rule.pattern().matcher(text), text.length(), chunk, 0), rule.id);
    }
  }

  @Test
  void everyRuleFindsWhatFindFindsOnTheCorpus() throws java.io.IOException {
    StringBuilder text = new StringBuilder("the '90s, in the ’80s, 1990's, Q3 and 3Q, 2012-13, ");
    for (DateCorpusTest.Case c : DateCorpusTest.corpus()) {
      text.append(c.text()).append('\n');
    }
    String all = text.toString();
    // the table of all the rules, as the extractor has it: words several rules start with
    RuleStarts.Chunk chunk = RuleStarts.of(DateExtractor.RULES).in(all);
    for (int r = 0; r < DateExtractor.RULES.size(); r++) {
      DateRule rule = DateExtractor.RULES.get(r);
      Matcher m = rule.pattern().matcher(all);
      assertEquals(starts(m, all.length(), null, 0), starts(m, all.length(), chunk, r), rule.id);
    }
  }

  @Test
  void everyRuleFindsWhatFindFindsInRegionsThatCutWords() {
    String text = "On Mondays, Sept. 11, 2001, at 9 a.m., the '90s, three years ago, Labour "
        + "Day, midmorning, Q3, last week; Mayday days later, Thanksgivings, Junes 4, 12:30pm";
    RuleStarts.Chunk chunk = RuleStarts.of(DateExtractor.RULES).in(text);
    for (int r = 0; r < DateExtractor.RULES.size(); r++) {
      DateRule rule = DateExtractor.RULES.get(r);
      Matcher m = rule.pattern().matcher(text);
      for (int to = 1; to <= text.length(); to++) {
        assertEquals(starts(m, to, null, r), starts(m, to, chunk, r), rule.id + " to " + to);
      }
    }
  }

  /**
   * Every match start in {@code [0, to)}, each search from one char after the last start: by
   * {@code chunk}'s rule {@code r} or, when chunk is null, by find.
   */
  private static List<Integer> starts(Matcher m, int to, RuleStarts.Chunk chunk, int r) {
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    List<Integer> out = new ArrayList<>();
    int pos = 0;
    while (true) {
      boolean found;
      if (chunk == null) {
        m.region(pos, to);
        found = m.find();
      } else {
        found = chunk.find(m, r, pos, to);
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
