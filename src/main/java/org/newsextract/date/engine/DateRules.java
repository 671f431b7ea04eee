package org.newsextract.date.engine;

import static org.newsextract.date.engine.TimexValues.day;
import static org.newsextract.date.engine.TimexValues.month;
import static org.newsextract.date.engine.TimexValues.week;
import static org.newsextract.date.engine.TimexValues.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsextract.date.TimexType;
import org.newsextract.date.engine.DateRule.Groups;
import org.newsextract.date.engine.DateRule.Timex;
import org.newsextract.number.NumberWords;

/**
 * The built-in rules, in priority order (at equal span length an earlier rule wins). Regex
 * fragments are built from the lexicons of this package; every repetition is bounded.
 */
final class DateRules {
  private DateRules() {}

  static final Lexicon MONTHS = Lexicon.load("months.txt");
  static final Lexicon WEEKDAYS = Lexicon.load("weekdays.txt");
  static final Lexicon UNITS = Lexicon.load("units.txt");
  static final Lexicon SEASONS = Lexicon.load("seasons.txt");
  static final Lexicon PARTS_OF_DAY = Lexicon.load("parts-of-day.txt");
  static final Lexicon REFERENCES = Lexicon.load("references.txt");
  static final Lexicon HOLIDAYS = Lexicon.load("holidays.txt");
  static final Lexicon SET_ADVERBS = Lexicon.load("set-adverbs.txt");
  static final Lexicon COUNT_NOUNS = Lexicon.load("count-nouns.txt");

  // ---------------------------------------------------------------- fragments

  static final String S = "[ \\t\\u00a0]{1,3}"; // spaces inside one expression
  static final String MONTH_NAMES = monthAlternation();
  static final String MONTH = "(?<month>" + MONTH_NAMES + ")";
  static final String WD = "(?<wd>" + WEEKDAYS.alternation() + ")";
  static final String DAYNUM = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)";
  static final String YEAR = "(?<year>1[6-9]\\d\\d|20\\d\\d)(?![\\d,]\\d)";
  static final String ORD =
      "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
          + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
          + "|twentieth|twenty-first|\\d{1,2}(?:st|nd|rd|th))";
  static final String VAGUE =
      "a few|a couple of|a couple|couple of|several|a|an|few|some|many|dozens of";
  static final String COUNT =
      "(?<n>" + NumberWords.CARDINAL + "(?:" + S + "(?<half>1/2|½|and a half))?|" + VAGUE + ")";
  static final String UNIT =
      "(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?"
          + "|century|centuries)";
  static final String POD = "(?<pod>morning|afternoon|mid-?\\s?afternoon|evening|night)";
  static final String EDGE =
      "(?<edge>early|late|mid-|mid|the middle of|the beginning of|the end of|the start of"
          + "|the first half of|the second half of|the rest of|the remainder of|around|sometime"
          + "|the close of)";

  private static final Set<String> NEEDS_CONTEXT = Set.of("may", "march", "jan", "mar", "jun",
      "jul", "sep", "sept", "oct", "nov", "dec", "aug", "apr", "feb");
  private static final Pattern MONTH_CONTEXT_BEFORE =
      Pattern.compile(
          "(?:\\b(?:in|since|until|till|by|of|from|through|during|before|after|to|and|or|between"
              + "|last|next|this|early|late|mid|end|beginning|middle|start|around|for|on|each"
              + "|every|throughout|that)|[,(])\\s{1,3}$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ZONE_AFTER =
      Pattern.compile("^\\s(?:GMT|UTC|hrs)\\b");
  private static final Pattern PERCENT_AFTER =
      Pattern.compile("^(?:\\s?%|\\s(?:percent|per cent|per|to\\s\\d|-\\s?\\d))",
          Pattern.CASE_INSENSITIVE);
  // Whole-string matches of the context around a month or a year (String.matches compiled
  // its regex at every call; these are checked for each candidate date).
  private static final Pattern THE_BEFORE = Pattern.compile("(?s).*\\bthe\\s$");
  private static final Pattern WORD_AFTER_MONTH = Pattern.compile("(?s)\\s[a-z]{3,}.*");
  private static final Pattern FUNCTION_WORD_AFTER_MONTH = Pattern.compile(
      "(?s)\\s(?:on|to|of|through|from|against|for|and|in|at|was|is|will|had|has)\\b.*");
  private static final Pattern YEAR_HYPHEN = Pattern.compile("(?:^|\\D)(?:1[6-9]|20)\\d\\d-");
  private static final Pattern NUMBER_WORD_BEFORE = Pattern.compile(
      "(?s).*\\b(?:no\\.|number|flight|route|room|page|rs\\.|us\\$|c\\$"
          + "|about|some|nearly|almost|than|only|over|of|and|to)\\s?$");
  private static final Pattern OF_AND_TO_BEFORE = Pattern.compile("(?s).*\\b(?:of|and|to)\\s$");
  private static final Pattern COUNT_AND_TO_BEFORE =
      Pattern.compile("(?s).*\\d[\\d,]{2,8}\\s(?:and|to)\\s$");
  private static final Pattern YEAR_AND_TO_BEFORE =
      Pattern.compile("(?s).*(?:^|[^\\d,.$])(?:1[6-9]|20)\\d\\d\\s(?:and|to)\\s$");
  private static final Pattern YEAR_RANGE_AFTER =
      Pattern.compile("(?s)^\\s?(?:to|-)\\s?(?:1[6-9]|20)\\d\\d(?!\\d).*");
  private static final Pattern VAGUE_COUNT = Pattern.compile(VAGUE);
  private static final Pattern HALF_AT_END = Pattern.compile("\\s?(?:1/2|½|and a half)$");

  /** Month names longest first; abbreviations (keys ending in ".") take an optional period. */
  private static String monthAlternation() {
    List<String> keys = new java.util.ArrayList<>(MONTHS.entries().keySet());
    keys.sort((a, b) -> b.length() - a.length());
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(k.endsWith(".")
          ? Pattern.quote(k.substring(0, k.length() - 1)) + "\\.?" : Pattern.quote(k));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- checks

  /** Month names must be capitalised; ambiguous ones ("May", "March", "Jan") need context. */
  static boolean monthOk(Groups g, String sentence, int start, boolean needContext) {
    String m = g.get("month");
    if (m == null) {
      return true;
    }
    if (!Character.isUpperCase(m.charAt(0))) {
      return false;
    }
    if (m.length() > 4 && m.equals(m.toUpperCase(Locale.ROOT))) {
      return true; // headline capitals
    }
    String key = m.toLowerCase(Locale.ROOT).replace(".", "");
    if (needContext && NEEDS_CONTEXT.contains(key)) {
      if (key.length() <= 4 && !key.equals("may") && !key.equals("june") && !key.equals("july")
          && !m.endsWith(".")) {
        return false;
      }
      int ms = start + g.matched.indexOf(m);
      String before = sentence.substring(Math.max(0, ms - 16), ms);
      if (THE_BEFORE.matcher(before.toLowerCase(Locale.ROOT)).matches()) {
        // "the March accession" is a date, "the March on the capital" a procession
        int me = ms + m.length();
        String after = sentence.substring(me, Math.min(sentence.length(), me + 16));
        return WORD_AFTER_MONTH.matcher(after).matches()
            && !FUNCTION_WORD_AFTER_MONTH.matcher(after).matches();
      }
      return MONTH_CONTEXT_BEFORE.matcher(before).find();
    }
    return true;
  }

  /** A unit word in title case inside a sentence names something ("60 Minutes", "This Week"). */
  static boolean titleCaseInside(String unit) {
    if (unit == null || unit.isEmpty() || !Character.isUpperCase(unit.charAt(0))) {
      return false;
    }
    if (unit.equals(unit.toUpperCase(Locale.ROOT))) {
      return false; // headline capitals
    }
    return true;
  }

  static boolean capitalised(String word) {
    return word != null && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** A four-digit number that reads as a year: not money, not a count, not a percentage. */
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s([a-zA-Z]{2,15})");

  static boolean yearOk(Groups g, String sentence, int start, int end) {
    String y = g.get("year");
    if (y == null) {
      return true;
    }
    int ys = start + g.matched.indexOf(y);
    int ye = ys + 4;
    if (ys > 0) {
      char p = sentence.charAt(ys - 1);
      // "$2012", "No. 1990", "1,990"; a hyphen after a number only in a year range
      if (p == '$' || p == '#' || p == '£' || p == '€' || p == '.' || p == ',' || p == '-'
          && ys > 1 && Character.isDigit(sentence.charAt(ys - 2))
          && !YEAR_HYPHEN.matcher(sentence.substring(Math.max(0, ys - 6), ys)).matches()) {
        return false;
      }
      String before = sentence.substring(Math.max(0, ys - 12), ys).toLowerCase(Locale.ROOT);
      if (NUMBER_WORD_BEFORE.matcher(before).matches()
          && !OF_AND_TO_BEFORE.matcher(before).matches()) {
        return false;
      }
      if (OF_AND_TO_BEFORE.matcher(before).matches()) {
        // "of 1990" is a year; "2,000 to 2500" is not
        String far = sentence.substring(Math.max(0, ys - 30), ys);
        if (COUNT_AND_TO_BEFORE.matcher(far).matches()
            && !YEAR_AND_TO_BEFORE.matcher(far).matches()) {
          return false; // "2,000 to 2500" is a count range; "1994 and 1997" are years
        }
      }
    }
    String after = sentence.substring(ye, Math.min(sentence.length(), ye + 20));
    if (ZONE_AFTER.matcher(after).find()) {
      return false; // "(1800 GMT)": a clock time
    }
    if (PERCENT_AFTER.matcher(after).find()
        && !YEAR_RANGE_AFTER.matcher(after).matches()) {
      return false;
    }
    // "to close at 2082.1": a decimal number, not a year
    if (after.length() > 1 && after.charAt(0) == '.' && Character.isDigit(after.charAt(1))) {
      return false;
    }
    java.util.regex.Matcher w = WORD_AFTER.matcher(after);
    if (w.find() && COUNT_NOUNS.get(w.group(1)) != null) {
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- helpers

  static int monthNumber(Groups g) {
    String m = g.lower("month");
    int n = MONTHS.getInt(m);
    return n > 0 ? n : MONTHS.getInt(m.endsWith(".") ? m : m + ".");
  }

  /** Resolves a month (and optional day) without a year against the reference date. */
  static LocalDate inferYear(DateContext c, int month, int dayOfMonth, String rel) {
    LocalDate ref = c.base();
    if (ref == null) {
      return null;
    }
    int y = ref.getYear();
    LocalDate cand = safeDate(y, month, dayOfMonth);
    if (cand == null) {
      return null;
    }
    switch (rel) {
      case "last":
      case "this past":
        if (dayOfMonth > 0) {
          return cand.isBefore(ref) ? cand : cand.minusYears(1);
        }
        // "last February" said in March is a year back: last month would be "last month"
        return cand.isBefore(ref.withDayOfMonth(1).minusMonths(1)) ? cand : cand.minusYears(1);
      case "next":
      case "this coming":
        return cand.isAfter(ref) ? cand : cand.plusYears(1);
      case "this":
        return cand;
      case "by":
        return cand.withDayOfMonth(cand.lengthOfMonth()).isBefore(ref) ? cand.plusYears(1) : cand;
      default:
        break;
    }
    // The nearest occurrence, distances weighted by the tense of the clause: news mostly
    // reports the past, so with no marker a day ahead counts double.
    int tense = c.tense(true);
    long pastWeight = tense > 0 ? 4 : 1;
    long futureWeight = tense > 0 ? 1 : tense < 0 ? 4 : 2;
    LocalDate best = null;
    long bestCost = Long.MAX_VALUE;
    for (LocalDate o : new LocalDate[] {cand.minusYears(1), cand, cand.plusYears(1)}) {
      LocalDate last = dayOfMonth > 0 ? o : o.withDayOfMonth(o.lengthOfMonth());
      if (tense > 0 && last.isBefore(ref.minusDays(30))) {
        // "will rule on Dec. 12" said in February, "will be sentenced in January" said in
        // March: a day or month the clause looks ahead to is not a month or more behind the
        // reference (a few days back may be a misread tense)
        continue;
      }
      if (tense < 0 && dayOfMonth == 0
          && o.withDayOfMonth(1).isAfter(ref.plusDays(30))) {
        // "was passed in January" said in November: the January behind (a day keeps the
        // weights: "said it is calling for redemption on Dec. 7" reads past and is not)
        continue;
      }
      long d = (dayOfMonth > 0 ? o : o.withDayOfMonth(15)).toEpochDay() - ref.toEpochDay();
      long cost = d > 0 ? futureWeight * d : -d * pastWeight;
      if (cost < bestCost) {
        bestCost = cost;
        best = o;
      }
    }
    return best;
  }

  static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, Math.max(d, 1));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Count of a duration phrase; -1 for vague counts ("several", "a few"). */
  static long count(String n) {
    String s = n.toLowerCase(Locale.ROOT).trim();
    if (s.equals("a") || s.equals("an")) {
      return 1;
    }
    if (s.startsWith("a couple") || s.startsWith("couple")) {
      return 2;
    }
    if (VAGUE_COUNT.matcher(s).matches()) {
      return -1;
    }
    s = HALF_AT_END.matcher(s).replaceAll("");
    OptionalLong v = NumberWords.parse(s);
    return v.isPresent() ? v.getAsLong() : -1;
  }

  static String unitCode(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.equals("centuries")) {
      u = "century";
    } else if (u.endsWith("s") && !u.equals("s")) {
      u = u.substring(0, u.length() - 1);
    }
    return UNITS.get(u);
  }

  static boolean plural(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.endsWith("s");
  }

  /** A TIMEX3 duration value for {@code n} units (n = -1: unknown number). */
  static String duration(long n, String code, boolean half) {
    String num = n < 0 ? "X" : Long.toString(n);
    switch (code) {
      case "TS": return "PT" + num + "S";
      case "TM": return "PT" + num + "M";
      case "TH":
        return half && n >= 0 ? "PT" + n + "H30M" : "PT" + num + "H";
      case "D2": return n < 0 ? "PXD" : "P" + (2 * n) + "D";
      case "Q": return "P" + num + "Q"; // TimeML quarter unit: "P2Q"
      case "DE": return n < 0 ? "PXDE" : "P" + (10 * n) + "Y";
      case "CE": return n < 0 ? "PXC" : "P" + (100 * n) + "Y";
      case "Y":
        return half && n >= 0 ? "P" + n + "Y6M" : "P" + num + "Y";
      case "D":
        return half && n >= 0 ? "P" + n + "DT12H" : "P" + num + "D";
      default: return "P" + num + code;
    }
  }

  /**
   * The date {@code n} units before ({@code sign} -1) or after {@code base}, at the unit's grain.
   */
  static String shifted(LocalDate base, long n, String code, int sign) {
    if (base == null) {
      switch (code) {
        case "W": return "XXXX-WXX";
        case "M": return "XXXX-XX";
        case "Y": case "DE": case "CE": return "XXXX";
        case "Q": return "XXXX-QX";
        default: return "XXXX-XX-XX";
      }
    }
    long k = n * sign;
    switch (code) {
      case "D": return day(base.plusDays(k));
      case "D2": return week(base.plusWeeks(k));
      case "W": return week(base.plusWeeks(k));
      case "M": return month(base.plusMonths(k));
      case "Q": return TimexValues.quarter(base.plusMonths(3 * k));
      case "Y": return year(base.plusYears(k));
      case "DE": return year(base.plusYears(10 * k));
      case "CE": return year(base.plusYears(100 * k));
      default: return day(base); // hours, minutes: the day it happened
    }
  }

  static LocalDate weekday(DateContext c, int dow, String rel) {
    LocalDate ref = c.base();
    switch (rel) {
      case "last":
      case "this past":
        return ref == null
            ? null : ref.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
      case "next":
      case "this coming":
      case "coming":
        return ref == null
            ? null : ref.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)));
      case "the previous":
      case "the preceding": {
        LocalDate a = c.anchorOrBase();
        return a == null
            ? null : a.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
      }
      case "the following":
      case "the next": {
        LocalDate a = c.anchorOrBase();
        return a == null
            ? null : a.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)));
      }
      default:
        if (ref == null) {
          return null;
        }
        return c.future()
            ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)))
            : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
    }
  }

  static Timex date(String v) {
    return new Timex(TimexType.DATE, v);
  }

  static Timex time(String v) {
    return new Timex(TimexType.TIME, v);
  }

  static Timex dur(String v) {
    return new Timex(TimexType.DURATION, v);
  }

  static Timex set(String v) {
    return new Timex(TimexType.SET, v);
  }
}
