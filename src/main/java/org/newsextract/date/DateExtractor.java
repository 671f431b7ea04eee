package org.newsextract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Paragraph;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;

/**
 * Finds and normalises temporal expressions. Immutable and thread-safe. Internal: use {@link
 * org.newsextract.NewsExtractor}.
 *
 * <p>Each sentence is scanned by every rule of {@link #RULES} (bounded regexes over the
 * sentence text). Overlapping matches are settled longest first (at equal length the earlier
 * rule wins); the survivors are then normalised in text order, so that anchored expressions
 * ("two days later", "the quarter") see the dates mentioned before them.
 */
public final class DateExtractor {
  /** Chars scanned before and after a trigger word, unless the rule's margins say otherwise. */
  private static final int WINDOW_MARGIN = 60;

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z]{1,30}|\\d{1,12}");

  /**
   * A rule runs only near its trigger words: most news text has none, which keeps the work
   * proportional to the temporal text.
   */

  private static Triggers triggers() {
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
        "memorial"));
    for (String k : DateRules.HOLIDAYS.entries().keySet()) {
      holidays.add(k.split(" ")[0].replaceAll("['’].*", ""));
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
    byRule.put(DateCalendarRules.HOLIDAY, holidays);
    byRule.put(DateCalendarRules.QUARTER, Set.of("quarter", "quarters"));
    byRule.put(DateCalendarRules.QUARTER_ANAPHOR, Set.of("quarter", "period"));
    byRule.put(DateCalendarRules.HALF, Set.of("half"));
    byRule.put(DateCalendarRules.SEASON, Set.of("spring", "summer", "fall", "autumn", "winter"));
    byRule.put(DateCalendarRules.DECADE, Set.of("#d", "twenties", "thirties", "forties",
        "fifties", "sixties", "seventies", "eighties", "nineties"));
    byRule.put(DateCalendarRules.CENTURY, Set.of("century"));
    byRule.put(DateCalendarRules.YEAR_WORDS, Set.of("nineteen", "eighteen", "twenty", "thousand"));
    byRule.put(DateCalendarRules.BARE_YEAR, Set.of("#4"));
    byRule.put(DateRelativeRules.AGO, Set.of("ago", "earlier", "later", "before", "after", "now",
        "hence", "previously", "back"));
    byRule.put(DateRelativeRules.YEAR_AGO_ADJ, Set.of("ago", "earlier", "before"));
    byRule.put(DateRelativeRules.YEAR_WHOLE, Set.of("year", "end"));
    byRule.put(DateRelativeRules.RELATIVE_DAY, Set.of("today", "yesterday", "tomorrow",
        "tonight"));
    byRule.put(DateRelativeRules.PART_OF_DAY, Set.of("morning", "afternoon", "evening", "night"));
    byRule.put(DateRelativeRules.WEEKDAY, weekdays);
    byRule.put(DateRelativeRules.RELATIVE_UNIT, Set.of("week", "weekend", "month", "year",
        "decade", "century", "day"));
    byRule.put(DateRelativeRules.ANCHORED_DAY, Set.of("before", "after", "earlier", "later"));
    byRule.put(DateRelativeRules.REFERENCE, references);
    byRule.put(DateRelativeRules.REFERENCE_ADJ, Set.of("current", "recent"));
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
        DateRelativeRules.RELATIVE_UNIT, DateRelativeRules.YEAR_WHOLE, DateRelativeRules.AGO,
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
    Map<String, List<Integer>> index = new HashMap<>();
    int[][] marginOf = new int[RULES.size()][];
    for (int r = 0; r < RULES.size(); r++) {
      marginOf[r] = margins.getOrDefault(RULES.get(r), new int[] {WINDOW_MARGIN, WINDOW_MARGIN});
      Set<String> words = byRule.get(RULES.get(r));
      if (words == null) {
        throw new IllegalStateException("no trigger words for rule " + RULES.get(r).id);
      }
      for (String w : words) {
        index.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, int[]> out = new HashMap<>();
    index.forEach((w, rs) -> out.put(w, rs.stream().mapToInt(Integer::intValue).toArray()));
    return new Triggers(Map.copyOf(out), marginOf);
  }

  /** Per rule, the merged stretches of {@code chunk} around its trigger words. */
  static List<List<int[]>> windows(String chunk, int rules) {
    List<List<int[]>> out = new ArrayList<>(rules);
    for (int r = 0; r < rules; r++) {
      out.add(new ArrayList<>(2));
    }
    Matcher t = TOKEN.matcher(chunk);
    while (t.find()) {
      int[] rs;
      char c = chunk.charAt(t.start());
      if (Character.isDigit(c)) {
        add(out, TRIGGERS.index().get("#d"), t.start(), t.end(), chunk.length());
        rs = t.end() - t.start() == 4 ? TRIGGERS.index().get("#4") : null;
      } else {
        rs = TRIGGERS.index().get(t.group().toLowerCase(Locale.ROOT));
      }
      add(out, rs, t.start(), t.end(), chunk.length());
    }
    return out;
  }

  private static void add(List<List<int[]>> out, int[] rs, int start, int end, int length) {
    if (rs == null) {
      return;
    }
    for (int r : rs) {
      int s = Math.max(0, start - TRIGGERS.margins()[r][0]);
      int e = Math.min(length, end + TRIGGERS.margins()[r][1]);
      List<int[]> w = out.get(r);
      if (!w.isEmpty() && w.get(w.size() - 1)[1] >= s) {
        w.get(w.size() - 1)[1] = Math.max(e, w.get(w.size() - 1)[1]);
      } else {
        w.add(new int[] {s, e});
      }
    }
  }

  /** Paragraphs longer than this are scanned in windows of this size. */
  private static final int MAX_CHUNK = 4000;

  private final List<DateRule> rules;


  /** The built-in rules in priority order: at equal span length an earlier rule wins. */
  static final List<DateRule> RULES = List.of(
      DateIsoRules.ISO,
      DateIsoRules.US_SLASH,
      DateTimeRules.CLOCK,
      DateTimeRules.NAMED_TIME,
      DateCalendarRules.MONTH_DAY,
      DateCalendarRules.DAY_MONTH,
      DateCalendarRules.MONTH_YEAR,
      DateCalendarRules.HOLIDAY,
      DateCalendarRules.QUARTER,
      DateCalendarRules.QUARTER_ANAPHOR,
      DateCalendarRules.HALF,
      DateCalendarRules.SEASON,
      DateCalendarRules.DECADE,
      DateCalendarRules.CENTURY,
      DateCalendarRules.YEAR_WORDS,
      DateCalendarRules.BARE_YEAR,
      DateCalendarRules.BARE_MONTH,
      DateRelativeRules.AGO,
      DateRelativeRules.YEAR_AGO_ADJ,
      DateRelativeRules.YEAR_WHOLE,
      DateRelativeRules.DAY_CONTINUATION,
      DateRelativeRules.RELATIVE_DAY,
      DateRelativeRules.PART_OF_DAY,
      DateRelativeRules.WEEKDAY,
      DateRelativeRules.RELATIVE_UNIT,
      DateRelativeRules.ANCHORED_DAY,
      DateRelativeRules.REFERENCE,
      DateRelativeRules.REFERENCE_ADJ,
      DateDurationRules.SET_EVERY,
      DateDurationRules.SET_TIMES,
      DateDurationRules.SET_ADVERB,
      DateDurationRules.FISCAL_YEAR_DURATION,
      DateDurationRules.COUNT,
      DateDurationRules.HALF,
      DateDurationRules.UNIT_LONG,
      DateDurationRules.VAGUE_PLURAL,
      DateDurationRules.BARE_PLURAL);

  /**
   * For each lower-case word (or "#d" for any number, "#4" for a four-digit one), the indexes
   * of the rules it can trigger, and per rule the chars scanned before and after each trigger
   * word. Built after {@link #RULES}.
   */
  private record Triggers(Map<String, int[]> index, int[][] margins) {}

  private static final Triggers TRIGGERS = triggers();

  public DateExtractor() {
    this.rules = RULES;
  }

  private record Candidate(int start, int end, DateRule rule, DateRule.Groups groups, int order) {
    int length() {
      return end - start;
    }

    boolean overlaps(Candidate o) {
      return start < o.end && o.start < end;
    }
  }

  /** Dates in text order; relative ones resolved against {@code referenceDate} when given. */
  public List<DateMention> extract(TextAnalysis analysis, Optional<LocalDate> referenceDate) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(referenceDate, "referenceDate");
    String text = analysis.text();
    DateContext ctx = new DateContext(referenceDate);
    List<DateMention> out = new ArrayList<>();
    // Paragraphs, not sentences: the sentence model splits after "Aug." in "Aug. 7".
    for (Paragraph p : analysis.paragraphs()) {
      for (int from = p.start(); from < p.end(); from += MAX_CHUNK) {
        int to = Math.min(p.end(), from + MAX_CHUNK);
        scanChunk(analysis, from, to, ctx, out);
      }
    }
    return out;
  }

  private void scanChunk(
      TextAnalysis analysis, int start, int end, DateContext ctx, List<DateMention> out) {
    String text = analysis.text();
    String sentence = text.substring(start, end);
    List<Candidate> cands = new ArrayList<>();
    List<List<int[]>> windows = windows(sentence, rules.size());
    for (int r = 0; r < rules.size(); r++) {
      DateRule rule = rules.get(r);
      if (windows.get(r).isEmpty()) {
        continue;
      }
      Matcher m = rule.pattern.matcher(sentence);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      for (int[] w : windows.get(r)) {
        int pos = w[0];
        // after a rejected match, look again one char further on (a shorter reading may pass)
        while (pos < w[1]) {
          m.region(pos, w[1]);
          if (!m.find()) {
            break;
          }
          if (m.end() == m.start()) {
            pos = m.end() + 1;
            continue;
          }
          DateRule.Groups g = rule.groups(m);
          if (rule.check.accept(g, sentence, m.start(), m.end())) {
            int s = rule.spanGroup == null ? m.start() : m.start(rule.spanGroup);
            int e = rule.spanGroup == null ? m.end() : m.end(rule.spanGroup);
            cands.add(new Candidate(s, e, rule, g, r));
            pos = m.end();
          } else {
            pos = m.start() + 1;
          }
        }
      }
    }
    if (cands.isEmpty()) {
      return;
    }
    cands.sort(Comparator.comparingInt(Candidate::length).reversed()
        .thenComparingInt(Candidate::order).thenComparingInt(Candidate::start));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : cands) {
      boolean free = true;
      for (Candidate k : chosen) {
        if (k.overlaps(c)) {
          free = false;
          break;
        }
      }
      if (free) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::start));
    ctx.sentence = sentence;
    int first = out.size();
    for (Candidate c : chosen) {
      int index = Math.max(0, analysis.sentenceAt(start + c.start));
      ctx.sentenceIndex = index;
      Sentence sent = analysis.sentences().isEmpty() ? null : analysis.sentences().get(index);
      ctx.sentenceFrom = sent == null ? 0 : Math.max(0, sent.start() - start);
      ctx.sentenceTo = sent == null ? sentence.length()
          : Math.min(sentence.length(), Math.max(0, sent.end() - start));
      ctx.matchStart = c.start;
      ctx.matchEnd = c.end;
      DateRule.Timex t = c.rule.normaliser.apply(c.groups, ctx);
      if (t == null) {
        continue;
      }
      out.add(mention(text, start + c.start, start + c.end, t.type(), t.value(), c.rule.id));
    }
    fillTimeDays(text, out, first);
  }

  /**
   * Times without a date ("at 3 p.m.") take the day-level date mentioned closest to them in
   * the paragraph, within {@link #TIME_DAY_DISTANCE} chars ("at 3 p.m. on Friday"), else the
   * anchor they saw when normalised (kept in the placeholder value).
   */
  private static void fillTimeDays(String text, List<DateMention> out, int first) {
    for (int i = first; i < out.size(); i++) {
      DateMention d = out.get(i);
      if (!d.value().startsWith(DateTimeRules.DAY_PLACEHOLDER)) {
        continue;
      }
      String v = d.value().substring(DateTimeRules.DAY_PLACEHOLDER.length());
      int at = v.indexOf('@');
      String day = v.substring(0, at);
      int best = TIME_DAY_DISTANCE + 1;
      for (int k = first; k < out.size(); k++) {
        DateMention o = out.get(k);
        int dist = o.span().start() >= d.span().end()
            ? o.span().start() - d.span().end() : d.span().start() - o.span().end();
        if (k != i && dist >= 0 && dist < best && DAY_VALUE.matcher(o.value()).matches()) {
          best = dist;
          int t = o.value().indexOf('T');
          day = t < 0 ? o.value() : o.value().substring(0, t);
        }
      }
      out.set(i, mention(text, d.span().start(), d.span().end(), d.type(),
          day + v.substring(at + 1), d.rule()));
    }
  }

  private static final int TIME_DAY_DISTANCE = 40;
  private static final Pattern DAY_VALUE =
      Pattern.compile("(?:\\d{4}-\\d{2}-\\d{2}|XXXX-\\d{2}-\\d{2}|XXXX-XX-XX|XXXX-WXX-\\d)(?:T.*)?");

  private static DateMention mention(
      String text, int start, int end, TimexType type, String value, String rule) {
    return new DateMention(
        TextSpan.of(text, start, end),
        type,
        value,
        TimexValues.granularity(type, value),
        TimexValues.temporal(type, value),
        TimexValues.amount(type, value),
        rule);
  }
}
