package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.DAYNUM;
import static org.newsextract.date.engine.DateRules.MONTH;
import static org.newsextract.date.engine.DateRules.S;
import static org.newsextract.date.engine.DateRules.WD;

import java.time.LocalDate;

/**
 * Clock times: "3 p.m.", "10:30 a.m. local time", "9 a.m. EST Tuesday", "noon Thursday",
 * "midnight". The date part comes from the expression, else from a day-level date in the same
 * sentence, else the anchor or reference date (the placeholder {@value #DAY_PLACEHOLDER} is
 * filled in once the sentence is read).
 */
final class DateTimeRules {
  private DateTimeRules() {}

  static final String DAY_PLACEHOLDER = "@DAY:";

  private static final java.util.regex.Pattern GLOSS_BEFORE = java.util.regex.Pattern.compile(
      "(?:[ap]\\.?m\\.?|local time|noon|midnight)\\s?\\($",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final String ZONE =
      "(?:" + S + "(?:\\(?(?:[ECMP][SD]T|[ECMP]T|GMT|UTC|BST|CET|local time|local|Eastern|Pacific"
          + "|Central|Mountain)\\)?))?";
  private static final String DAY_AFTER =
      "(?:,?" + S + "(?:(?<rd>today|yesterday|tomorrow|tonight)|" + WD
          + "|" + MONTH + S + DAYNUM + "))?";

  static final DateRule CLOCK =
      new DateRule(
          "time-clock",
          "(?:(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?" + "[ ]?(?:(?<ap>[ap]\\.[ ]?m\\.?"
              + "|[ap]m(?![a-z]))|(?<oc>" + S + "o'clock)|(?<inthe>" + S
              + "in the (?:morning|afternoon|evening)))" + ZONE
              // wire-service clock times: "14:30 GMT", "0215 GMT Saturday", "at 10:15"
              + "|(?<h24>[01]\\d|2[0-3]):?(?<mi24>[0-5]\\d)" + S + "(?:GMT|UTC|local time))"
              + DAY_AFTER
              + "|(?<=\\b(?:at|until|till|by|around|from|to|since|before|after)\\s)"
              + "(?<hat>[01]?\\d|2[0-3]):"
              + "(?<miat>[0-5]\\d)(?![\\d:]|" + S + "?(?:[ap]\\.?m\\b|[ap]\\.m\\.))",
          (g, s, a, b) -> (!g.has("wd") || DateRules.capitalised(g.get("wd")))
              && DateRules.monthOk(g, s, a, false)
              // "10:35 a.m. (0735 GMT)": the bracketed gloss repeats the time just given
              && !(g.has("h24")
                  && GLOSS_BEFORE.matcher(s.substring(Math.max(0, a - 30), a)).find()),
          (g, c) -> {
            int h;
            int mi;
            if (g.has("h24")) {
              h = Integer.parseInt(g.get("h24"));
              mi = Integer.parseInt(g.get("mi24"));
            } else if (g.has("hat")) {
              h = Integer.parseInt(g.get("hat"));
              mi = Integer.parseInt(g.get("miat"));
            } else {
              h = Integer.parseInt(g.get("h"));
              mi = g.has("mi") ? Integer.parseInt(g.get("mi")) : 0;
              String ap = g.lower("ap") + g.lower("inthe");
              if (h > 12 && !ap.isEmpty()) {
                return null;
              }
              boolean pm = ap.startsWith("p") || ap.contains("afternoon") || ap.contains("evening");
              if (pm && h < 12) {
                h += 12;
              } else if (!pm && (ap.startsWith("a") || ap.contains("morning")) && h == 12) {
                h = 0;
              }
            }
            String hhmm = String.format("T%02d:%02d", h, mi);
            return withDay(g, c, hhmm);
          });

  static final DateRule NAMED_TIME =
      new DateRule(
          "time-named",
          "(?<named>noon|midnight|midday)" + DAY_AFTER
              + "|(?<named2>midnight|midday)",
          // "High Noon", "high noon for the alliance": the idiom, not a clock time
          (g, s, a, b) -> (!g.has("wd") || DateRules.capitalised(g.get("wd")))
              && !s.substring(Math.max(0, a - 5), a).toLowerCase(java.util.Locale.ROOT)
                  .endsWith("high "),
          (g, c) -> {
            String n = g.has("named") ? g.lower("named") : g.lower("named2");
            String hhmm = n.equals("midnight") ? "T24:00" : "T12:00";
            return withDay(g, c, hhmm);
          });

  private static DateRule.Timex withDay(DateRule.Groups g, DateContext c, String hhmm) {
    LocalDate d = null;
    boolean explicit = false;
    if (g.has("rd")) {
      d = DateRelativeRules.relativeDay(c.base(), g.lower("rd"));
      explicit = true;
    } else if (g.has("wd")) {
      d = DateRules.weekday(c, DateRules.WEEKDAYS.getInt(g.get("wd")), "");
      explicit = true;
    } else if (g.has("month")) {
      int m = DateRules.monthNumber(g);
      int day = Integer.parseInt(g.get("day"));
      d = DateRules.inferYear(c, m, day, "");
      explicit = true;
      if (d != null) {
        d = d.withDayOfMonth(Math.min(day, d.lengthOfMonth()));
      }
    }
    if (explicit) {
      if (d != null) {
        c.noteDay(d);
      }
      return DateRules.time(TimexValues.day(d) + hhmm);
    }
    // the day is settled once the paragraph is read: a date next to the time, else the anchor
    return DateRules.time(DAY_PLACEHOLDER + TimexValues.day(c.anchorOrBase()) + "@" + hhmm);
  }
}
