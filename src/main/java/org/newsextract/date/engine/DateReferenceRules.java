package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.S;
import static org.newsextract.date.engine.DateRules.date;
import static org.newsextract.date.engine.TimexValues.year;

import java.util.Locale;

/**
 * References to the present, past and future and to the reference year: "now", "currently",
 * "recently", "the past", "the future", "soon" (from {@code references.txt}), "current", "recent
 * years", "year-end", "the full year", "for the year".
 */
final class DateReferenceRules {
  private DateReferenceRules() {}

  /** A count right after "the past": "the past three summers", "the past few seasons". */
  private static final java.util.regex.Pattern COUNT_AFTER = java.util.regex.Pattern.compile(
      "\\s(?:\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|many)\\s",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final java.util.regex.Pattern SOON_PAST = java.util.regex.Pattern.compile(
      "(?i)\\b(?:was|were|had)\\s+soon\\b|\\bsoon\\s+(?:\\w+ed|became|began|came|went|took"
          + "|made|left|found|got|fell|rose|ran|grew|saw)\\b");

  /** After "soon": "soon after", "as soon as", "sooner than" (whole string). */
  private static final java.util.regex.Pattern CONJUNCTION_AFTER =
      java.util.regex.Pattern.compile(
          "(?s)\\s(?:after|afterward|afterwards|thereafter|as|enough|than)\\b.*");
  /** After "current": "current account", "current events" (whole string). */
  private static final java.util.regex.Pattern NOUN_AFTER_CURRENT =
      java.util.regex.Pattern.compile("\\s(?:account|accounts|events|affairs|tense|density)\\b.*");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** "now", "currently", "recently", "the past", "the future", "soon" (references.txt). */
  static final DateRule REFERENCE =
      new DateRule(
          "date-reference",
          "(?<ref>" + DateRules.REFERENCES.alternation() + ")(?!-)",
          (g, s, a, b) -> {
            String r = g.lower("ref");
            if (r.equals("the past") || r.equals("the future")) {
              // "the past three years" is a duration, taken by a longer rule; "the past three
              // summers" is not "the past"; "the future of" stays a reference
              return !COUNT_AFTER.matcher(s).region(b, Math.min(s.length(), b + 12)).lookingAt();
            }
            if (r.equals("soon")) {
              String after = s.substring(b, Math.min(s.length(), b + 12)).toLowerCase(Locale.ROOT);
              String before = s.substring(Math.max(0, a - 3), a).toLowerCase(Locale.ROOT);
              // "as soon as", "soon after", "sooner": conjunctions and comparisons
              return !CONJUNCTION_AFTER.matcher(after).matches()
                  && !before.endsWith("as ") && !before.endsWith("so ")
                  // "was soon released", "that soon became a flood": soon after a past event
                  && !SOON_PAST.matcher(s).region(Math.max(0, a - 6),
                      Math.min(s.length(), b + 12)).find();
            }
            if (r.equals("now") && b < s.length() && s.charAt(b) == ','
                && DateRelativeRules.sentenceInitial(s, a)) {
              return false; // "Now, he says, ...": the discourse marker, not the present
            }
            return true;
          },
          (g, c) -> date(DateRules.REFERENCES.get(SPACES.matcher(g.get("ref")).replaceAll(" "))));

  /** Adjectives "current", "recent", "future" before a noun; "recent years". */
  static final DateRule REFERENCE_ADJ =
      new DateRule(
          "date-reference-adjective",
          "(?<adj>current)(?=" + S + "[a-z])|(?<adj2>recent)" + S + "(?<yrs>years)",
          (g, s, a, b) -> {
            String after = s.substring(b, Math.min(s.length(), b + 12)).toLowerCase(Locale.ROOT);
            return !NOUN_AFTER_CURRENT.matcher(after).matches();
          },
          (g, c) -> {
            return date(g.has("adj") ? "PRESENT_REF" : "PAST_REF");
          });

  /** "year-end", "by year's end", "the full year", "for the year": the reference year. */
  static final DateRule YEAR_WHOLE =
      new DateRule(
          "date-year-whole",
          "(?<ye>year[- ]end|year['’]s end)|the" + S + "(?<full>full|whole|entire)" + S + "year"
              + "|(?<=\\b(?:for|of|during)\\s)the" + S + "(?:fiscal" + S + ")?year(?![- ](?:ended"
              + "|ending|earlier|ago|before|after|to|that|in which|when))"
              // "throughout the fiscal year": its length
              + "|(?<=\\bthroughout\\s)(?<through>the" + S + "(?:fiscal" + S + ")?year)(?![- ]"
              + "(?:ended|ending|earlier|ago|before|after|to|that|in which|when))",
          (g, s, a, b) -> true,
          (g, c) -> g.has("through") ? DateRules.dur("P1Y")
              : date(c.base() == null ? "XXXX" : year(c.base())));

}
