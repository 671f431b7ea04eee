package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.COUNT;
import static org.newsextract.date.engine.DateRules.POD;
import static org.newsextract.date.engine.DateRules.S;
import static org.newsextract.date.engine.DateRules.UNIT;
import static org.newsextract.date.engine.DateRules.WD;
import static org.newsextract.date.engine.DateRules.date;
import static org.newsextract.date.engine.DateRules.time;
import static org.newsextract.date.engine.TimexValues.day;
import static org.newsextract.date.engine.TimexValues.month;
import static org.newsextract.date.engine.TimexValues.week;
import static org.newsextract.date.engine.TimexValues.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.newsextract.date.TimexType;

/**
 * Expressions resolved against the reference date or the anchor: "yesterday", "Friday", "last
 * week", "two days ago", "a year earlier", "the following day", "now", "recently".
 */
final class DateRelativeRules {
  private DateRelativeRules() {}

  static LocalDate relativeDay(LocalDate ref, String word) {
    if (ref == null) {
      return null;
    }
    switch (word) {
      case "yesterday": return ref.minusDays(1);
      case "tomorrow": return ref.plusDays(1);
      default: return ref;
    }
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  static String pod(String pod) {
    String joined = SPACES.matcher(pod.replace("-", "")).replaceAll("");
    return DateRules.PARTS_OF_DAY.get(joined) != null ? DateRules.PARTS_OF_DAY.get(joined)
        : DateRules.PARTS_OF_DAY.get(pod);
  }

  /**
   * "two days ago", "a year ago", "six weeks ago", "a year earlier", "three months later". With
   * "ago" the reference date is the base; with "earlier"/"later" the anchor. In an earnings
   * report "a year earlier" means the same quarter a year before. Below a year, "later" and
   * "earlier" with no date in this sentence or the one before, or before "than", leave the
   * measure, a duration ("Days later" and "eight years from now" are durations too).
   */
  static final DateRule AGO =
      new DateRule(
          "date-ago",
          "(?:(?<mod>about|nearly|almost|some|more than|less than|at least)" + S + ")?" + COUNT
              + "[ -]" + UNIT
              + "(?:" + S + "or so)?" + S + "(?<dir>ago|earlier|later|before(?=\\s?[,.;:)]|$)"
              + "|after(?=\\s?[,.;:)]|$)|hence|previously|back)",
          (g, s, a, b) -> !g.lower("n").equals("some") && !g.lower("n").equals("many"),
          (g, c) -> {
            long n = DateRules.count(g.get("n"));
            String code = DateRules.unitCode(g.get("unit"));
            if (code == null) {
              return null;
            }
            String dir = g.lower("dir");
            boolean anchored = !dir.equals("ago") && !dir.equals("hence") && !dir.equals("back");
            if (anchored && !code.equals("Y")
                && (!c.anchorNear(code) || DateRelativeRules.THAN_AFTER.matcher(c.sentence)
                    .region(c.matchEnd, c.sentence.length()).lookingAt())) {
              // TimeML: with no date before it to count from ("Three days later, ...") or in
              // a comparison ("a month earlier than usual") the measure is a length of time;
              // the direction word is a signal outside the expression
              int end = c.matchStart + g.matched.toLowerCase(Locale.ROOT).lastIndexOf(dir);
              while (end > c.matchStart && Character.isWhitespace(c.sentence.charAt(end - 1))) {
                end--;
              }
              return new DateRule.Timex(TimexType.DURATION,
                  DateRules.duration(n, code, g.has("half")), end, null);
            }
            int sign = dir.equals("later") || dir.equals("after") || dir.equals("from now")
                || dir.equals("hence") ? 1 : -1;
            if (n < 0) {
              return date(sign < 0 ? "PAST_REF" : "FUTURE_REF");
            }
            if (code.equals("Y") && n == 1 && c.quarterInContext()) {
              return date((c.quarterYear + sign) + "-Q" + c.quarter);
            }
            LocalDate base = anchored ? c.anchorFor(code) : c.base();
            return date(shiftedDay(c, base, n, code, sign));
          });

  private static final java.util.regex.Pattern THAN_AFTER =
      java.util.regex.Pattern.compile("\\s{1,3}than\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** "year-earlier", "year-ago" used as adjectives: the quarter or year before. */
  static final DateRule YEAR_AGO_ADJ =
      new DateRule(
          "date-year-ago-adjective",
          "(?<w>year-earlier|year-ago|year-before)",
          (g, s, a, b) -> true,
          (g, c) -> {
            if (c.quarterInContext()) {
              return date((c.quarterYear - 1) + "-Q" + c.quarter);
            }
            LocalDate ref = c.base();
            return date(ref == null ? "XXXX" : year(ref.minusYears(1)));
          });

  /** The word starting at {@code from} (letters and hyphens, at most 20), or "". */
  static String nextWord(String s, int from) {
    int i = from;
    if (i < s.length() && s.charAt(i) == 's') {
      i++;
    }
    while (i < s.length() && i - from < 3 && s.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < s.length() && i - start < 20
        && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return s.substring(start, i);
  }

  /** A capitalised name right before "Today": "VOA Today" (whole string). */
  private static final java.util.regex.Pattern NAME_BEFORE =
      java.util.regex.Pattern.compile("(?s).*\\p{Lu}[\\p{L}.]{0,10}\\p{L}\\s$");
  /** "during the night", "in the night": "the night" is a time only after one of these. */
  private static final java.util.regex.Pattern DURING_BEFORE =
      java.util.regex.Pattern.compile("(?s).*\\b(?:during|overnight|in|through)\\s$");
  /** "today", "yesterday", "late yesterday", "tomorrow morning", "tonight". */
  static final DateRule RELATIVE_DAY =
      new DateRule(
          "date-relative-day",
          "(?:(?<edge>early|late|later|earlier)" + S
              + ")?(?:(?<podb>morning|afternoon|mid-?\\s?afternoon|evening)" + S + ")?"
              + "(?<rd>today|yesterday|tomorrow|tonight)(?:" + S + POD + ")?"
              + "|the" + S + "day" + S + "(?<rd2>before yesterday|after tomorrow)",
          (g, s, a, b) -> {
            String rd = g.get("rd");
            if (rd == null) {
              return true;
            }
            // "today's youth", "in today's world": nowadays, not a day
            if (b < s.length() && (s.charAt(b) == '\'' || s.charAt(b) == '\u2019')
                && rd.equalsIgnoreCase("today") && GenericToday.beforeNoun(s, b)) {
              return false;
            }
            // "This is VOA Today": a programme name (but "on Monday. Yesterday, ..." is not)
            return !Character.isUpperCase(rd.charAt(0)) || g.has("edge")
                || !NAME_BEFORE.matcher(s.substring(Math.max(0, a - 12), a)).matches();
          },
          (g, c) -> {
            LocalDate ref = c.base();
            if (g.has("rd2")) {
              LocalDate d = ref == null ? null
                  : g.lower("rd2").startsWith("before") ? ref.minusDays(2) : ref.plusDays(2);
              return date(day(d));
            }
            if (g.lower("rd").equals("today") && !g.has("edge") && !g.has("pod") && !g.has("podb")
                && GenericToday.nowadays(c)) {
              return date("PRESENT_REF");
            }
            LocalDate d = relativeDay(ref, g.lower("rd"));
            String p =
                g.has("pod") ? pod(g.lower("pod")) : g.has("podb") ? pod(g.lower("podb")) : null;
            if (p != null) {
              return time(day(d) + "T" + p);
            }
            return date(day(d));
          });

  /** "this morning", "last night", "that evening", "the morning", "the next morning". */
  static final DateRule PART_OF_DAY =
      new DateRule(
          "time-part-of-day",
          "(?:(?<edge>early|late|later|earlier)" + S + ")?(?<rel>this|last|that|the" + S
              + "(?:next|following|previous|preceding)|the|same)" + S
              + POD + "(?!" + S + "of\\b)"
              // "by mid-afternoon", "at midmorning": the part of the day needs no determiner
              + "|(?<mid>mid-?\\s?(?:afternoon|morning))(?![\\w-]|" + S + "of\\b)",
          (g, s, a, b) -> g.has("mid")
              || !(g.lower("rel").equals("the") && g.lower("pod").equals("night")
              && !DURING_BEFORE.matcher(
                  s.substring(Math.max(0, a - 12), a).toLowerCase(Locale.ROOT)).matches()),
          (g, c) -> {
            String rel = g.lower("rel");
            String p = pod(g.has("mid") ? g.lower("mid") : g.lower("pod"));
            if (g.has("mid")) {
              // the day is settled once the paragraph is read, as for clock times
              return time(DateTimeRules.DAY_PLACEHOLDER + day(c.anchorOrBase()) + "@T" + p);
            }
            LocalDate d;
            if (rel.equals("this")) {
              d = c.base();
            } else if (rel.startsWith("the") && rel.length() > 3) {
              // "the next morning": the day after the one the story is on, which becomes the
              // anchor for "that evening"
              LocalDate a = c.anchorOrBase();
              if (a == null) {
                return time("XXXX-XX-XXT" + p);
              }
              boolean back = rel.endsWith("previous") || rel.endsWith("preceding");
              d = a.plusDays(back ? -1 : 1);
              c.noteDay(d);
            } else if (rel.equals("last")) {
              if (!p.equals("NI") && !p.equals("EV")) {
                return null;
              }
              d = c.base() == null ? null : c.base().minusDays(1);
            } else {
              d = c.anchorOrBase();
            }
            return time(day(d) + "T" + p);
          });

  /**
   * Weekdays: "Friday", "last Friday", "next Tuesday", "Wednesday night", "Tuesday nights"
   * (a set). A bare weekday is the most recent one on or before the reference date, or the next
   * one when the sentence speaks of the future.
   */
  /** Nouns that, after "Wednesday's", name a finished event: "Wednesday's ruling". */
  private static final Lexicon PAST_EVENT_NOUNS = Lexicon.load("past-event-nouns.txt");

  /** The current match is a possessive followed by a finished event: "Friday's bombing". */
  private static boolean namesPastEvent(DateContext c) {
    String s = c.sentence;
    int e = c.matchEnd;
    if (e + 2 >= s.length() || (s.charAt(e) != '\'' && s.charAt(e) != '\u2019')
        || s.charAt(e + 1) != 's') {
      return false;
    }
    return PAST_EVENT_NOUNS.get(nextWord(s, e + 1)) != null;
  }

  static final DateRule WEEKDAY =
      new DateRule(
          "date-weekday",
          "(?:(?<rel>last|next|this|this past|this coming|coming|the previous|the following"
              + "|the next|the preceding)" + S + ")?" + WD + "(?<pl>s)?"
              + "(?:" + S + "(?<pod>morning|afternoon|evening|night)(?<pl2>s)?)?",
          (g, s, a, b) -> DateRules.capitalised(g.get("wd")),
          (g, c) -> {
            int dow = DateRules.WEEKDAYS.getInt(g.get("wd"));
            String p = g.has("pod") ? pod(g.lower("pod")) : null;
            if (g.has("pl") || g.has("pl2")) {
              return DateRules.set("XXXX-WXX-" + dow + (p == null ? "" : "T" + p));
            }
            String rel = g.lower("rel");
            if (rel.equals("early") || rel.equals("late") || rel.equals("earlier")
                || rel.equals("later") || rel.equals("on")) {
              rel = "";
            }
            LocalDate d = rel.isEmpty() && c.base() != null && namesPastEvent(c)
                ? c.base().with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)))
                : DateRules.weekday(c, dow, rel);
            if (d != null) {
              c.noteDay(d);
            } else {
              c.noteDayNamed();
            }
            String v = d == null ? "XXXX-WXX-" + dow : d.toString();
            return p == null ? date(v) : time(v + "T" + p);
          });

  /**
   * "this week", "last month", "next year", "earlier this month", "the following week", "that
   * year", "the weekend", "the past year".
   */
  static final DateRule RELATIVE_UNIT =
      new DateRule(
          "date-relative-unit",
          "(?:(?<edge>earlier|later|early|late|the end of|the beginning of|the start of"
              + "|the middle of|the rest of|the remainder of|the close of|the turn of)"
              + "(?:" + S + "(?:in|of))?" + S + ")?"
              + "(?<rel>this|last|next|the past|the previous|the coming|the following|the current"
              + "|the same|that|the latest|this past|this coming|the|the next|the last|the prior"
              + "|a)" + S + "(?<u>week|weekend|month|year|decade|century|day|fiscal year)"
              + "(?:" + S + "or so)?",
          (g, s, a, b) -> {
            String rel = g.lower("rel");
            String u = g.lower("u");
            if (rel.equals("a") || DateRules.titleCaseInside(g.get("u"))) {
              return false;
            }
            if (rel.equals("the")) {
              // "the weekend", "earlier in the day/year/week"
              return u.equals("weekend") || g.has("edge") && !u.equals("decade");
            }
            if (u.equals("day")) {
              return rel.equals("the next") || rel.equals("the following")
                  || rel.equals("the previous") || rel.equals("that") || rel.equals("the same")
                  || rel.equals("the prior");
            }
            return true;
          },
          (g, c) -> {
            String rel = g.lower("rel");
            String u = g.lower("u");
            boolean hasEdge = g.has("edge");
            LocalDate ref = c.base();
            if (u.equals("fiscal year")) {
              u = "year";
            }
            LocalDate anchor = c.anchorFor(code(u));
            if (u.equals("decade") && (rel.equals("the following") || rel.equals("the next")
                || rel.equals("the previous") || rel.equals("the prior") || rel.equals("that"))
                && c.mentionedAnchor("DE") != null) {
              // "in 1990 ... the following decade": the decade after the one of the year named
              int k = rel.equals("that") ? 0 : rel.endsWith("previous") || rel.endsWith("prior")
                  ? -1 : 1;
              return date(Integer.toString(anchor.getYear() / 10 + k));
            }
            switch (rel) {
              case "the past":
              case "the last":
              case "the previous":
              case "the prior":
                if (rel.equals("the previous") || rel.equals("the prior")) {
                  return date(shiftedDay(c, anchor, 1, code(u), -1));
                }
                if (hasEdge || u.equals("week") || u.equals("month") || u.equals("year")) {
                  // news annotation reads "the past year" as last year, a date
                  return date(DateRules.shifted(ref, 1, code(u), -1));
                }
                return DateRules.dur(DateRules.duration(1, code(u), false));
              case "the next":
              case "the coming":
              case "the following":
                if (rel.equals("the following") || rel.equals("the next") && (u.equals("day")
                    || !DateRelativeRules.SPAN_PREPOSITION_BEFORE.matcher(c.sentence.substring(
                        Math.max(0, c.matchStart - 12), c.matchStart)).find())) {
                  // "The next year, elections were held": a date after the anchor; "over the
                  // next year" is a stretch of time
                  return date(shiftedDay(c, anchor, 1, code(u), 1));
                }
                return DateRules.dur(DateRules.duration(1, code(u), false));
              case "that":
              case "the same":
                if (u.equals("day") && c.anchor == null) {
                  // "trades made that day" with no day named before: a hypothetical day
                  return null;
                }
                return date(DateRules.shifted(anchor, 0, code(u), 1));
              case "last":
              case "this past":
                if (u.equals("year") && !hasEdge && c.quarterInContext()
                    && DateRelativeRules.COMPARISON_BEFORE.matcher(c.sentence.substring(
                        Math.max(0, c.matchStart - 50), c.matchStart)).find()) {
                  // "compared with $3 million last year" in a quarterly report: that quarter
                  return date((c.quarterYear - 1) + "-Q" + c.quarter);
                }
                return date(unitValue(ref, u, -1, c));
              case "next":
              case "this coming":
                return date(unitValue(ref, u, 1, c));
              default:
                return date(unitValue(ref, u, 0, c));
            }
          });

  private static final java.util.regex.Pattern SPAN_PREPOSITION_BEFORE =
      java.util.regex.Pattern.compile(
          "\\b(?:over|during|within|for|in|through|throughout|into|across)\\s+$",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final java.util.regex.Pattern COMPARISON_BEFORE =
      java.util.regex.Pattern.compile(
          "\\b(?:compared with|compared to|from|versus|against)\\b[^.;]{0,40}$",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * {@link DateRules#shifted}, and a day so reached becomes the anchor: "He was released the
   * next day and flew home that evening".
   */
  private static String shiftedDay(DateContext c, LocalDate base, long n, String code, int sign) {
    if (base != null && "D".equals(code)) {
      c.noteDay(base.plusDays(n * sign));
    }
    return DateRules.shifted(base, n, code, sign);
  }

  private static String code(String u) {
    return DateRules.unitCode(u);
  }

  private static String unitValue(LocalDate ref, String u, int k, DateContext c) {
    switch (u) {
      case "week": return ref == null ? "XXXX-WXX" : week(ref.plusWeeks(k));
      case "weekend": {
        if (ref == null) {
          return "XXXX-WXX-WE";
        }
        LocalDate sat = c.future() || k > 0
            ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
            : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (k > 0 && !c.future()) {
          sat = ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        return week(sat) + "-WE";
      }
      case "month": return ref == null ? "XXXX-XX" : month(ref.plusMonths(k));
      case "year": return ref == null ? "XXXX" : year(ref.plusYears(k));
      case "decade":
        return ref == null ? "XXX" : Integer.toString(ref.plusYears(10L * k).getYear() / 10) + "X";
      case "century":
        return ref == null ? "XX" : String.format("%02d", ref.getYear() / 100 + k);
      default: return day(ref == null ? null : ref.plusDays(k));
    }
  }

  /**
   * "over the years", "in the years that followed": an unspecified number of years ("the years
   * of war", "the years 1990 to 1995" name other things).
   */
  static final DateRule OVER_THE_YEARS =
      new DateRule(
          "duration-over-the-years",
          "(?<=\\b(?:in|during|over|through)\\s)the" + S + "years"
              + "(?!" + S + "(?:of|between|from|in|when|\\d)\\b)",
          (g, s, a, b) -> true,
          (g, c) -> DateRules.dur("PXY"));

  /** "the day before", "the next day", "the day after": the anchor date shifted by one. */
  static final DateRule ANCHORED_DAY =
      new DateRule(
          "date-anchored-day",
          "the" + S + "(?<u>day|week|month|year)" + S + "(?<dir>before|after|earlier|later)"
              + "(?=\\s?[,.;:)]|$)",
          (g, s, a, b) -> true,
          (g, c) -> {
            int sign = g.lower("dir").equals("before") || g.lower("dir").equals("earlier") ? -1 : 1;
            return date(shiftedDay(c, c.anchorOrBase(), 1, code(g.lower("u")), sign));
          });

  /** Only spaces, opening quotes or brackets lie between {@code a} and the sentence start. */
  static boolean sentenceInitial(String s, int a) {
    int i = a - 1;
    while (i >= 0
        && (Character.isWhitespace(s.charAt(i)) || "\"'`“‘(".indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;\"”".indexOf(s.charAt(i)) >= 0;
  }

  /** "April 24 and 25": the second day of a month-day list. */
  static final DateRule DAY_CONTINUATION =
      new DateRule(
          "date-day-continuation",
          "(?<m2>" + DateRules.MONTH_NAMES + ")" + S + "\\d{1,2}(?:st|nd|rd|th)?\\s{0,2}"
              + "(?:and|or|to|through|-|–)\\s{0,2}(?<d2span>(?<d2>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
              + "(?![\\d,]\\d|\\s(?:percent|%|people|of\\b))",
          "d2span",
          (g, s, a, b) -> Character.isUpperCase(g.get("m2").charAt(0)),
          (g, c) -> {
            int m = DateRules.MONTHS.getInt(g.get("m2"));
            m = m > 0 ? m : DateRules.MONTHS.getInt(g.get("m2") + ".");
            int d = Integer.parseInt(g.get("d2"));
            LocalDate a = c.anchor;
            if (a != null && a.getMonthValue() == m && DateRules.safeDate(a.getYear(), m, d) != null
                && DateRules.safeDate(a.getYear(), m, d).getDayOfMonth() == d) {
              return date(LocalDate.of(a.getYear(), m, d).toString());
            }
            return date(String.format("XXXX-%02d-%02d", m, d));
          });
}
