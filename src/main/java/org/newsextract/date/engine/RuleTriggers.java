package org.newsextract.date.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each rule is worth running. A rule runs only near its trigger words (a month name, a
 * weekday, a time unit, a number...): most news text has none, which keeps the regex work
 * proportional to the temporal text rather than to the document. Immutable.
 *
 * <p>{@code words} numbers the lower-case trigger words, and {@code byWord} gives per word the
 * indexes of the rules it can trigger; {@code byNumber} those of any number, {@code byYear} those
 * of a four-digit one; {@code margins} gives per rule the chars scanned before and after each
 * trigger word; {@code lengthsByFirst}, per first letter, bit n set when some trigger word of n
 * letters starts with it (a word no trigger has the shape of is not looked up).
 */
record RuleTriggers(WordIds words, int[][] byWord, int[] byNumber, int[] byYear,
    int[][] margins, long[] lengthsByFirst) {

  /** Chars scanned before and after a trigger word, unless the rule's margins say otherwise. */
  private static final int WINDOW_MARGIN = 60;

  /** An apostrophe and what follows it: "valentine's" is triggered by "valentine". */
  private static final Pattern APOSTROPHE_ON = Pattern.compile("['’].*");

  /** The trigger words and margins of the built-in rules; fails on a rule without triggers. */
  static RuleTriggers build(List<DateRule> rules) {
    Set<String> months = new HashSet<>();
    for (String k : DateRules.MONTHS.entries().keySet()) {
      months.add(k.replace(".", ""));
    }
    Set<String> weekdays = new HashSet<>();
    for (String k : DateRules.WEEKDAYS.entries().keySet()) {
      weekdays.add(k);
      weekdays.add(k + "s");
    }
    Set<String> units = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
        "days", "week", "weeks", "weekend", "weekends", "month", "months", "quarter", "quarters",
        "year", "years", "decade", "decades", "century", "centuries");
    Set<String> plurals = Set.of("minutes", "hours", "days", "weeks", "months", "quarters",
        "years", "decades", "centuries");
    Set<String> references = new HashSet<>();
    for (String k : DateRules.REFERENCES.entries().keySet()) {
      String[] words = k.split(" ");
      references.add(words[words.length - 1]);
    }
    Set<String> holidays = new HashSet<>(Set.of("thanksgiving", "election", "easter", "labor",
        "labour", "memorial", "independence"));
    for (String k : DateRules.HOLIDAYS.entries().keySet()) {
      holidays.add(APOSTROPHE_ON.matcher(k.split(" ")[0]).replaceAll(""));
    }
    Map<DateRule, Set<String>> byRule = new HashMap<>();
    byRule.put(DateIsoRules.ISO, Set.of("#4"));
    byRule.put(DateIsoRules.US_SLASH, Set.of("#d"));
    byRule.put(DateTimeRules.CLOCK, Set.of("#d"));
    byRule.put(DateTimeRules.NAMED_TIME, Set.of("noon", "midnight", "midday"));
    for (DateRule r : List.of(DateCalendarRules.MONTH_DAY, DateCalendarRules.DAY_MONTH,
        DateCalendarRules.MONTH_YEAR, DateCalendarRules.BARE_MONTH,
        DateRelativeRules.DAY_CONTINUATION)) {
      byRule.put(r, months);
    }
    byRule.put(DateHolidayRules.HOLIDAY, holidays);
    byRule.put(DateCalendarRules.WEEK_OF_MONTH, Set.of("week"));
    byRule.put(DateQuarterRules.QUARTER, Set.of("quarter", "quarters"));
    // "Q3" tokenises as "Q" "3", "2Q" as "2" "Q"
    byRule.put(DateQuarterRules.QUARTER_SHORT, Set.of("q", "h"));
    byRule.put(DateQuarterRules.QUARTER_ANAPHOR, Set.of("quarter", "period"));
    byRule.put(DateQuarterRules.HALF, Set.of("half"));
    byRule.put(DateCalendarRules.SEASON, Set.of("spring", "summer", "fall", "autumn", "winter"));
    byRule.put(DateCalendarRules.DECADE, Set.of("#d", "twenties", "thirties", "forties",
        "fifties", "sixties", "seventies", "eighties", "nineties"));
    byRule.put(DateCalendarRules.CENTURY, Set.of("century"));
    byRule.put(DateCalendarRules.YEAR_WORDS, Set.of("nineteen", "eighteen", "twenty", "thousand"));
    byRule.put(DateCalendarRules.BARE_YEAR, Set.of("#4"));
    byRule.put(DateCalendarRules.YEAR_RANGE_END, Set.of("#4"));
    byRule.put(DateRelativeRules.AGO, Set.of("ago", "earlier", "later", "before", "after", "now",
        "hence", "previously", "back"));
    byRule.put(DateRelativeRules.YEAR_AGO_ADJ, Set.of("ago", "earlier", "before"));
    byRule.put(DateReferenceRules.YEAR_WHOLE, Set.of("year", "end"));
    byRule.put(DateRelativeRules.RELATIVE_DAY, Set.of("today", "yesterday", "tomorrow",
        "tonight"));
    byRule.put(DateRelativeRules.PART_OF_DAY, Set.of("morning", "afternoon", "evening", "night",
        "midafternoon", "midmorning"));
    byRule.put(DateRelativeRules.WEEKDAY, weekdays);
    byRule.put(DateRelativeRules.RELATIVE_UNIT, Set.of("week", "weekend", "month", "year",
        "decade", "century", "day"));
    byRule.put(DateRelativeRules.OVER_THE_YEARS, Set.of("years"));
    byRule.put(DateEventRules.EVENT_OFFSET, Set.of("before", "after", "following", "prior",
        "ahead"));
    byRule.put(DateEventRules.DAY_IN_APPOSITION, Set.of("day"));
    byRule.put(DateRelativeRules.ANCHORED_DAY, Set.of("before", "after", "earlier", "later"));
    byRule.put(DateReferenceRules.REFERENCE, references);
    byRule.put(DateReferenceRules.REFERENCE_ADJ, Set.of("current", "recent"));
    byRule.put(DateDurationRules.SET_EVERY, Set.of("every", "each"));
    byRule.put(DateDurationRules.SET_TIMES, Set.of("once", "twice", "times"));
    byRule.put(DateDurationRules.SET_ADVERB, DateRules.SET_ADVERBS.entries().keySet());
    byRule.put(DateDurationRules.FISCAL_YEAR_DURATION, Set.of("ended", "ending", "to", "that"));
    byRule.put(DateDurationRules.COUNT, units);
    byRule.put(DateDurationRules.HALF, Set.of("half"));
    byRule.put(DateDurationRules.UNIT_LONG, Set.of("long", "old"));
    byRule.put(DateDurationRules.VAGUE_PLURAL, plurals);
    byRule.put(DateDurationRules.BARE_PLURAL, plurals);
    // How far an expression reaches before and after its trigger word: the unit ends
    // "the past three years", a month starts "Sept. 11, 2012".
    Map<DateRule, int[]> margins = new HashMap<>();
    int[] endsAtTrigger = {64, 16};
    for (DateRule r : List.of(DateDurationRules.COUNT, DateDurationRules.VAGUE_PLURAL,
        DateDurationRules.BARE_PLURAL, DateDurationRules.UNIT_LONG, DateDurationRules.HALF,
        DateRelativeRules.RELATIVE_UNIT, DateReferenceRules.YEAR_WHOLE, DateRelativeRules.AGO,
        DateDurationRules.SET_TIMES, DateDurationRules.SET_EVERY,
        DateDurationRules.FISCAL_YEAR_DURATION)) {
      margins.put(r, endsAtTrigger);
    }
    int[] startsNearTrigger = {36, 36};
    for (DateRule r : List.of(DateCalendarRules.MONTH_DAY, DateCalendarRules.DAY_MONTH,
        DateCalendarRules.MONTH_YEAR, DateCalendarRules.BARE_MONTH, DateRelativeRules.WEEKDAY,
        DateIsoRules.ISO, DateIsoRules.US_SLASH, DateCalendarRules.BARE_YEAR,
        DateCalendarRules.DECADE, DateRelativeRules.RELATIVE_DAY, DateCalendarRules.SEASON)) {
      margins.put(r, startsNearTrigger);
    }
    margins.put(DateTimeRules.CLOCK, new int[] {12, 56});
    margins.put(DateRelativeRules.DAY_CONTINUATION, new int[] {40, 12});
    // the measure before the trigger, the event phrase (up to five words) after it
    margins.put(DateEventRules.EVENT_OFFSET, new int[] {64, 100});
    Map<String, List<Integer>> index = new HashMap<>();
    int[][] marginOf = new int[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      marginOf[r] = margins.getOrDefault(rules.get(r), new int[] {WINDOW_MARGIN, WINDOW_MARGIN});
      Set<String> words = byRule.get(rules.get(r));
      if (words == null) {
        throw new IllegalStateException("no trigger words for rule " + rules.get(r).id);
      }
      for (String w : words) {
        index.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
      }
    }
    // the text's words are runs of ASCII letters: a trigger of other chars matches none
    List<String> words = new ArrayList<>();
    long[] lengths = new long[26];
    for (String w : index.keySet()) {
      if (w.length() <= MAX_LETTERS && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        lengths[w.charAt(0) - 'a'] |= 1L << w.length();
        words.add(w);
      }
    }
    int[][] byWord = new int[words.size()][];
    for (int id = 0; id < byWord.length; id++) {
      byWord[id] = ints(index.get(words.get(id)));
    }
    return new RuleTriggers(new WordIds(words), byWord, ints(index.get("#d")),
        ints(index.get("#4")), marginOf, lengths);
  }

  private static int[] ints(List<Integer> list) {
    return list == null ? null : list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Per rule, the merged stretches of {@code chunk} around its trigger words. */
  List<List<int[]>> windows(String chunk) {
    int rules = margins.length;
    // a rule's list is made at its first window: most rules have none in a sentence
    List<List<int[]>> out = new ArrayList<>(Collections.nCopies(rules, List.of()));
    // the tokens of [A-Za-z]{1,30}|\\d{1,12}, scanned by hand: a regex and a lower-case copy
    // per word cost more than the rules' own work on most sentences
    int n = chunk.length();
    int k = 0;
    while (k < n) {
      char c = chunk.charAt(k);
      int start = k;
      if (c >= '0' && c <= '9') {
        while (k < n && k - start < MAX_DIGITS && isDigit(chunk.charAt(k))) {
          k++;
        }
        add(out, byNumber, start, k, n);
        add(out, k - start == 4 ? byYear : null, start, k, n);
      } else if (StartWords.isAsciiLetter(c)) {
        int hash = 0;
        while (k < n && k - start < MAX_LETTERS && StartWords.isAsciiLetter(chunk.charAt(k))) {
          hash = WordIds.hash(hash, chunk.charAt(k));
          k++;
        }
        if ((lengthsByFirst[(c | 0x20) - 'a'] & 1L << (k - start)) != 0) {
          int id = words.id(chunk, start, k, hash);
          add(out, id < 0 ? null : byWord[id], start, k, n);
        }
      } else {
        k++;
      }
    }
    return out;
  }

  private static final int MAX_LETTERS = 30;
  private static final int MAX_DIGITS = 12;

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }


  private void add(List<List<int[]>> out, int[] rs, int start, int end, int length) {
    if (rs == null) {
      return;
    }
    for (int r : rs) {
      int s = Math.max(0, start - margins[r][0]);
      int e = Math.min(length, end + margins[r][1]);
      List<int[]> w = out.get(r);
      if (w.isEmpty()) {
        w = new ArrayList<>(2);
        out.set(r, w);
      }
      if (!w.isEmpty() && w.get(w.size() - 1)[1] >= s) {
        w.get(w.size() - 1)[1] = Math.max(e, w.get(w.size() - 1)[1]);
      } else {
        w.add(new int[] {s, e});
      }
    }
  }
}
