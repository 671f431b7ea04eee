package org.newsextract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
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
      DateDurationRules.SET_ADVERB,
      DateDurationRules.FISCAL_YEAR_DURATION,
      DateDurationRules.COUNT,
      DateDurationRules.HALF,
      DateDurationRules.UNIT_LONG,
      DateDurationRules.VAGUE_PLURAL,
      DateDurationRules.BARE_PLURAL);

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
    for (int r = 0; r < rules.size(); r++) {
      DateRule rule = rules.get(r);
      Matcher m = rule.pattern.matcher(sentence);
      int pos = 0;
      // after a rejected match, look again one char further on (a shorter reading may pass)
      while (pos < sentence.length() && m.find(pos)) {
        if (m.end() == m.start()) {
          pos = m.end() + 1;
          continue;
        }
        DateRule.Groups g = rule.groups(m);
        if (rule.check.accept(g, sentence, m.start(), m.end())) {
          cands.add(new Candidate(m.start(), m.end(), rule, g, r));
          pos = m.end();
        } else {
          pos = m.start() + 1;
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
    int sentence0 = -1;
    for (Candidate c : chosen) {
      int index = Math.max(0, analysis.sentenceAt(start + c.start));
      if (index != sentence0) {
        fillTimeDays(text, out, first, ctx);
        first = out.size();
        sentence0 = index;
      }
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
    fillTimeDays(text, out, first, ctx);
  }

  /** Times without a date take a day-level date of the same sentence, else the anchor. */
  private static void fillTimeDays(String text, List<DateMention> out, int first, DateContext ctx) {
    String sentenceDay = null;
    for (int i = first; i < out.size(); i++) {
      String v = out.get(i).value();
      if (v.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
        sentenceDay = v.substring(0, 10);
        break;
      }
    }
    for (int i = first; i < out.size(); i++) {
      DateMention d = out.get(i);
      if (d.value().startsWith(DateTimeRules.DAY_PLACEHOLDER)) {
        String day = sentenceDay != null ? sentenceDay : TimexValues.day(ctx.anchorOrBase());
        String v = day + d.value().substring(DateTimeRules.DAY_PLACEHOLDER.length());
        out.set(i, mention(text, d.span().start(), d.span().end(), d.type(), v, d.rule()));
      }
    }
  }

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
