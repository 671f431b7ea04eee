package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.S;
import static org.newsextract.date.engine.DateRules.YEAR;
import static org.newsextract.date.engine.DateRules.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.analysis.RegexChars;

/**
 * Holidays: fixed ("Christmas"), computed ("Thanksgiving", "Easter") and local ones, whose date
 * depends on the country the article names ("India celebrated Independence Day": Aug. 15); with
 * no country named, or one whose date is not known, a local holiday stays underspecified.
 */
final class DateHolidayRules {
  private DateHolidayRules() {}

  /** Holidays with a fixed or computed date: "Christmas", "Thanksgiving Day", "Election Day". */
  static final DateRule HOLIDAY =
      new DateRule(
          "date-holiday",
          "(?:(?<rel>last|this|next)" + S + ")?(?<hol>" + DateRules.HOLIDAYS.alternation()
              + "|thanksgiving(?:" + S + "day)?|election" + S + "day|easter(?:" + S + "sunday)?"
              + "|labou?r" + S + "day|memorial" + S + "day|independence" + S + "day)(?:,?" + S
              + YEAR + ")?",
          (g, s, a, b) -> DateRules.capitalised(g.get("hol")),
          (g, c) -> {
            LocalDate ref = c.base();
            String name = key(g.lower("hol"));
            String country = DateHolidayRules.LOCAL.contains(name) ? country(c) : "";
            if (DateHolidayRules.LOCAL.contains(name) && holiday(name, country, 2000) == null) {
              // a country's holiday with no country named, or one whose date is not listed
              return date(g.has("year") ? g.get("year") + "-XX-XX" : "XXXX-XX-XX");
            }
            int y;
            if (g.has("year")) {
              y = Integer.parseInt(g.get("year"));
            } else if (ref == null) {
              String fixed = DateRules.HOLIDAYS.get(g.get("hol"));
              if (fixed == null && !country.isEmpty()) {
                fixed = DateHolidayRules.BY_COUNTRY.get(name + "|" + country);
              }
              return date(fixed == null ? "XXXX-XX-XX" : "XXXX-" + fixed);
            } else {
              y = ref.getYear();
              String rel = g.lower("rel");
              LocalDate thisYear = holiday(name, country, y);
              if (thisYear == null) {
                return null;
              }
              if (rel.equals("last")) {
                y = thisYear.isBefore(ref) ? y : y - 1;
              } else if (rel.equals("next")) {
                y = thisYear.isAfter(ref) ? y : y + 1;
              } else if (rel.isEmpty()) {
                // like a weekday: the last one, or the next one in a future clause
                if (c.future()) {
                  y = thisYear.isBefore(ref) ? y + 1 : y;
                } else {
                  y = thisYear.isAfter(ref) ? y - 1 : y;
                }
              }
            }
            LocalDate d = holiday(name, country, y);
            if (d == null) {
              return null;
            }
            c.noteDay(d);
            return date(d.toString());
          });

  /** Holidays whose date depends on the country. */
  static final Set<String> LOCAL = Set.of("independence day", "labor day", "thanksgiving");
  /** Country names and adjectives: ISO code. */
  private static final Lexicon COUNTRIES = Lexicon.load("countries.txt");
  /** "holiday|country": MM-DD. */
  private static final Lexicon BY_COUNTRY = Lexicon.load("holidays-by-country.txt");
  private static final Pattern COUNTRY = Pattern.compile("(?<![\\w.])(?:"
      + COUNTRIES.alternation() + ")(?![\\w])", Pattern.CASE_INSENSITIVE);
  /**
   * The first run of letters of each country name: {@link #country} tries its regex only at
   * the words that begin one, rather than at every char of 3,000.
   */
  private static final Set<String> COUNTRY_FIRST_WORDS = firstWords(COUNTRIES);
  /** How far back the country of a holiday is looked for. */
  private static final int COUNTRY_REACH = 3000;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String key(String hol) {
    String n = SPACES.matcher(hol).replaceAll(" ").replace("labour", "labor");
    return n.startsWith("thanksgiving") ? "thanksgiving" : n;
  }

  /**
   * The country the article names for the current holiday: the nearest named in its sentence,
   * else the last one named before it; "" when none is.
   */
  static String country(DateContext c) {
    int at = c.chunkStart + c.matchStart;
    int sentenceEnd = c.chunkStart + c.sentenceTo;
    int from = Math.max(0, at - COUNTRY_REACH);
    int sentenceStart = c.chunkStart + c.sentenceFrom;
    Matcher m = COUNTRY.matcher(c.doc);
    int to = Math.min(c.doc.length(), Math.max(at, sentenceEnd));
    String before = "";
    String inSentence = "";
    int bestDistance = Integer.MAX_VALUE;
    for (int k = from; (k = nextCountryStart(c.doc, from, k, to)) >= 0; ) {
      // find's next match from k: the regex at the first word start where it matches (a
      // region from there: its look-behind passes, as the char before k is no word char)
      m.region(k, to);
      if (!m.lookingAt()) {
        k++;
        continue;
      }
      k = m.end();
      String w = m.group();
      if (!Character.isUpperCase(w.charAt(0)) || w.equalsIgnoreCase("us") && !w.equals("US")) {
        continue; // "us" the pronoun, "american" in a name written lower case
      }
      String code = COUNTRIES.get(w);
      int distance = m.start() < at ? at - m.end() : m.start() - at;
      if (m.start() >= sentenceStart && distance < bestDistance) {
        bestDistance = distance;
        inSentence = code;
      }
      if (m.start() < at) {
        before = code;
      }
    }
    return !inSentence.isEmpty() ? inSentence : before;
  }

  /**
   * The first position from {@code k} before {@code to} where {@link #COUNTRY} could start: the
   * region's start ({@code from}) or after a char its look-behind allows, at a run of ASCII
   * letters that begins some country name (the names are ASCII; case-insensitive matching
   * folds ASCII letters only); -1 when none.
   */
  private static int nextCountryStart(String doc, int from, int k, int to) {
    while (k < to) {
      int end = k;
      while (end < to && StartWords.isAsciiLetter(doc.charAt(end))) {
        end++;
      }
      if (end > k && (k == from || !isWordOrDot(doc.charAt(k - 1)))
          && COUNTRY_FIRST_WORDS.contains(doc.substring(k, end).toLowerCase(Locale.ROOT))) {
        return k;
      }
      k = end > k ? end : k + 1;
    }
    return -1;
  }

  /** The chars of the look-behind {@code (?<![\w.])}. */
  private static boolean isWordOrDot(char c) {
    return RegexChars.isWordChar(c) || c == '.';
  }

  /** The first run of letters of each key (all begin with an ASCII letter; checked). */
  private static Set<String> firstWords(Lexicon names) {
    Set<String> out = new HashSet<>();
    for (String name : names.entries().keySet()) {
      int end = 0;
      while (end < name.length() && StartWords.isAsciiLetter(name.charAt(end))) {
        end++;
      }
      if (end == 0) {
        throw new IllegalStateException("a country name must begin with a letter: " + name);
      }
      out.add(name.substring(0, end).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * The holiday's date in year {@code y}; for the holidays of {@link #LOCAL}, in {@code
   * country} ("" for none named: Thanksgiving is then the American one); null when unknown.
   */
  static LocalDate holiday(String name, String country, int y) {
    String n = key(name);
    String fixed = DateRules.HOLIDAYS.get(n);
    if (fixed != null) {
      MonthDay md = MonthDay.parse("--" + fixed);
      return md.atYear(y);
    }
    if (LOCAL.contains(n)) {
      String local = BY_COUNTRY.get(n + "|" + country);
      if (local != null) {
        return MonthDay.parse("--" + local).atYear(y);
      }
      if (n.equals("thanksgiving") && country.equals("CA")) {
        return LocalDate.of(y, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
      }
      // Thanksgiving is American or Canadian: another country named near it is not its own
      boolean american = country.equals("US") || n.equals("thanksgiving");
      if (!american && !(n.equals("labor day") && country.equals("CA"))) {
        return null;
      }
    }
    if (n.startsWith("thanksgiving")) {
      return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
    if (n.startsWith("election")) {
      return LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }
    if (n.startsWith("labor")) {
      return LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }
    if (n.startsWith("memorial")) {
      return LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
    if (n.startsWith("easter")) {
      return easter(y);
    }
    return null;
  }

  /** Gregorian Easter Sunday (anonymous algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }
}
