package org.newsextract.source.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.quote.Quote;

/**
 * Every statement once: the quotes whose speaker the quote layer found but that no attribution
 * holds become attributions of their speaker, and an attribution that found its cue but not its
 * source takes the speaker found through the same cue. Internal: used by {@link
 * org.newsextract.NewsExtractor} before the sources are linked; stateless and thread-safe.
 */
public final class QuoteStatements {
  private QuoteStatements() {}

  /** Pattern id of a statement made of a quote with a cue but no attribution around it. */
  public static final String QUOTE_WITH_CUE = "quote-speaker";
  /** Pattern id of a quote whose speaker is inherited (its own paragraph, a turn continued). */
  public static final String QUOTE_CONTINUED = "quote-continuation";

  /**
   * Every statement once: a quote of reported speech with a speaker that no attribution's
   * content holds becomes an attribution of its speaker, with the quote's cue (a colon, a dash,
   * "said" in a sentence the attribution patterns did not read) or none when the speaker is
   * inherited from an earlier quote or paragraph.
   *
   * @param analysis the analysed text
   * @param found the attributions the patterns found
   * @param quotes the final quotes, in text order
   * @param kindOf the kind of a phrase of the text
   * @return {@code found} with an attribution added for each such quote
   */
  public static List<Attribution> add(TextAnalysis analysis,
      List<Attribution> found, List<Quote> quotes,
      BiFunction<TextAnalysis, TextSpan, SourceKind> kindOf) {
    String text = analysis.text();
    java.util.Set<Integer> cueStarts = new java.util.HashSet<>();
    java.util.Set<Integer> sourceStarts = new java.util.HashSet<>();
    List<TextSpan> contents = new ArrayList<>();
    for (Attribution a : found) {
      a.cue().ifPresent(c -> cueStarts.add(c.start()));
      a.source().ifPresent(s -> sourceStarts.add(s.start()));
      a.content().ifPresent(contents::add);
    }
    Spans held = new Spans(contents);
    found = withSpeakersAsSources(analysis, found, quotes, kindOf);
    List<Attribution> added = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.kind() != org.newsextract.quote.QuoteKind.SPEECH || q.speaker().isEmpty()) {
        continue;
      }
      // a cue in another paragraph is an earlier quote's: this one continues that speaker's turn
      Optional<TextSpan> cue = q.cue().filter(c -> paragraphOf(analysis, c.start())
          == paragraphOf(analysis, q.span().start()));
      // 'Reuters reported that a third source “said ...”': a speaker and cue of its own inside
      // another attribution's content make a statement within that statement
      boolean nested = cue.isPresent() && !cueStarts.contains(cue.get().start())
          && held.overlaps(q.speaker().get());
      if (held.overlaps(q.span()) && !nested) {
        continue;
      }
      if (cue.isPresent() && cueStarts.contains(cue.get().start())
          || cue.isPresent() && sourceStarts.contains(q.speaker().get().start())) {
        continue; // the statement is there already, its content read differently
      }
      TextSpan content = withMarks(text, q.span());
      if (cue.isPresent() && q.span().contains(cue.get()) && cue.get().end() < q.span().end()) {
        // 'a third source “said some of the jihadis ...”': the words after the quote's own cue
        int from = cue.get().end();
        while (from < q.span().end() && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
        content = TextSpan.of(text, from, q.span().end());
      }
      TextSpan speaker = q.speaker().get();
      int start = Math.min(content.start(), speaker.start());
      int end = Math.max(content.end(), speaker.end());
      if (cue.isPresent()) {
        start = Math.min(start, cue.get().start());
        end = Math.max(end, cue.get().end());
      } else {
        start = content.start(); // the speaker named paragraphs before is not part of the phrase
        end = content.end();
      }
      added.add(new Attribution(TextSpan.of(text, start, end), Optional.of(speaker),
          Optional.empty(), kindOf.apply(analysis, speaker), cue, Optional.empty(),
          Optional.of(content), cue.isPresent() ? QUOTE_WITH_CUE : QUOTE_CONTINUED));
    }
    if (added.isEmpty()) {
      return found;
    }
    List<Attribution> all = new ArrayList<>(found);
    all.addAll(added);
    all.sort(Comparator.comparing(Attribution::span));
    return all;
  }

  private static int paragraphOf(TextAnalysis analysis, int offset) {
    int s = analysis.sentenceAt(offset);
    return s < 0 ? -1 : analysis.sentences().get(s).paragraph();
  }

  /**
   * An attribution that found its cue but not its source ("... as saying “some of the men”")
   * takes the speaker the quote layer found for a quote in its content through the same cue
   * ("quoted one source with knowledge of ... as saying").
   */
  private static List<Attribution> withSpeakersAsSources(TextAnalysis analysis,
      List<Attribution> found, List<Quote> quotes,
      BiFunction<TextAnalysis, TextSpan, SourceKind> kindOf) {
    java.util.TreeMap<Integer, Quote> byCueStart = new java.util.TreeMap<>();
    for (Quote q : quotes) {
      if (q.speaker().isPresent() && q.cue().isPresent()) {
        byCueStart.putIfAbsent(q.cue().get().start(), q);
      }
    }
    List<Attribution> out = null;
    for (int i = 0; i < found.size(); i++) {
      Attribution a = found.get(i);
      if (a.source().isPresent() || a.cue().isEmpty() || a.content().isEmpty()) {
        continue;
      }
      TextSpan cue = a.cue().get();
      // quotes whose cue ends in this cue: the cue "quoted X as saying" ends in "saying"
      Map.Entry<Integer, Quote> e = byCueStart.floorEntry(cue.start());
      Quote q = e == null ? null : e.getValue();
      if (q == null || !q.cue().get().overlaps(cue) || !a.content().get().overlaps(q.span())) {
        continue;
      }
      TextSpan speaker = q.speaker().get();
      if (out == null) {
        out = new ArrayList<>(found);
      }
      String text = analysis.text();
      int start = Math.min(a.span().start(), speaker.start());
      int end = Math.max(a.span().end(), speaker.end());
      out.set(i, new Attribution(TextSpan.of(text, start, end), Optional.of(speaker),
          Optional.empty(), kindOf.apply(analysis, speaker), a.cue(), a.recipient(), a.content(),
          a.pattern()));
    }
    return out == null ? found : out;
  }

  /** Spans asked whether any of them overlaps a span: O(log n) a question. */
  private static final class Spans {
    private final int[] starts;
    private final int[] maxEnds; // the largest end among the spans up to each, by start

    Spans(List<TextSpan> spans) {
      List<TextSpan> sorted = new ArrayList<>(spans);
      sorted.sort(Comparator.naturalOrder());
      starts = new int[sorted.size()];
      maxEnds = new int[sorted.size()];
      int max = Integer.MIN_VALUE;
      for (int i = 0; i < sorted.size(); i++) {
        starts[i] = sorted.get(i).start();
        max = Math.max(max, sorted.get(i).end());
        maxEnds[i] = max;
      }
    }

    boolean overlaps(TextSpan s) {
      // the last span starting before s ends; any overlap has start < s.end and end > s.start
      int lo = 0;
      int hi = starts.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < s.end()) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found >= 0 && maxEnds[found] > s.start();
    }
  }

  /** The quote's words with the marks around them, when there are marks. */
  private static TextSpan withMarks(String text, TextSpan words) {
    int s = words.start();
    int e = words.end();
    if (s > 0 && "\"“”«»„".indexOf(text.charAt(s - 1)) >= 0) {
      s--;
    }
    if (e < text.length() && "\"“”«»".indexOf(text.charAt(e)) >= 0) {
      e++;
    }
    return TextSpan.of(text, s, e);
  }

}
