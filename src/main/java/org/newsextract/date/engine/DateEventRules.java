package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.S;
import static org.newsextract.date.engine.DateRules.date;
import static org.newsextract.date.engine.TimexValues.day;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsextract.date.TimexType;
import org.newsextract.date.engine.DateRule.PendingEvent;
import org.newsextract.date.engine.DateRule.Timex;

/**
 * Expressions counted from an event: "two days after the attack", "the day before the
 * election", "in the weeks before the shooting". The measure is the expression (TimeML: the
 * preposition is a signal, the event an event); it becomes a date only when the article dates
 * the event, which {@link EventDating} settles once the whole document is read.
 */
final class DateEventRules {
  private DateEventRules() {}

  /** Event words and the verb forms that date them (event-nouns.txt): word to class. */
  static final Lexicon EVENTS = Lexicon.load("event-nouns.txt");

  /** An event word of the lexicon, verb forms included. */
  static final String EVENT_WORD = "(?<head>" + EVENTS.alternation() + ")";

  /** A count right before the unit: "30 days", "for days", "over weeks" (whole string). */
  private static final Pattern COUNT_BEFORE = Pattern.compile("(?s).*(?:\\d|for|over)\\s$");
  /** A count or rate word before "a day": "twice a day", "three times a week" (whole string). */
  private static final Pattern RATE_BEFORE =
      Pattern.compile("(?s).*(?:\\d|twice|once|times|per)\\s$");

  private static final String DIRECTION =
      "(?<dir>before|after|following|prior" + S + "to|ahead" + S + "of)";

  /**
   * The event phrase: a determiner or possessive, at most three words, an event word ("the
   * deadly embassy bombings", "his arrest", "last Tuesday's court hearing"); or a short
   * clause whose verb is one ("a gunman attacked", "Smith was killed").
   */
  private static final String EVENT_PHRASE =
      "(?<ev>(?:(?:the|his|her|its|their|this|that|a|an|(?-i:[A-Z])[\\w.-]{0,20}['’]s|(?:last|next)"
          + S + "(?-i:[A-Z])[a-z]{2,8}['’]s)" + S + "(?:[\\w.’'-]{1,20}" + S + "){0,3}?"
          + "|(?:he|she|they|it|(?-i:[A-Z])[\\w.'-]{0,20}(?:" + S
          + "(?-i:[A-Z])[\\w.'-]{0,20}){0,2})"
          + S + "(?:was|were|had" + S + "been)" + S + ")"
          + EVENT_WORD + ")";

  /** Vague counts of a measure ("a few days after"). */
  private static final String VAGUE_COUNT = "(?<vague>a few|a couple of|several|some)";

  /**
   * "two days after the attack", "a week before his arrest", "a few days after the vote",
   * "the day before the election", "in the weeks before the shooting", "hours after the blast".
   */
  static final DateRule EVENT_OFFSET =
      new DateRule(
          "date-event-offset",
          "(?<m>(?:(?<mod>nearly|almost|about|some|more than|less than|just|only)" + S + ")?"
              + "(?:(?<n>" + org.newsextract.number.NumberWords.CARDINAL + "|a|an)|" + VAGUE_COUNT
              + ")[ -](?<unit>minutes?|hours?|days?|weeks?|months?|years?)"
              + "|(?<the>the)" + S + "(?<unit1>day|week|month|year)"
              + "|(?<unit2>minutes|hours|days|weeks|months))"
              + S + DIRECTION + S + EVENT_PHRASE,
          "m",
          (g, s, a, b) -> {
            String n = g.lower("n");
            if (g.has("unit2")) {
              // "the days before the vote", "days after the attack"; not "30 days" (a count)
              // nor "for days after" (a duration the rule of bare plurals takes)
              String before = s.substring(Math.max(0, a - 8), a).toLowerCase(Locale.ROOT);
              return !COUNT_BEFORE.matcher(before).matches();
            }
            if (DateRules.titleCaseInside(g.get("unit"))
                || DateRules.titleCaseInside(g.get("unit1"))) {
              return false;
            }
            // "a day" after a count is a rate: "twice a day before meals"
            String before = s.substring(Math.max(0, a - 10), a).toLowerCase(Locale.ROOT);
            return !(n.equals("a") || n.equals("an"))
                || !RATE_BEFORE.matcher(before).matches();
          },
          DateEventRules::offset);

  private static final Pattern APPOSITION_TO_DATE = Pattern.compile("(?:\\d|day),\\s$");

  /**
   * "Oct. 12, the day before the crash": in apposition to a date, "the day" is that date,
   * whatever the event.
   */
  static final DateRule DAY_IN_APPOSITION =
      new DateRule(
          "date-day-apposition",
          "(?<=(?:\\d|day),\\s)(?<d>the" + S + "day)" + S + "(?:before|after)\\b",
          "d",
          (g, s, a, b) -> true,
          (g, c) -> c.anchor == null ? null : date(day(c.anchor)));

  private static Timex offset(DateRule.Groups g, DateContext c) {
    String dir = g.lower("dir");
    int sign = dir.equals("before") || dir.startsWith("prior") || dir.startsWith("ahead") ? -1 : 1;
    String headClass = EVENTS.get(g.get("head")).replace("/v", "");
    int evStart = c.matchStart + g.matched.indexOf(g.get("ev"), g.matched.indexOf(g.get("dir")));
    int evEnd = evStart + g.get("ev").length();
    if (g.has("the")) {
      String code = DateRules.unitCode(g.get("unit1"));
      String before = c.sentence.substring(Math.max(0, c.matchStart - 4), c.matchStart);
      if (code.equals("D") && APPOSITION_TO_DATE.matcher(before).find() && c.anchor != null) {
        return date(day(c.anchor)); // "Oct. 12, the day before the crash": Oct. 12 itself
      }
      return new Timex(TimexType.DATE, "XXXX-XX-XX", -1,
          new PendingEvent(evStart, evEnd, headClass, 1, code, sign, true));
    }
    String unit = g.has("unit") ? g.get("unit") : g.get("unit2");
    String code = DateRules.unitCode(unit);
    if (code == null) {
      return null;
    }
    long n = g.has("n") ? DateRules.count(g.get("n")) : -1;
    return new Timex(TimexType.DURATION, DateRules.duration(n, code, false), -1,
        new PendingEvent(evStart, evEnd, headClass, n, code, sign, false));
  }
}
