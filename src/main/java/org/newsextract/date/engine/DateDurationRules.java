package org.newsextract.date.engine;

import static org.newsextract.date.engine.DateRules.MONTH;
import static org.newsextract.date.engine.DateRules.S;
import static org.newsextract.date.engine.DateRules.UNIT;
import static org.newsextract.date.engine.DateRules.WD;
import static org.newsextract.date.engine.DateRules.dur;
import static org.newsextract.date.engine.DateRules.set;

import java.util.Locale;

/** Durations ("four days", "a 10-hour siege", "the past three years") and sets ("every Friday"). */
final class DateDurationRules {
  private DateDurationRules() {}

  /** Nouns that make "day" part of a compound: "day care", "day laborer", "day school". */
  private static final java.util.regex.Pattern DAY_COMPOUND_AFTER = java.util.regex.Pattern.compile(
      "[ -](?:care|cares|laborers?|labourers?|schools?|students?|pass|passes|trader|traders"
          + "|job|jobs|centers?|centres?|hospital|surgery)\\b");

  /** "every Friday", "each year", "every other week", "every three months", "each July". */
  static final DateRule SET_EVERY =
      new DateRule(
          "set-every",
          "(?:every|each)" + S + "(?:(?<other>other)" + S + "|(?<n>"
              + org.newsextract.number.NumberWords.WORD
              + "|\\d{1,3})" + S + ")?(?:(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?"
              + "|quarters?|years?|decades?|weekends?)|" + WD + "|" + MONTH
              + "|(?<pod>morning|afternoon|evening|night)|(?<season>spring|summer|fall|autumn|winter))",
          (g, s, a, b) -> (!g.has("wd") || DateRules.capitalised(g.get("wd")))
              && DateRules.monthOk(g, s, a, false),
          (g, c) -> {
            if (g.has("wd")) {
              return set("XXXX-WXX-" + DateRules.WEEKDAYS.getInt(g.get("wd")));
            }
            if (g.has("month")) {
              return set(String.format("XXXX-%02d", DateRules.monthNumber(g)));
            }
            if (g.has("pod")) {
              return set("XXXX-XX-XXT" + DateRelativeRules.pod(g.lower("pod")));
            }
            if (g.has("season")) {
              return set("XXXX-" + DateRules.SEASONS.get(g.get("season")));
            }
            long n = g.has("other") ? 2 : g.has("n") ? DateRules.count(g.get("n")) : 1;
            String code = DateRules.unitCode(g.get("unit"));
            if (code.equals("D2")) {
              return set("XXXX-WXX-WE");
            }
            return set(DateRules.duration(n, code, false));
          });

  /** "twice a year", "three times a week", "once a month": a recurrence of that period. */
  static final DateRule SET_TIMES =
      new DateRule(
          "set-times-per",
          "(?:once|twice|(?:" + org.newsextract.number.NumberWords.WORD + "|\\d{1,3})" + S
              + "times)" + S + "(?:a|an|per|each)" + S + "(?<u>day|week|month|year|hour)",
          (g, s, a, b) -> true,
          (g, c) -> set(DateRules.duration(1, DateRules.unitCode(g.get("u")), false)));

  private static final java.util.regex.Pattern QUANTITY_BEFORE = java.util.regex.Pattern.compile(
      "(?:%|\\bpercent|\\bmillion|\\bbillion|\\bthousand|\\d|\\d[\\d,.]*\\s[a-z]{2,15})\\s$");
  /** "daily newspaper", "weekly show": a publication, not a frequency. */
  private static final java.util.regex.Pattern PUBLICATION_AFTER = java.util.regex.Pattern
      .compile("\\s(?:newspaper|paper|magazine|news|show|journal|mail)\\b.*");
  /** A capital after the adverb: "Daily Mail", "Weekly Standard", names. */
  private static final java.util.regex.Pattern CAPITAL_AFTER =
      java.util.regex.Pattern.compile("\\s\\p{Lu}.*");
  /** A number or rate word before "a day": "twice a day", "three times a week". */
  private static final java.util.regex.Pattern RATE_BEFORE =
      java.util.regex.Pattern.compile("(?s).*(?:\\d|twice|once|times|per)\\s$");
  /** A counted noun before "a day": "50 cents a day", "200 flights a week". */
  private static final java.util.regex.Pattern QUANTITY_NOUN_BEFORE =
      java.util.regex.Pattern.compile(
          "(?s).*\\b(?:million|billion|thousand|cents|dollars|percent|flights|seats|hours"
              + "|miles|trips|visits|meals)\\s$");

  /** "daily", "weekly", "annually" (set-adverbs.txt). */
  static final DateRule SET_ADVERB =
      new DateRule(
          "set-adverb",
          "(?<adv>" + DateRules.SET_ADVERBS.alternation() + ")",
          (g, s, a, b) -> {
            // "the daily newspaper", "a weekly magazine" name publications, not recurrences
            String after = s.substring(b, Math.min(s.length(), b + 16)).toLowerCase(Locale.ROOT);
            // "the Communist Party daily Granma": a newspaper
            String before = s.substring(Math.max(0, a - 9), a).toLowerCase(Locale.ROOT);
            // "average daily volume": a statistic, not a recurrence
            // "rise 8.5% annually", "10,000 units annually": a rate of a quantity, as with
            // "$33 million a year" (see COUNT)
            String near = s.substring(Math.max(0, a - 24), a).toLowerCase(Locale.ROOT);
            if (QUANTITY_BEFORE.matcher(near).find()) {
              return false;
            }
            return !before.endsWith("average ")
                && !PUBLICATION_AFTER.matcher(after).matches()
                && !CAPITAL_AFTER.matcher(s.substring(b, Math.min(s.length(), b + 3))).matches();
          },
          (g, c) -> set(DateRules.SET_ADVERBS.get(g.get("adv"))));

  /** "the year ended June 30": a fiscal year, a one-year duration. */
  static final DateRule FISCAL_YEAR_DURATION =
      new DateRule(
          "duration-fiscal-year",
          "the" + S + "(?:fiscal" + S + ")?year(?=" + S + "(?:ended|ending|that ended|to)\\b)",
          (g, s, a, b) -> true,
          (g, c) -> dur("P1Y"));

  // modifiers news annotation keeps inside the span ("more than four hours", "nearly seven
  // years"); "almost" (the dev and train gold leave it out: "almost five months"), "about",
  // "over", "within", "only" stay outside
  private static final String DURATION_MOD =
      "(?:nearly|more than|less than|fewer than|at least|at most|up to|another|an additional"
          + "|no more than|no less than)";
  private static final String SPAN_DET =
      "(?:the|these|those|its|his|her|their|this)" + S + "(?:past|last|next|first|final"
          + "|previous|coming|following|latest|remaining|same|initial|early|year-earlier)";

  /** An age, not a length of time: "6 months and older", "two years of age", "18 months old". */
  private static final java.util.regex.Pattern AGE_AFTER = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:(?:and|or)\\s{1,3}(?:older|younger|over|under|up|above|below)|of\\s{1,3}age|old)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern AGE_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:aged|ages|age)\\s{1,3}$", java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final java.util.regex.Pattern ONE_DAY_LENGTH_BEFORE =
      java.util.regex.Pattern.compile("\\b(?:by|for|within|after|than|only|just|about)\\s$",
          java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern LAST_AS_VERB = java.util.regex.Pattern.compile(
      "\\b(?:to|will|would|could|may|might|should|can|must|not|'ll|’ll)\\s$",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * "four days", "a 10-hour siege", "the past three years", "the first nine months", "more than
   * a decade", "two-year", "8-month-old".
   */
  static final DateRule COUNT =
      new DateRule(
          "duration-count",
          "(?:" + DURATION_MOD + S + ")?(?:(?<det>" + SPAN_DET + "|past|last|next|first|the|these)"
              + S + ")?(?:(?<from>" + org.newsextract.number.NumberWords.CARDINAL + ")" + S
              + "(?:to|or)" + S + ")?" + DateRules.COUNT + "(?<sep>[ -])(?:(?:more|additional"
              + "|full|straight|consecutive|long)" + S + ")?(?:(?:trading|business|working)" + S
              + ")?" + UNIT + "(?<old>-old|-long| old| long)?(?:" + S + "or so)?",
          (g, s, a, b) -> {
            String n = g.lower("n");
            String det = g.lower("det");
            String unit0 = g.lower("unit");
            if (g.lower("old").endsWith("old")) {
              return false; // ages: "a 44-year-old protester"
            }
            if (AGE_AFTER.matcher(s).region(b, s.length()).lookingAt()
                || AGE_BEFORE.matcher(s.substring(Math.max(0, a - 12), a)).find()) {
              return false; // ages: "children 6 months and older", "aged 18 months"
            }
            if (a > 1 && s.charAt(a - 1) == '-' && Character.isLetter(s.charAt(a - 2))) {
              return false; // inside a compound: "a sub-five-minute mile"
            }
            if (det.equals("last") && LAST_AS_VERB.matcher(
                s.substring(Math.max(0, a - 12), a)).find()) {
              return false; // "would last 48 hours": the verb; "48 hours" alone is the duration
            }
            if (g.has("det") && g.get("sep").equals("-")) {
              return false; // "the 14-day period": the adjective alone is the expression
            }
            if (unit0.startsWith("quarter") && DateRules.count(n) > 0 && DateRules.count(n) < 4
                && (g.get("sep").equals("-") || s.startsWith(" of", b))) {
              return false; // "three-quarters of", "a quarter of": fractions
            }
            if (unit0.startsWith("second") && (n.equals("a") || n.equals("one"))) {
              return false; // "a second source"
            }
            if (unit0.equals("day") && g.get("sep").equals(" ")
                && DAY_COMPOUND_AFTER.matcher(s).region(b, s.length()).lookingAt()) {
              return false; // "a day care center", "a day laborer": compounds, not a day
            }
            if (DateRules.titleCaseInside(g.get("unit"))) {
              return false; // "60 Minutes"
            }
            if ((n.equals("some") || n.equals("many") || n.equals("few")) && det.isEmpty()) {
              return false;
            }
            if ((det.equals("the") || det.equals("these")) && DateRules.count(n) < 0) {
              return false;
            }
            String unit = g.lower("unit");
            // "a day" after a number is a rate ("twice a day"), "one day" alone is vague
            if ((n.equals("a") || n.equals("an") || n.equals("one")) && det.isEmpty()
                && !g.has("old")) {
              String before = s.substring(Math.max(0, a - 10), a).toLowerCase(Locale.ROOT);
              String before2 = s.substring(Math.max(0, a - 12), a).toLowerCase(Locale.ROOT);
              if (RATE_BEFORE.matcher(before).matches()
                  || QUANTITY_NOUN_BEFORE.matcher(before2).matches()) {
                return false;
              }
              if (n.equals("one") && unit.equals("day") && g.get("sep").equals(" ")
                  && !ONE_DAY_LENGTH_BEFORE.matcher(s.substring(Math.max(0, a - 8), a)).find()
                  && !(b < s.length() && ".,;".indexOf(s.charAt(b)) >= 0)) {
                // "one day" is "some day" ("will one day lead"); "one-day trip", "for one
                // day", "in the job one day." are lengths
                return false;
              }
            }
            // "1990 years" is unlikely; big digit counts with years are fine ("210 years")
            return true;
          },
          (g, c) -> {
            // "12 to 18 months": a range has no single length
            long n = g.has("from") ? -1 : DateRules.count(g.get("n"));
            String code = DateRules.unitCode(g.get("unit"));
            if (code == null) {
              return null;
            }
            if (code.equals("D2")) {
              code = "D";
              n = n < 0 ? -1 : n * 2;
            }
            if (code.equals("M") && (n == 6 || n == 9) && g.has("det")) {
              c.notePeriod(); // "the first nine months": a reporting period longer than a quarter
            }
            return dur(DateRules.duration(n, code, g.has("half")));
          });

  /** "half an hour", "an hour and a half", "a year and a half", "half a century". */
  static final DateRule HALF =
      new DateRule(
          "duration-half",
          "(?:" + DURATION_MOD + S + ")?(?:half" + S + "(?:an?" + S + ")?(?<hu>hour|day|year"
              + "|century|decade)|(?:a|an|one)" + S + "(?<au>minute|hour|day|week|month|year)" + S
              + "and" + S + "a" + S + "half|a" + S + "half" + S + "(?<hu2>hour|day))",
          (g, s, a, b) -> true,
          (g, c) -> {
            String hu = g.has("hu") ? g.lower("hu") : g.lower("hu2");
            if (!hu.isEmpty()) {
              switch (hu) {
                case "hour": return dur("PT30M");
                case "day": return dur("PT12H");
                case "year": return dur("P6M");
                case "decade": return dur("P5Y");
                default: return dur("P50Y");
              }
            }
            switch (g.lower("au")) {
              case "minute": return dur("PT1M30S");
              case "hour": return dur("PT1H30M");
              case "day": return dur("PT36H");
              case "week": return dur("P10D");
              case "month": return dur("P6W");
              default: return dur("P18M");
            }
          });

  /** "recent months", "the coming weeks", "the next few years", "the past several days". */
  static final DateRule VAGUE_PLURAL =
      new DateRule(
          "duration-vague-plural",
          "(?:(?<det>the" + S + "(?:past|last|next|coming|previous|following|first|early|final)"
              + "|recent|coming|the" + S + "recent)" + S + ")(?:few" + S + "|several" + S
              + "|many" + S + ")?(?<unit>minutes|hours|days|weeks|months|quarters|years|decades"
              + "|centuries)(?:" + S + "(?<ahead>ahead))?"
              + "|the" + S + "(?<unit2>days|weeks|months|years)" + S + "(?<ahead2>ahead)",
          // "in the early hours of Sunday" is a time of that day, not a length of time
          (g, s, a, b) -> !(g.lower("det").endsWith("early") && g.lower("unit").equals("hours")
              && s.startsWith(" of ", b)),
          (g, c) -> {
            String unit = g.has("unit") ? g.get("unit") : g.get("unit2");
            if (g.lower("det").equals("recent") && unit.equalsIgnoreCase("years")) {
              return DateRules.date("PAST_REF");
            }
            return dur(DateRules.duration(-1, DateRules.unitCode(unit), false));
          });

  /**
   * "for years", "over decades", "within hours": plural units with no number; "days later",
   * "minutes before", "weeks after": the measure, the direction word a signal outside it.
   */
  static final DateRule BARE_PLURAL =
      new DateRule(
          "duration-bare-plural",
          "(?<=\\b(?:for|over|within|lasted|took|in|after|taken)\\s)(?<unit>minutes|hours|days"
              + "|weeks|months|years|decades|centuries)(?!" + S + "(?:ago|of|earlier|later|before"
              + "|after|old|to)\\b)"
              + "|(?<unit2>minutes|hours|days|weeks|months|years|decades)(?=" + S
              + "(?:later|earlier|before|after|afterwards?)\\b)",
          (g, s, a, b) -> !g.has("unit2") || !DateDurationRules.COUNTED_BEFORE.matcher(
              s.substring(Math.max(0, a - 16), a)).find(),
          (g, c) -> dur(DateRules.duration(-1, DateRules.unitCode(
              g.has("unit") ? g.get("unit") : g.get("unit2")), false)));

  /** A count or determiner before a plural unit: "three days later" is another rule's. */
  private static final java.util.regex.Pattern COUNTED_BEFORE = java.util.regex.Pattern.compile(
      "(?:\\d|\\b(?:the|a|an|few|several|many|some|of|these|those|recent|coming|past|next|last"
          + "|other|more|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen"
          + "|twenty|thirty|forty|fifty|sixty|hundred|dozen|ninety|seventy|eighty|[\\w-]+ty-\\w+))"
          + "\\s{1,3}$", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** "day-long", "decades-long", "years-old": a unit used as a length adjective. */
  static final DateRule UNIT_LONG =
      new DateRule(
          "duration-unit-long",
          "(?<unit>day|week|month|year|hour|decade|century)-long"
              + "|(?<unit2>days|weeks|months|years|hours|decades|centuries)-(?:long|old)",
          (g, s, a, b) -> a == 0 || s.charAt(a - 1) != '-',
          (g, c) -> {
            String u = g.has("unit") ? g.get("unit") : g.get("unit2");
            long n = g.has("unit") ? 1 : -1;
            return dur(DateRules.duration(n, DateRules.unitCode(u), false));
          });
}
