package org.newsextract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;

/**
 * Finds and normalises temporal expressions. Immutable and thread-safe. Internal: use {@link
 * org.newsextract.NewsExtractor}.
 *
 * <p>Each sentence is scanned by every rule of {@link DateRules#ALL} (bounded regexes over the
 * sentence text). Overlapping matches are settled longest first (at equal length the earlier
 * rule wins); the survivors are then normalised in text order, so that anchored expressions
 * ("two days later", "the quarter") see the dates mentioned before them.
 */
public final class DateExtractor {
  /** Sentences longer than this are scanned in windows of this size (bounds regex work). */
  private static final int MAX_SENTENCE = 4000;

  private final List<DateRule> rules;

  public DateExtractor() {
    this.rules = DateRules.ALL;
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
    for (Sentence s : analysis.sentences()) {
      for (int from = s.start(); from < s.end(); from += MAX_SENTENCE) {
        int to = Math.min(s.end(), from + MAX_SENTENCE);
        scanSentence(text, from, to, s.index(), ctx, out);
      }
    }
    return out;
  }

  private void scanSentence(
      String text, int start, int end, int index, DateContext ctx, List<DateMention> out) {
    String sentence = text.substring(start, end);
    List<Candidate> cands = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      DateRule rule = rules.get(r);
      Matcher m = rule.pattern.matcher(sentence);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        DateRule.Groups g = rule.groups(m);
        if (rule.check.accept(g, sentence, m.start(), m.end())) {
          cands.add(new Candidate(m.start(), m.end(), rule, g, r));
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
    ctx.sentenceIndex = index;
    int first = out.size();
    for (Candidate c : chosen) {
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
