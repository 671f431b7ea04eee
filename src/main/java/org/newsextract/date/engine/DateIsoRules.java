package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.date;
import static org.newsextract.date.engine.DateRules.safeDate;

import java.time.LocalDate;

/** Numeric dates: ISO "2012-09-11", US "9/11/2012". A bare "9/11" is the attacks' name. */
final class DateIsoRules {
  private DateIsoRules() {}

  static final DateRule ISO =
      new DateRule(
          "date-iso",
          "(?<y>1[6-9]\\d\\d|20\\d\\d)-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\\d|3[01])"
              + "(?:T(?<hh>[01]\\d|2[0-4]):(?<mm>[0-5]\\d))?",
          (g, s, a, b) -> true,
          (g, c) -> {
            LocalDate d = safeDate(Integer.parseInt(g.get("y")), Integer.parseInt(g.get("m")),
                Integer.parseInt(g.get("d")));
            if (d == null) {
              return null;
            }
            c.noteDay(d);
            return g.has("hh")
                ? DateRules.time(d + "T" + g.get("hh") + ":" + g.get("mm"))
                : date(d.toString());
          });

  /** US order month/day/year; two-digit years take the reference date's century. */
  static final DateRule US_SLASH =
      new DateRule(
          "date-us-slash",
          "(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\\d|3[01])/(?<y>\\d{4}|\\d{2})",
          (g, s, a, b) -> true,
          (g, c) -> {
            int y = Integer.parseInt(g.get("y"));
            if (g.get("y").length() == 2) {
              int refYear = c.base() != null ? c.base().getYear() : 2000;
              int century = refYear / 100 * 100;
              y = century + y;
              if (y > refYear + 10) {
                y -= 100;
              }
            }
            LocalDate d = safeDate(y, Integer.parseInt(g.get("m")), Integer.parseInt(g.get("d")));
            if (d == null) {
              return null;
            }
            c.noteDay(d);
            return date(d.toString());
          });
}
