package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.S;
import static org.newsextract.date.engine.DateRules.YEAR;
import static org.newsextract.date.engine.DateRules.date;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reporting periods: quarters ("the third quarter", "the year-ago quarter") and halves. */
final class DateQuarterRules {
  private DateQuarterRules() {}

  private static final String YEAR_REL = DateCalendarRules.YEAR_REL;

  /**
   * The year of a quarter or half named without one, which begins in {@code startMonth}: one
   * not yet begun at the reference date is last year's, unless the clause looks ahead.
   */
  private static int yearOfPeriod(LocalDate ref, int startMonth,
      java.util.function.BooleanSupplier ahead) {
    return ref.getMonthValue() < startMonth && !ahead.getAsBoolean()
        ? ref.getYear() - 1 : ref.getYear();
  }

  private static final java.util.regex.Pattern ENDED_AFTER =
      java.util.regex.Pattern.compile(",?\\s{1,3}(?:that\\s)?(?:ended|ending)\\b");

  /** Results of a period: "fourth-quarter earnings" are reported after the quarter ends. */
  private static final java.util.regex.Pattern RESULTS_AFTER =
      java.util.regex.Pattern.compile("\\s{1,3}(?:net\\s|operating\\s|pretax\\s)?"
          + "(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|income|figures|numbers)\\b");

  /**
   * "After a flat second quarter", "an unusually weak third quarter": a quarter with the
   * indefinite article is described, not reported on; it is no antecedent for "the year-ago
   * period".
   */
  private static final java.util.regex.Pattern INDEFINITE_BEFORE =
      java.util.regex.Pattern.compile("\\ban?\\s{1,3}(?:[a-z-]{2,20}\\s{1,3}){0,2}$");

  private static final java.util.regex.Pattern HYPHENATED_QUARTER =
      java.util.regex.Pattern.compile("(?s).*[a-z]-(?:fiscal-)?quarter.*");
  private static final java.util.regex.Pattern HYPHEN_QUARTER =
      java.util.regex.Pattern.compile("(?s).*[a-z]-quarter.*");

  /** "third-quarter": the adjective ("posted a third-quarter loss" reports on it). */
  private static boolean hyphenated(DateRule.Groups g) {
    return HYPHENATED_QUARTER.matcher(g.matched.toLowerCase(Locale.ROOT)).matches();
  }

  private static final String QORD = "(?<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)";

  /**
   * Quarters: "the third quarter", "third-quarter", "the fourth quarter of 1990", "next year's
   * first quarter", "the year-ago third quarter". The year comes from the expression, else the
   * reference date (a quarter not yet begun is last year's unless the sentence speaks of the
   * future).
   */
  /** "by the end of", "until": the quarter after it lies ahead. */
  private static final Pattern DEADLINE_BEFORE = Pattern.compile(
      "\\b(?:by|until)\\s+(?:the\\s+(?:end|close|middle|start)\\s+of\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  static final DateRule QUARTER =
      new DateRule(
          "date-quarter",
          "(?:(?:(?<det>the|this|(?<yrel>this|last|next)" + S
              + "year['’]s|(?<qy>1[6-9]\\d\\d|20\\d\\d)['’]s)" + S + ")?"
              + "(?:(?<mod>year-ago|year-earlier|year-before|same|comparable|corresponding"
              + "|latest|current|previous|prior|(?<qy2>1[6-9]\\d\\d|20\\d\\d))[ -]){0,2})?"
              + "(?:fiscal[ -])?" + QORD + "[ -](?:fiscal[ -])?quarter"
              + "(?:" + S + "(?:of" + S + ")?(?:fiscal" + S + ")?(?<qy3>1[6-9]\\d\\d|20\\d\\d)"
              + "|" + S + "(?:of" + S + ")?(?<qrel>this|last|next)" + S + "year)?",
          (g, s, a, b) -> {
            if (g.lower("q").equals("last") && !g.has("det")) {
              return false;
            }
            // "the third-quarter loss": the hyphenated adjective alone is the expression
            boolean hyphen = HYPHEN_QUARTER.matcher(g.matched.toLowerCase(Locale.ROOT)).matches();
            return !(hyphen && g.lower("det").equals("the") && !g.has("mod"));
          },
          (g, c) -> {
            String qs = g.lower("q");
            int q = qs.equals("first") || qs.equals("1st") ? 1
                : qs.equals("second") || qs.equals("2nd") ? 2
                : qs.equals("third") || qs.equals("3rd") ? 3 : 4;
            LocalDate ref = c.base();
            Integer y = null;
            for (String k : new String[] {"qy", "qy2", "qy3"}) {
              if (g.has(k)) {
                y = Integer.parseInt(g.get(k));
              }
            }
            if (y == null) {
              String rel = g.has("yrel") ? g.lower("yrel") : g.lower("qrel");
              if (ref == null) {
                return date("XXXX-Q" + q);
              }
              if (!rel.isEmpty()) {
                y = DateCalendarRules.yearRelative(c, rel).getYear();
              } else {
                y = ref.getYear();
                // a quarter not yet begun is last year's, unless the clause looks ahead; but
                // results come out in the months after a quarter ends ("will report
                // fourth-quarter earnings" in February)
                boolean results = RESULTS_AFTER.matcher(c.sentence).region(c.matchEnd,
                    Math.min(c.sentence.length(), c.matchEnd + 24)).lookingAt()
                    && ref.isBefore(LocalDate.of(y - 1, 3 * q, 1).plusMonths(4));
                // "by the end of the second quarter": a deadline ahead
                boolean deadline = DEADLINE_BEFORE.matcher(c.sentence)
                    .region(Math.max(0, c.matchStart - 24), c.matchStart).find();
                y = yearOfPeriod(ref, 3 * q - 2, () -> !results && (deadline || c.future()));
                if (deadline && LocalDate.of(y, 3 * q, 1).plusMonths(1).isBefore(ref)) {
                  y++; // (in November, "by the end of the second quarter" is next year's)
                }
              }
              String mod = g.lower("mod");
              if (mod.startsWith("year-") || g.lower("det").startsWith("last")) {
                y--;
              }
            }
            // a quarter still ahead ("will report losses through the third quarter of 1990") is
            // a forecast, not the period the report's "the quarter" and "a year ago" speak of
            // (a fiscal quarter "ended Sept. 30" is over whatever its number)
            boolean ended = ENDED_AFTER.matcher(c.sentence).region(c.matchEnd,
                Math.min(c.sentence.length(), c.matchEnd + 16)).lookingAt();
            boolean ahead = ref != null && (LocalDate.of(y, 3 * q - 2, 1).isAfter(ref)
                || !ended && LocalDate.of(y, 3 * q, 1).plusMonths(1).isAfter(ref) && c.future());
            boolean described = !g.has("det") && !g.has("mod") && !hyphenated(g)
                && INDEFINITE_BEFORE.matcher(c.sentence).region(Math.max(0, c.matchStart - 40),
                    c.matchStart).useTransparentBounds(true).find();
            if (!g.lower("mod").startsWith("year-") && !ahead && !described) {
              c.noteQuarter(y, q);
            }
            return date(y + "-Q" + q);
          });

  /**
   * Financial shorthand: "Q3 2012", "Q1", "H1 2013", "2Q 2012". Capital letters only ("q3" is
   * not a quarter).
   */
  static final DateRule QUARTER_SHORT =
      new DateRule(
          "date-quarter-short",
          "(?:(?<q>Q[1-4])|(?<q2>[1-4]Q)|(?<h>H[12]))(?:(?:" + S + "|-|" + S + "(?:of" + S
              + ")?(?:fiscal" + S + "|FY" + S + "?)?|" + S + "?FY)(?<y>1[6-9]\\d\\d|20\\d\\d)"
              + "|" + S + "?FY(?<y2>\\d\\d))?",
          (g, s, a, b) -> {
            String m = g.matched;
            // "Q3" alone must be written in capitals; "H1" alone is as often a visa or a road
            if (g.has("y") || g.has("y2")) {
              return true;
            }
            return !g.has("h") && m.equals(m.toUpperCase(Locale.ROOT));
          },
          (g, c) -> {
            boolean half = g.has("h");
            String code = half ? g.get("h").toUpperCase(Locale.ROOT)
                : "Q" + (g.has("q") ? g.get("q").substring(1) : g.get("q2").substring(0, 1));
            int n = code.charAt(1) - '0';
            Integer y = g.has("y") ? Integer.valueOf(g.get("y"))
                : g.has("y2") ? Integer.valueOf(2000 + Integer.parseInt(g.get("y2"))) : null;
            LocalDate ref = c.base();
            if (y == null) {
              if (ref == null) {
                return date("XXXX-" + code);
              }
              y = yearOfPeriod(ref, half ? 6 * n - 5 : 3 * n - 2, c::future);
            }
            if (!half) {
              c.noteQuarter(y, n);
            }
            return date(y + "-" + code);
          });

  /**
   * "the quarter", "the latest quarter", "the year-earlier quarter", "the 1988 period": the
   * quarter last mentioned, else the last one completed before the reference date.
   */
  static final DateRule QUARTER_ANAPHOR =
      new DateRule(
          "date-quarter-anaphor",
          "(?<det>the|this|that|(?<yrel>last|this|next)" + S + "year['’]s)" + S
              + "(?:(?<mod>latest|current|same|comparable|corresponding|year-ago|year-earlier"
              + "|previous|prior|recent|just-ended|fiscal|(?<py>1[6-9]\\d\\d|20\\d\\d))[ -]){0,3}"
              + "(?<what>quarter|period)(?!-)"
              + "(?:" + S + "(?<pl>a year (?:ago|earlier)|last year|the year before))?"
              + "(?=" + S + "(?:that\\s)?(?:ended|ending)" + S + "(?<endm>" + DateRules.MONTH_NAMES
              + ")" + S + "(?<endd>\\d{1,2})(?:,?" + S + "(?<endy>1[6-9]\\d\\d|20\\d\\d))?)?",
          (g, s, a, b) -> {
            if (g.lower("what").equals("period")) {
              return g.has("mod") || g.has("pl") || g.has("yrel");
            }
            return true;
          },
          (g, c) -> {
            LocalDate ref = c.base();
            String mod = g.lower("mod");
            String det = g.lower("det");
            boolean current = det.equals("this") || mod.equals("current");
            if (g.has("endm") && !g.has("py") && !mod.startsWith("year-") && !g.has("pl")
                && !c.quarterInContext()) {
              // "the quarter ended Sept. 30": the three months before that day
              int em = DateRules.MONTHS.getInt(g.get("endm"));
              em = em > 0 ? em : DateRules.MONTHS.getInt(g.get("endm") + ".");
              int ed = Integer.parseInt(g.get("endd"));
              LocalDate end = g.has("endy")
                  ? DateRules.safeDate(Integer.parseInt(g.get("endy")), em, ed)
                  : DateRules.inferYear(c, em, ed, "last");
              if (end != null) {
                LocalDate mid = end.minusDays(45);
                c.noteQuarter(mid.getYear(), DateContext.quarterOf(mid));
                return date(TimexValues.quarter(mid));
              }
            }
            if ((mod.equals("latest") || mod.equals("just-ended") || mod.equals("recent"))
                && ref != null) {
              // the latest quarter: the last one completed before the reference date
              LocalDate prev = ref.minusMonths(3);
              c.noteQuarter(prev.getYear(), DateContext.quarterOf(prev));
              return date(TimexValues.quarter(prev));
            }
            int y;
            int q;
            if (g.has("py") && g.lower("what").equals("period") && c.periodAfterQuarter()) {
              return date(g.get("py")); // "the nine months ... the 1988 period": that year's
            }
            if (g.has("py") && c.quarterInContext()) {
              y = Integer.parseInt(g.get("py"));
              q = c.quarter;
              return date(y + "-Q" + q);
            }
            if (ref == null && !c.quarterInContext()) {
              return date("XXXX-QX");
            }
            if (current && ref != null && reportedJustEnded(g, c)) {
              y = c.quarterYear;
              q = c.quarter;
            } else if (current && ref != null) {
              y = ref.getYear();
              q = DateContext.quarterOf(ref);
            } else if (c.quarter > 0 && c.quarterYear > 0) {
              y = c.quarterYear;
              q = c.quarter;
            } else if (g.lower("what").equals("period") && g.has("py")) {
              return date(g.get("py"));
            } else {
              LocalDate prev = ref.minusMonths(3);
              y = prev.getYear();
              q = DateContext.quarterOf(prev);
            }
            if (g.has("py")) {
              y = Integer.parseInt(g.get("py"));
            } else if (mod.startsWith("year-") || g.has("pl") || det.startsWith("last")) {
              y--;
            } else {
              c.noteQuarter(y, q);
            }
            return date(y + "-Q" + q);
          });

  private static final java.util.regex.Pattern POSSESSIVE_AFTER =
      java.util.regex.Pattern.compile("['’]s\\b");

  /**
   * "This quarter's loss" in a report on the quarter that ended weeks before: the reported
   * quarter, not the one under way (results come out in the weeks after a quarter closes).
   */
  private static boolean reportedJustEnded(DateRule.Groups g, DateContext c) {
    if (!g.lower("det").equals("this") || !c.quarterInContext()) {
      return false;
    }
    String after = c.sentence.substring(c.matchEnd, Math.min(c.sentence.length(), c.matchEnd + 24));
    if (!POSSESSIVE_AFTER.matcher(after).lookingAt() && !RESULTS_AFTER.matcher(after).lookingAt()) {
      return false;
    }
    LocalDate ref = c.base();
    LocalDate end = LocalDate.of(c.quarterYear, 3 * c.quarter, 1).plusMonths(1);
    return !ref.isBefore(end) && ref.isBefore(end.plusDays(50));
  }

  /** "the first half of 2013", "the second half of this year", "the first half". */
  static final DateRule HALF =
      new DateRule(
          "date-half",
          "(?:the" + S + ")?(?<h>first|second|last|latter)" + S + "half(?:" + S + "of" + S
              + "(?:" + YEAR + "|" + YEAR_REL + "|the" + S + "year))?",
          (g, s, a, b) -> DateRules.yearOk(g, s, a, b),
          (g, c) -> {
            int h = g.lower("h").equals("first") ? 1 : 2;
            if (g.has("year")) {
              return date(g.get("year") + "-H" + h);
            }
            LocalDate y =
                g.has("yrel") ? DateCalendarRules.yearRelative(c, g.lower("yrel")) : c.base();
            if (y == null) {
              return date("XXXX-H" + h);
            }
            int year = g.has("yrel") ? y.getYear() : yearOfPeriod(y, 6 * h - 5, c::future);
            return date(year + "-H" + h);
          });
}
