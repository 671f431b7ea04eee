package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.DAYNUM;
import static org.newsextract.date.engine.DateRules.EDGE;
import static org.newsextract.date.engine.DateRules.MONTH;
import static org.newsextract.date.engine.DateRules.ORD;
import static org.newsextract.date.engine.DateRules.S;
import static org.newsextract.date.engine.DateRules.WD;
import static org.newsextract.date.engine.DateRules.YEAR;
import static org.newsextract.date.engine.DateRules.date;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalLong;
import org.newsextract.number.NumberWords;

/** Calendar expressions: month-day, month-year, years, decades, centuries, seasons. */
final class DateCalendarRules {
  private DateCalendarRules() {}

  static final String YEAR_REL = "(?<yrel>this|last|next|the same|that)" + S + "year";

  /** "September 11, 2012", "Sept. 11", "Friday, Oct. 13, 1989", "Sep 11th". */
  static final DateRule MONTH_DAY =
      new DateRule(
          "date-month-day",
          "(?:" + WD + ",?" + S + ")?(?:(?<edge>early|late|around|by)" + S + ")?" + MONTH + S
              + DAYNUM + "(?:,?" + S + YEAR + "|,?" + S + YEAR_REL + ")?",
          (g, s, a, b) -> DateRules.monthOk(g, s, a, false)
              && (!g.has("wd") || DateRules.capitalised(g.get("wd")))
              && !g.lower("edge").equals("by") && !g.lower("edge").equals("around")
              && DateRules.yearOk(g, s, a, b),
          DateCalendarRules::monthDay);

  /** "11 September 2012", "the 4th of July". */
  static final DateRule DAY_MONTH =
      new DateRule(
          "date-day-month",
          "(?:" + WD + ",?" + S + ")?(?:the" + S + ")?" + DAYNUM + "(?:" + S + "of)?" + S + MONTH
              + "(?:,?" + S + YEAR + ")?",
          (g, s, a, b) -> DateRules.monthOk(g, s, a, false)
              && (!g.has("wd") || DateRules.capitalised(g.get("wd")))
              // "the 4th of July" but not "the 11 September 2001 attacks"
              && !(g.matched.regionMatches(true, 0, "the", 0, 3) && !g.matched.contains(" of "))
              && (g.get("month").length() > 3 || g.get("month").endsWith("."))
              && DateRules.yearOk(g, s, a, b),
          DateCalendarRules::monthDay);

  private static DateRule.Timex monthDay(DateRule.Groups g, DateContext c) {
    int m = DateRules.monthNumber(g);
    int d = Integer.parseInt(g.get("day"));
    LocalDate date;
    if (g.has("year")) {
      date = DateRules.safeDate(Integer.parseInt(g.get("year")), m, d);
      if (date == null || date.getDayOfMonth() != d) {
        return null;
      }
    } else if (g.has("yrel")) {
      LocalDate ref = yearRelative(c, g.lower("yrel"));
      date = ref == null ? null : DateRules.safeDate(ref.getYear(), m, d);
    } else {
      if (DateRules.safeDate(2000, m, d) == null) {
        return null;
      }
      if (m == 9 && d == 11 && SEPT_11_ATTACKS.matcher(
          c.sentence.substring(c.matchEnd,
              Math.min(c.sentence.length(), c.matchEnd + 30))).find()) {
        // "the Sept. 11 attacks" names a day of 2001, whatever the reference date
        date = LocalDate.of(2001, 9, 11);
        c.noteDay(date);
        return date(date.toString());
      }
      date = DateRules.inferYear(c, m, d, "");
      if (date == null) {
        return date(String.format("XXXX-%02d-%02d", m, d));
      }
      date = DateRules.safeDate(date.getYear(), m, d);
      if (date != null && g.has("wd")) {
        date = matchingWeekday(date, DateRules.WEEKDAYS.getInt(g.get("wd")));
      }
    }
    if (date != null) {
      c.noteDay(date);
    }
    return date(TimexValues.day(date));
  }

  /**
   * "Monday, Jan. 7" names the year in which Jan. 7 is a Monday: of the guessed year and the
   * years either side, the one that fits (the guess when none or several do).
   */
  private static LocalDate matchingWeekday(LocalDate guess, int dow) {
    if (guess.getDayOfWeek().getValue() == dow) {
      return guess;
    }
    LocalDate fit = null;
    for (int dy : new int[] {-1, 1}) {
      LocalDate o = DateRules.safeDate(guess.getYear() + dy, guess.getMonthValue(),
          guess.getDayOfMonth());
      if (o != null && o.getDayOfMonth() == guess.getDayOfMonth()
          && o.getDayOfWeek().getValue() == dow) {
        if (fit != null) {
          return guess;
        }
        fit = o;
      }
    }
    return fit != null ? fit : guess;
  }

  /** A day number after the month: "last Oct. 23" is the month-day rule's. */
  private static final java.util.regex.Pattern DAY_NUMBER_AFTER =
      java.util.regex.Pattern.compile("\\s\\d.?");
  /** "in summer", "during winter": a bare season is a date after one of these. */
  private static final java.util.regex.Pattern TIME_PREPOSITION_BEFORE =
      java.util.regex.Pattern.compile(
          "(?s).*\\b(?:in|during|by|since|until|over|through|into|throughout|this|last"
              + "|next|early|late|before|after|for)\\s$");

  private static final java.util.regex.Pattern SEPT_11_ATTACKS =
      java.util.regex.Pattern.compile(
          "^,?\\s{1,3}(?:\\d{4}\\s)?(?:terror(?:ist)?\\s)?(?:attacks?|hijack|terror)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final java.util.regex.Pattern BY_BEFORE =
      java.util.regex.Pattern.compile("\\b(?:by|until|till)\\s$",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** "to run through", "to last into": an infinitive that looks ahead. */
  private static final java.util.regex.Pattern TO_VERB_BEFORE =
      java.util.regex.Pattern.compile("\\bto\\s[a-z]{2,12}\\s(?:[a-z]{2,12}\\s)?(?:through|thru"
          + "|into)\\s$", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern THROUGH_BEFORE =
      java.util.regex.Pattern.compile("\\b(?:through|thru|into)\\s$",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The year meant by "this year", "last year", "that year" (the anchor's). */
  static LocalDate yearRelative(DateContext c, String rel) {
    LocalDate ref = c.base();
    switch (rel) {
      case "last": return ref == null ? null : ref.minusYears(1);
      case "next": return ref == null ? null : ref.plusYears(1);
      case "that":
      case "the same": return c.anchorFor("Y");
      default: return ref;
    }
  }

  /**
   * "the week of March 6", "the first week of April", "the last week of June 2012": the ISO week
   * holding that day (the first, eighth, fifteenth, twenty-second or last of the month).
   */
  static final DateRule WEEK_OF_MONTH =
      new DateRule(
          "date-week-of-month",
          "the" + S + "(?:(?<wo>first|second|third|fourth|last|final)" + S + ")?week" + S + "of"
              + S + MONTH + "(?:" + S + DAYNUM + ")?(?:,?" + S + YEAR + ")?",
          (g, s, a, b) -> DateRules.monthOk(g, s, a, false) && DateRules.yearOk(g, s, a, b)
              && g.has("wo") != g.has("day"),
          (g, c) -> {
            int m = DateRules.monthNumber(g);
            int d;
            if (g.has("day")) {
              d = Integer.parseInt(g.get("day"));
            } else {
              switch (g.lower("wo")) {
                case "first": d = 1; break;
                case "second": d = 8; break;
                case "third": d = 15; break;
                case "fourth": d = 22; break;
                default: d = 31; break;
              }
            }
            LocalDate date;
            if (g.has("year")) {
              LocalDate first = DateRules.safeDate(Integer.parseInt(g.get("year")), m, 1);
              date = first == null ? null
                  : first.withDayOfMonth(Math.min(d, first.lengthOfMonth()));
            } else {
              LocalDate guess = DateRules.inferYear(c, m, Math.min(d, 28), "");
              date = guess == null ? null
                  : guess.withDayOfMonth(Math.min(d, guess.lengthOfMonth()));
            }
            return date(TimexValues.week(date));
          });

  /** "January 2013", "Dec. 2011", "June last year", "early March 1990". */
  static final DateRule MONTH_YEAR =
      new DateRule(
          "date-month-year",
          "(?:" + EDGE + "[ -]?)?" + MONTH + "(?:,?" + S + "(?:of" + S + ")?" + YEAR + "|" + S
              + YEAR_REL + ")",
          (g, s, a, b) -> DateRules.monthOk(g, s, a, false) && DateRules.yearOk(g, s, a, b),
          (g, c) -> {
            int m = DateRules.monthNumber(g);
            if (g.has("year")) {
              c.noteMonth(Integer.parseInt(g.get("year")), m);
              return date(String.format("%s-%02d", g.get("year"), m));
            }
            LocalDate y = yearRelative(c, g.lower("yrel"));
            if (y != null) {
              c.noteMonth(y.getYear(), m);
            }
            return date(y == null ? String.format("XXXX-%02d", m)
                : String.format("%04d-%02d", y.getYear(), m));
          });

  /**
   * "January", "last November", "early March", "late last July", "the end of May" (year from
   * tense).
   */
  static final DateRule BARE_MONTH =
      new DateRule(
          "date-month",
          "(?:(?:(?:(?<relEdge>early|late|mid)" + S + ")?(?<rel>last|this|next|this past"
              + "|this coming)|" + EDGE + ")[ -]?)?" + MONTH,
          (g, s, a, b) -> {
            String m = g.get("month");
            boolean abbrev = m.length() <= 4 && !m.equalsIgnoreCase("may")
                && !m.equalsIgnoreCase("june") && !m.equalsIgnoreCase("july");
            if (abbrev && !m.endsWith(".")) {
              return false;
            }
            boolean modified = g.has("rel") || g.has("edge");
            if (DAY_NUMBER_AFTER.matcher(s.substring(b, Math.min(s.length(), b + 3))).matches()) {
              return false; // "last Oct. 23": the month-day rule takes "Oct. 23"
            }
            return DateRules.monthOk(g, s, a, !modified);
          },
          (g, c) -> {
            int m = DateRules.monthNumber(g);
            String rel = g.lower("rel");
            if (rel.isEmpty() && BY_BEFORE.matcher(
                c.sentence.substring(Math.max(0, c.matchStart - 7), c.matchStart)).find()) {
              rel = "by"; // "by August", "until March": a deadline ahead
            } else if (rel.isEmpty() && THROUGH_BEFORE.matcher(
                c.sentence.substring(Math.max(0, c.matchStart - 30), c.matchStart)).find()
                && (c.tense(true) > 0 || TO_VERB_BEFORE.matcher(c.sentence.substring(
                    Math.max(0, c.matchStart - 30), c.matchStart)).find())) {
              rel = "by"; // "to run through June": the end of a stretch ahead, unless it ran
            }
            LocalDate d = DateRules.inferYear(c, m, 0, rel);
            if (d != null) {
              c.noteMonth(d.getYear(), m);
            }
            return date(d == null ? String.format("XXXX-%02d", m)
                : String.format("%04d-%02d", d.getYear(), m));
          });


  /** "this summer", "last fall", "the winter of 1994", "summer 1990", "early spring". */
  static final DateRule SEASON =
      new DateRule(
          "date-season",
          "(?:(?<rel>this|last|next|this past|this coming|the|early|late|mid|the early|the late)"
              + "[ -])?(?<season>spring|summer|fall|autumn|winter)(?:" + S + "(?:of" + S + ")?"
              + YEAR + ")?",
          (g, s, a, b) -> {
            if (!DateRules.yearOk(g, s, a, b)) {
              return false;
            }
            if (g.has("year") || !g.lower("rel").isEmpty() && !g.lower("rel").equals("the")) {
              return true;
            }
            String after = s.substring(b, Math.min(s.length(), b + 4));
            if (after.startsWith(" of")) {
              return false;
            }
            String before = s.substring(Math.max(0, a - 10), a).toLowerCase(Locale.ROOT);
            return TIME_PREPOSITION_BEFORE.matcher(before).matches();
          },
          (g, c) -> {
            String code = DateRules.SEASONS.get(g.get("season"));
            if (g.has("year")) {
              return date(g.get("year") + "-" + code);
            }
            LocalDate ref = c.base();
            if (ref == null) {
              return date("XXXX-" + code);
            }
            int start = code.equals("SP") ? 3 : code.equals("SU") ? 6 : code.equals("FA") ? 9 : 12;
            int y = ref.getYear();
            String rel = g.lower("rel");
            if (rel.equals("last") || rel.equals("this past")) {
              y = start < ref.getMonthValue() - 2 ? y : y - 1;
              if (code.equals("WI") && ref.getMonthValue() <= 3) {
                y = ref.getYear() - 1;
              }
            } else if (rel.equals("next") || rel.equals("this coming")) {
              y = start > ref.getMonthValue() ? y : y + 1;
            } else if (!rel.equals("this") && !c.future() && start > ref.getMonthValue() + 1) {
              y--;
            }
            return date(y + "-" + code);
          });

  /** "the 1990s", "the early 1980s", "the mid-1990s", "the '80s", "the nineties". */
  static final DateRule DECADE =
      new DateRule(
          "date-decade",
          "(?:the" + S + ")?(?:(?<edge>early|late|mid)[ -]?)?(?:(?<dec>1[6-9]\\d0|20\\d0)['’]?s"
              + "|['’](?<dec2>\\d0)s)"
              + "|the" + S + "(?:(?<edge2>early|late|mid)[ -]?)?(?<decw>twenties|thirties|forties"
              + "|fifties|sixties|seventies|eighties|nineties)",
          (g, s, a, b) -> true,
          (g, c) -> {
            // TimeML writes a decade as its first three digits: "the 1990s" is 199
            if (g.has("dec")) {
              return date(g.get("dec").substring(0, 3));
            }
            String tens;
            if (g.has("dec2")) {
              tens = g.get("dec2").substring(0, 1);
            } else {
              String w = g.lower("decw");
              String[] names = {"twenties", "thirties", "forties", "fifties", "sixties",
                  "seventies", "eighties", "nineties"};
              int idx = java.util.Arrays.asList(names).indexOf(w);
              tens = Integer.toString(idx + 2);
            }
            int century = 19;
            LocalDate ref = c.base();
            if (ref != null && ref.getYear() >= 2000
                && ref.getYear() % 100 >= Integer.parseInt(tens) * 10 + 10) {
              century = ref.getYear() / 100;
            }
            return date(century + tens);
          });

  /** "the 20th century", "the nineteenth century", "this century". */
  static final DateRule CENTURY =
      new DateRule(
          "date-century",
          // TimeML leaves the article out: "the [20th century]"
          "(?:(?<edge>early|late|mid)[ -]?)?(?:(?<ord>" + ORD + ")|(?<rel>this|last|next))"
              + "[ -]century",
          (g, s, a, b) -> true,
          (g, c) -> {
            if (g.has("ord")) {
              OptionalLong n = NumberWords.parseOrdinal(g.get("ord"));
              if (n.isEmpty() || n.getAsLong() < 1 || n.getAsLong() > 21) {
                return null;
              }
              return date(String.format("%02d", n.getAsLong() - 1));
            }
            LocalDate ref = c.base();
            if (ref == null) {
              return date("XX");
            }
            int cent = ref.getYear() / 100;
            String rel = g.lower("rel");
            cent += rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            return date(String.format("%02d", cent));
          });

  private static final String TEEN =
      "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
  private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  private static final String UNITW = "(?:one|two|three|four|five|six|seven|eight|nine)";

  /**
   * Years in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
   */
  static final DateRule YEAR_WORDS =
      new DateRule(
          "date-year-words",
          "(?:(?<theyear>the" + S + "year)" + S + ")?(?<c>nineteen|eighteen|twenty)[ -](?<r>"
              + TENS + "(?:[ -]" + UNITW + ")?|" + TEEN + "|hundred|oh[ -]" + UNITW + ")"
              + "|the" + S + "year" + S + "(?<tt>two thousand(?:(?:" + S + "and)?" + S + "(?:"
              + UNITW + "|" + TEEN + "))?)",
          (g, s, a, b) -> true,
          (g, c) -> {
            if (g.has("tt")) {
              OptionalLong v = NumberWords.parse(g.lower("tt"));
              return v.isPresent() ? date(Long.toString(v.getAsLong())) : null;
            }
            int cent =
                g.lower("c").equals("nineteen") ? 19 : g.lower("c").equals("eighteen") ? 18 : 20;
            String r = g.lower("r").replace("oh-", "").replace("oh ", "");
            long rest = r.equals("hundred") ? 0 : NumberWords.parse(r).orElse(-1);
            if (rest < 0 || rest > 99) {
              return null;
            }
            if (cent == 20 && rest >= 10 && !g.has("theyear")) {
              // "twenty-five" is more often a count than 2025
              return null;
            }
            return date(String.format("%02d%02d", cent, rest));
          });

  /**
   * The short second year of a span such as "the 2012-13 season" or "1998-99": a date of its
   * own, as TimeML marks ranges ("2009-2010" are two dates). At most ten years after the first.
   */
  static final DateRule YEAR_RANGE_END =
      new DateRule(
          "date-year-range-end",
          "(?<=\\b(?<first>(?:1[6-9]|20)\\d\\d)[-–])(?<yy>\\d\\d)(?!\\d|[-–.,]\\d)",
          (g, s, a, b) -> rangeEnd(g) > 0,
          (g, c) -> {
            int y = rangeEnd(g);
            c.noteYear(y);
            return date(Integer.toString(y));
          });

  /** The full year of "13" in "2012-13": one to ten years after the first, else 0. */
  private static int rangeEnd(DateRule.Groups g) {
    int first = Integer.parseInt(g.get("first"));
    int yy = Integer.parseInt(g.get("yy"));
    int y = first - first % 100 + yy;
    if (y <= first) {
      y += 100;
    }
    return y - first <= 10 ? y : 0;
  }

  /** A capitalised word right before it, inside a sentence. */
  private static final java.util.regex.Pattern NAME_BEFORE =
      java.util.regex.Pattern.compile("[a-z,;]\\s+(?<w>[A-Z][a-z]+)\\s$");

  /** Capitalised words before a year that do not make it part of a name ("In 2012"). */
  private static final java.util.Set<String> CALENDAR_NAME_WORDS = java.util.Set.of("in", "on",
      "since", "by", "of", "for", "from", "until", "till", "through", "before", "after",
      "during", "and", "to", "the", "fiscal", "year", "early", "late", "mid", "at", "around",
      "about", "than", "between", "circa", "class", "day", "season");

  /** The year follows a capitalised word inside its sentence that is no calendar word. */
  private static boolean namePart(String s, int a) {
    java.util.regex.Matcher m = NAME_BEFORE.matcher(s).region(Math.max(0, a - 24), a);
    if (!m.find()) {
      return false;
    }
    String w = m.group("w");
    return DateRules.MONTHS.get(w) == null && DateRules.SEASONS.get(w) == null
        && DateRules.HOLIDAYS.get(w) == null && DateRules.WEEKDAYS.get(w) == null
        && !CALENDAR_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** A four-digit year: "1990", "in 2013", "fiscal 1989", "mid-2014", "the end of 1990". */
  static final DateRule BARE_YEAR =
      new DateRule(
          "date-year",
          "(?:" + EDGE + "[ -]?)?(?:(?<fiscal>fiscal(?:" + S + "year)?|FY)" + S + "?)?"
              + "(?:the" + S + "year" + S + ")?" + DateRules.YEAR
              + "(?:" + S + "(?<beyond>and beyond|or later|or earlier))?",
          (g, s, a, b) -> {
            if (!DateRules.yearOk(g, s, a, b)) {
              return false;
            }
            int y = Integer.parseInt(g.get("year"));
            if (!g.has("fiscal") && !g.has("edge") && namePart(s, a)) {
              return false; // "Windows 2000", "a venture called Orion 1980": part of a name
            }
            // a bare number far from plausible news years is more often a count
            return y >= 1800 || g.has("fiscal") || g.has("edge");
          },
          (g, c) -> {
            c.noteYear(Integer.parseInt(g.get("year")));
            return date(g.get("year"));
          });
}
