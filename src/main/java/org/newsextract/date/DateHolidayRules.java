package org.newsextract.date;

import static org.newsextract.date.DateRules.S;
import static org.newsextract.date.DateRules.YEAR;
import static org.newsextract.date.DateRules.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/** Holidays: fixed ("Christmas"), computed ("Thanksgiving", "Easter") and local ones. */
final class DateHolidayRules {
  private DateHolidayRules() {}

  /** Holidays with a fixed or computed date: "Christmas", "Thanksgiving Day", "Election Day". */
  static final DateRule HOLIDAY =
      new DateRule(
          "date-holiday",
          "(?:(?<rel>last|this|next)" + S + ")?(?<hol>" + DateRules.HOLIDAYS.alternation()
              + "|thanksgiving(?:" + S + "day)?|election" + S + "day|easter(?:" + S + "sunday)?"
              + "|labor" + S + "day|memorial" + S + "day)(?:,?" + S + YEAR + ")?",
          (g, s, a, b) -> DateRules.capitalised(g.get("hol")),
          (g, c) -> {
            LocalDate ref = c.base();
            int y;
            if (g.has("year")) {
              y = Integer.parseInt(g.get("year"));
            } else if (ref == null) {
              String fixed = DateRules.HOLIDAYS.get(g.get("hol"));
              return date(fixed == null ? "XXXX-XX-XX" : "XXXX-" + fixed);
            } else {
              y = ref.getYear();
              String rel = g.lower("rel");
              LocalDate thisYear = holiday(g.lower("hol"), y);
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
            LocalDate d = holiday(g.lower("hol"), y);
            if (d == null) {
              return null;
            }
            c.noteDay(d);
            return date(d.toString());
          });

  static LocalDate holiday(String name, int y) {
    String n = name.replaceAll("\\s+", " ");
    String fixed = DateRules.HOLIDAYS.get(n);
    if (fixed != null) {
      MonthDay md = MonthDay.parse("--" + fixed);
      return md.atYear(y);
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
