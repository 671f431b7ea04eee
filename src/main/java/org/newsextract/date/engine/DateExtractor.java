package org.newsextract.date.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Paragraph;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.date.DateMention;
import org.newsextract.date.EventAnchor;
import org.newsextract.date.TimexType;

/**
 * Finds and normalises temporal expressions. Immutable and thread-safe. Internal: use {@link
 * org.newsextract.NewsExtractor}.
 *
 * <p>Each paragraph is scanned by the rules of {@link #RULES} (bounded regexes, each run only
 * near its trigger words, see {@link RuleTriggers}); paragraphs rather than sentences, since
 * the sentence model splits "Aug. 7" after "Aug.". Overlapping matches are settled longest
 * first (at equal length the earlier rule wins); the survivors are then normalised in text
 * order, so that anchored expressions ("two days later", "the quarter") see the dates
 * mentioned before them.
 */
public final class DateExtractor {

  /**
   * Paragraphs longer than this (an article stored on one line) are scanned in windows of about
   * this size. A window keeps the expressions that start in it and reads {@link
   * #MAX_EXPRESSION_CHARS} further, so an expression across its edge is found whole; the next
   * window starts after the last expression kept, at whitespace.
   */
  private static final int MAX_CHUNK = 4000;
  /** More than the longest text any rule matches (their regexes are bounded). */
  private static final int MAX_EXPRESSION_CHARS = 300;

  /** The built-in rules in priority order: at equal span length an earlier rule wins. */
  static final List<DateRule> RULES = List.of(
      DateIsoRules.ISO,
      DateIsoRules.US_SLASH,
      DateTimeRules.CLOCK,
      DateTimeRules.NAMED_TIME,
      DateCalendarRules.MONTH_DAY,
      DateCalendarRules.DAY_MONTH,
      DateCalendarRules.MONTH_YEAR,
      DateCalendarRules.WEEK_OF_MONTH,
      DateHolidayRules.HOLIDAY,
      DateQuarterRules.QUARTER,
      DateQuarterRules.QUARTER_SHORT,
      DateQuarterRules.QUARTER_ANAPHOR,
      DateQuarterRules.HALF,
      DateCalendarRules.SEASON,
      DateCalendarRules.DECADE,
      DateCalendarRules.CENTURY,
      DateCalendarRules.YEAR_WORDS,
      DateCalendarRules.BARE_YEAR,
      DateCalendarRules.YEAR_RANGE_END,
      DateCalendarRules.BARE_MONTH,
      DateEventRules.EVENT_OFFSET,
      DateEventRules.DAY_IN_APPOSITION,
      DateRelativeRules.AGO,
      DateRelativeRules.YEAR_AGO_ADJ,
      DateReferenceRules.YEAR_WHOLE,
      DateRelativeRules.DAY_CONTINUATION,
      DateRelativeRules.RELATIVE_DAY,
      DateRelativeRules.PART_OF_DAY,
      DateRelativeRules.WEEKDAY,
      DateRelativeRules.RELATIVE_UNIT,
      DateRelativeRules.ANCHORED_DAY,
      DateRelativeRules.OVER_THE_YEARS,
      DateReferenceRules.REFERENCE,
      DateReferenceRules.REFERENCE_ADJ,
      DateDurationRules.SET_EVERY,
      DateDurationRules.SET_TIMES,
      DateDurationRules.SET_ADVERB,
      DateDurationRules.FISCAL_YEAR_DURATION,
      DateDurationRules.COUNT,
      DateDurationRules.HALF,
      DateDurationRules.UNIT_LONG,
      DateDurationRules.VAGUE_PLURAL,
      DateDurationRules.BARE_PLURAL);


  private static final RuleTriggers TRIGGERS = RuleTriggers.build(RULES);
  private static final RuleStarts STARTS = RuleStarts.of(RULES);

  /** An extractor with every built-in rule. */
  public DateExtractor() {}

  private record Candidate(int start, int end, DateRule rule, DateRule.Groups groups, int order) {
    int length() {
      return end - start;
    }

    boolean overlaps(Candidate o) {
      return start < o.end && o.start < end;
    }
  }

  /**
   * Dates in text order; relative ones resolved against {@code referenceDate} when given.
   *
   * @param analysis the analysed text
   * @param referenceDate the date relative expressions resolve against, or empty
   * @return the dates found
   */
  public List<DateMention> extract(TextAnalysis analysis, Optional<LocalDate> referenceDate) {
    return extract(analysis, referenceDate, Integer.MAX_VALUE - 1);
  }

  /**
   * Like {@link #extract(TextAnalysis, Optional)}; stops at the window where more than {@code
   * maxResults} are found.
   *
   * @param analysis the analysed text
   * @param referenceDate the date relative expressions resolve against, or empty
   * @param maxResults the number of dates past which the search stops
   * @return the dates found
   */
  public List<DateMention> extract(
      TextAnalysis analysis, Optional<LocalDate> referenceDate, int maxResults) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(referenceDate, "referenceDate");
    String text = analysis.text();
    DateContext ctx = new DateContext(referenceDate);
    List<DateMention> out = new ArrayList<>();
    List<EventDating.Pending> pending = new ArrayList<>();
    // one matcher per rule for the whole text, reset per chunk: a new one per chunk and rule
    // allocated its group arrays each time
    Matcher[] matchers = new Matcher[RULES.size()];
    // Paragraphs, not sentences: the sentence model splits after "Aug." in "Aug. 7".
    for (Paragraph p : analysis.paragraphs()) {
      int from = p.start();
      while (from < p.end() && out.size() <= maxResults) {
        int keepBefore = windowEdge(text, from, p.end());
        int to = Math.min(p.end(), keepBefore + MAX_EXPRESSION_CHARS);
        from = scanChunk(analysis, from, to, keepBefore, ctx, out, pending, matchers);
      }
    }
    EventDating.resolve(text, out, pending);
    return out;
  }

  /**
   * Where the window from {@code from} stops taking new expressions: the paragraph's end when
   * it is near, else the first whitespace from {@link #MAX_CHUNK} chars on (a word is never
   * cut), or, inside a whitespace-free run that long, {@link #MAX_CHUNK} chars on.
   */
  private static int windowEdge(String text, int from, int paragraphEnd) {
    int edge = from + MAX_CHUNK;
    if (edge >= paragraphEnd) {
      return paragraphEnd;
    }
    for (int k = edge; k < Math.min(paragraphEnd, edge + MAX_EXPRESSION_CHARS); k++) {
      if (Character.isWhitespace(text.charAt(k))) {
        return k;
      }
    }
    return edge;
  }

  /**
   * Scans {@code text[start, end)}, keeps the expressions that start before {@code keepBefore}
   * and returns where the next window starts: {@code keepBefore}, or the end of the last
   * expression kept when that reaches past it.
   */
  private int scanChunk(TextAnalysis analysis, int start, int end, int keepBefore,
      DateContext ctx, List<DateMention> out, List<EventDating.Pending> pending,
      Matcher[] matchers) {
    String text = analysis.text();
    String sentence = text.substring(start, end);
    List<Candidate> cands = new ArrayList<>();
    List<List<int[]>> windows = TRIGGERS.windows(sentence);
    RuleStarts.Chunk starts = STARTS.in(sentence);
    for (int r = 0; r < RULES.size(); r++) {
      DateRule rule = RULES.get(r);
      if (windows.get(r).isEmpty()) {
        continue;
      }
      Matcher m = matchers[r];
      if (m == null) {
        m = rule.pattern().matcher(sentence);
        m.useTransparentBounds(true); // (reset keeps both settings)
        m.useAnchoringBounds(false);
        matchers[r] = m;
      } else {
        m.reset(sentence);
      }
      for (int[] w : windows.get(r)) {
        int pos = w[0];
        // after a rejected match, look again one char further on (a shorter reading may pass)
        while (pos < w[1]) {
          if (!starts.find(m, r, pos, w[1])) {
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
      return keepBefore;
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
    // an expression starting past the edge is the next window's, found there again
    chosen.removeIf(c -> start + c.start >= keepBefore);
    chosen.sort(Comparator.comparingInt(Candidate::start));
    int next = keepBefore;
    ctx.sentence = sentence;
    ctx.doc = text;
    ctx.chunkStart = start;
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
      next = Math.max(next, start + c.end);
      DateRule.Timex t = c.rule.normaliser.apply(c.groups, ctx);
      if (t == null) {
        continue;
      }
      int stop = t.end() >= 0 ? t.end() : c.end;
      if (t.event() != null) {
        pending.add(new EventDating.Pending(out.size(), start + t.event().start(),
            start + t.event().end(), t.event()));
      }
      out.add(mention(text, start + c.start, start + stop, t.type(), t.value(), c.rule.id));
    }
    fillTimeDays(analysis, out, first);
    return next;
  }

  /**
   * Times without a date ("at 3 p.m.") take the day-level date mentioned closest to them in
   * their sentence, within {@link #TIME_DAY_DISTANCE} chars ("at 3 p.m. on Friday"), else the
   * anchor they saw when normalised (kept in the placeholder value).
   */
  private static void fillTimeDays(TextAnalysis analysis, List<DateMention> out, int first) {
    String text = analysis.text();
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
        // the date must be in the time's own sentence: "... before 10 a.m. The bill passed
        // late Thursday" says nothing of the day of 10 a.m.
        if (k != i && dist >= 0 && dist < best && DAY_VALUE.matcher(o.value()).matches()
            && analysis.sentenceAt(o.span().start()) == analysis.sentenceAt(d.span().start())) {
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
      Pattern.compile(
          "(?:\\d{4}-\\d{2}-\\d{2}|XXXX-\\d{2}-\\d{2}|XXXX-XX-XX|XXXX-WXX-\\d)(?:T.*)?");

  private static DateMention mention(
      String text, int start, int end, TimexType type, String value, String rule) {
    return mention(text, start, end, type, value, rule, Optional.empty());
  }

  static DateMention mention(String text, int start, int end, TimexType type, String value,
      String rule, Optional<EventAnchor> anchor) {
    TextSpan span = TextSpan.of(text, start, end);
    return new DateMention(
        span,
        type,
        value,
        TimexValues.granularity(type, value),
        TimexValues.temporal(type, value),
        TimexValues.amount(type, value),
        rule,
        TimexAttributes.mod(text, start, end),
        TimexAttributes.quant(type, span.text()),
        TimexAttributes.freq(type, span.text()),
        anchor);
  }
}
