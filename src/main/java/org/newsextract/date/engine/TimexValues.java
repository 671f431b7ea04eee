package org.newsextract.date.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.date.Granularity;
import org.newsextract.date.TimexType;

/** Reads a TIMEX3 value back into granularity and java.time views, and formats values. */
final class TimexValues {
  private TimexValues() {}

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_TIME =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern PERIOD = Pattern.compile("P(\\d{1,6})([YQMWD])");
  private static final Pattern TIME_PERIOD = Pattern.compile("PT(\\d{1,6})([HMS])");

  // Values of each granularity, tried in this order by granularity() (whole-value matches).
  private static final Pattern MINUTE_VALUE = Pattern.compile(".{10}T\\d{2}:\\d{2}.*");
  private static final Pattern PART_OF_DAY_VALUE = Pattern.compile(".{10}T(MO|AF|EV|NI|DT)");
  private static final Pattern DAY_VALUE =
      Pattern.compile(".{4}-\\d{2}-\\d{2}|.{4}-XX-XX|XXXX-WXX-\\d|.{4}-\\d{2}-XX");
  private static final Pattern WEEK_VALUE = Pattern.compile(".{4}-W(\\d{2}|XX)(-WE)?");
  private static final Pattern MONTH_VALUE = Pattern.compile(".{4}-(\\d{2}|XX)");
  private static final Pattern SEASON_VALUE = Pattern.compile(".{4}-(SP|SU|FA|WI)");
  private static final Pattern QUARTER_VALUE = Pattern.compile(".{4}-Q[1-4X]");
  private static final Pattern HALF_YEAR_VALUE = Pattern.compile(".{4}-H[12]");
  private static final Pattern YEAR_VALUE = Pattern.compile("(\\d{4}|XXXX|FY\\d{4})");
  private static final Pattern DECADE_VALUE = Pattern.compile("\\d{3}X?");
  private static final Pattern CENTURY_VALUE = Pattern.compile("\\d{2}");

  static Granularity granularity(TimexType type, String v) {
    if (type == TimexType.DURATION || type == TimexType.SET) {
      return Granularity.NONE;
    }
    if (v.endsWith("_REF")) {
      return Granularity.REFERENCE;
    }
    // each pattern matches values of the lengths tested first only (in code points: what
    // "." matches)
    int n = v.codePointCount(0, v.length());
    if (n >= 16 && MINUTE_VALUE.matcher(v).matches()) {
      return Granularity.MINUTE;
    }
    if (n == 13 && PART_OF_DAY_VALUE.matcher(v).matches()) {
      return Granularity.PART_OF_DAY;
    }
    if (n == 10 && DAY_VALUE.matcher(v).matches()) {
      return Granularity.DAY;
    }
    if ((n == 8 || n == 11) && WEEK_VALUE.matcher(v).matches()) {
      return Granularity.WEEK;
    }
    if (n == 7) {
      if (MONTH_VALUE.matcher(v).matches()) {
        return Granularity.MONTH;
      }
      if (SEASON_VALUE.matcher(v).matches()) {
        return Granularity.SEASON;
      }
      if (QUARTER_VALUE.matcher(v).matches()) {
        return Granularity.QUARTER;
      }
      if (HALF_YEAR_VALUE.matcher(v).matches()) {
        return Granularity.HALF_YEAR;
      }
    }
    if ((n == 4 || n == 6) && YEAR_VALUE.matcher(v).matches()) {
      return Granularity.YEAR;
    }
    if ((n == 3 || n == 4) && DECADE_VALUE.matcher(v).matches()) {
      return Granularity.DECADE;
    }
    if (n == 2 && CENTURY_VALUE.matcher(v).matches()) {
      return Granularity.CENTURY;
    }
    return Granularity.NONE;
  }

  /** The value as a point in time, when it is fully specified. */
  static Optional<Temporal> temporal(TimexType type, String v) {
    if (type != TimexType.DATE && type != TimexType.TIME) {
      return Optional.empty();
    }
    try {
      Matcher m = DAY_TIME.matcher(v);
      if (m.matches()) {
        int h = Integer.parseInt(m.group(4));
        LocalDateTime t = LocalDate.of(i(m, 1), i(m, 2), i(m, 3)).atStartOfDay();
        return Optional.of(t.plusHours(h).plusMinutes(Integer.parseInt(m.group(5))));
      }
      m = DAY.matcher(v);
      if (m.matches()) {
        return Optional.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
      }
      m = MONTH.matcher(v);
      if (m.matches()) {
        return Optional.of(YearMonth.of(i(m, 1), i(m, 2)));
      }
      if (YEAR.matcher(v).matches()) {
        return Optional.of(Year.of(Integer.parseInt(v)));
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The value as an amount of time, for definite durations and set periods. */
  static Optional<TemporalAmount> amount(TimexType type, String v) {
    if (type != TimexType.DURATION && type != TimexType.SET) {
      return Optional.empty();
    }
    Matcher m = PERIOD.matcher(v);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      switch (m.group(2)) {
        case "Y": return Optional.of(Period.ofYears(n));
        case "Q": return Optional.of(Period.ofMonths(3 * n));
        case "M": return Optional.of(Period.ofMonths(n));
        case "W": return Optional.of(Period.ofWeeks(n));
        default: return Optional.of(Period.ofDays(n));
      }
    }
    m = TIME_PERIOD.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "H": return Optional.of(Duration.ofHours(n));
        case "M": return Optional.of(Duration.ofMinutes(n));
        default: return Optional.of(Duration.ofSeconds(n));
      }
    }
    return Optional.empty();
  }

  private static int i(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  static String day(LocalDate d) {
    return d == null ? "XXXX-XX-XX" : d.toString();
  }

  static String month(LocalDate d) {
    return d == null ? "XXXX-XX" : String.format("%04d-%02d", d.getYear(), d.getMonthValue());
  }

  static String year(LocalDate d) {
    return d == null ? "XXXX" : String.format("%04d", d.getYear());
  }

  static String week(LocalDate d) {
    return d == null
        ? "XXXX-WXX"
        : String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(LocalDate d) {
    return d == null
        ? "XXXX-QX" : String.format("%04d-Q%d", d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
  }
}
