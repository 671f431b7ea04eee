package org.newsextract.attribution.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsextract.PatternException;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Datelines;
import org.newsextract.analysis.Paragraph;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.AttributionPatterns;
import org.newsextract.attribution.SourceKind;
import org.newsextract.pattern.PatternMatch;
import org.newsextract.pattern.PatternSet;

/**
 * Finds attributions with a compiled set of patterns. Immutable and thread-safe. Internal: use
 * {@link org.newsextract.NewsExtractor}.
 *
 * <p>Per sentence: a cheap word scan skips sentences with none of the patterns' cue words; the
 * others are tokenized and matched; POS tags are computed only when a cue has matched and a slot
 * must be found. Cues inside a direct quotation are skipped (reported speech within a quote is
 * the quoted speaker's, not the article's). When several patterns find the same cue, the match
 * that fills more slots wins, then the one with more fixed words, then the earlier pattern.
 *
 * <p>The rules live in one class per question: {@link AnchorScan} (is a sentence worth reading),
 * {@link QuotedText} (where the quotations are), {@link MatchChoice} (which matches to keep).
 */
public final class AttributionExtractor {
  private static final int MARKER_WINDOW_TOKENS = 40;
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("you", "me", "us");

  private final AttributionPatterns patterns;
  private final PatternSet compiled;
  private final PhraseFinder finder = new PhraseFinder();
  private final AnchorScan anchorScan;

  /**
   * Compiles {@code patterns}.
   *
   * @param patterns the patterns to compile
   * @throws org.newsextract.PatternException (an IllegalArgumentException) naming the
   *     first bad pattern and the position of the problem
   */
  public AttributionExtractor(AttributionPatterns patterns) {
    this.patterns = patterns;
    this.compiled = PatternCompiler.compile(patterns);
    this.anchorScan = new AnchorScan(compiled.anchorWords());
  }

  /**
   * The patterns this extractor was built from.
   *
   * @return the patterns as given
   */
  public AttributionPatterns patterns() {
    return patterns;
  }

  /**
   * Attributions in text order.
   *
   * @param analysis the analysed text
   * @return the attributions found
   */
  public List<Attribution> extract(TextAnalysis analysis) {
    return extract(analysis, Integer.MAX_VALUE - 1);
  }

  /**
   * Attributions in text order; stops at the sentence where more than {@code maxResults} are
   * found, so at most one sentence's worth more than that is ever held (the caller trims).
   *
   * @param analysis the analysed text
   * @param maxResults the number of results past which the search stops
   * @return the attributions found
   */
  public List<Attribution> extract(TextAnalysis analysis, int maxResults) {
    String text = analysis.text();
    List<Attribution> out = new ArrayList<>();
    if (compiled.patterns().isEmpty()) {
      return out;
    }
    BitSet quoted = QuotedText.quotedChars(analysis);
    WindowTagger.Context taggerContext = new WindowTagger.Context();
    List<Sentence> sentences = analysis.sentences();
    for (int i = 0; i < sentences.size() && out.size() <= maxResults; i++) {
      Sentence s = sentences.get(i);
      if (!anchorScan.mentionsAny(text, s.start(), s.end())) {
        continue;
      }
      SentenceTokens ts = new SentenceTokens(analysis, i, taggerContext);
      List<PatternMatch> matches = compiled.matchAll(ts, finder);
      if (matches.isEmpty()) {
        continue;
      }
      List<PatternMatch> chosen = MatchChoice.resolve(text, ts, matches, quoted, finder);
      Paragraph para = analysis.paragraphs().get(s.paragraph());
      PatternMatch[] byCueEnd = new PatternMatch[ts.size() + 1];
      for (PatternMatch m : chosen) {
        byCueEnd[m.cueEnd()] = m; // chosen cues never overlap: one per end
      }
      for (PatternMatch m : chosen) {
        if (MatchChoice.complementOfAnother(ts, m, byCueEnd)) {
          continue;
        }
        if (NounChunks.oneWordOf(ts, m.slots().get("source"), SPEAKER_PRONOUNS)) {
          continue; // "I think", "you know": speech inside a quotation or interview
        }
        out.add(toAttribution(text, ts, m, para));
      }
    }
    out.sort(Comparator.comparing(Attribution::span));
    return out;
  }

  // ------------------------------------------------------------------------------------------

  private Attribution toAttribution(
      String text, SentenceTokens ts, PatternMatch m, Paragraph para) {
    TextSpan cue = charSpan(text, ts, m.cueStart(), m.cueEnd());
    int[] src = m.slots().get("source");
    int[] rec = m.slots().get("recipient");
    int[] con = m.slots().get("content");
    Optional<TextSpan> source =
        src == null ? Optional.empty() : Optional.of(charSpan(text, ts, src[0], src[1]));
    Optional<TextSpan> recipient =
        rec == null ? Optional.empty() : Optional.of(charSpan(text, ts, rec[0], rec[1]));
    Optional<TextSpan> content = Optional.empty();
    if (con != null) {
      // "MOGADISHU, Somalia (AP) — A car bomb exploded ...": what was said starts after it
      int cs = Datelines.skip(text, ts.token(con[0]).start(), ts.token(con[1] - 1).end());
      int ce = ts.token(con[1] - 1).end();
      int[] ext = QuotedText.balanceQuotes(text, cs, ce, para.start(), para.end());
      content = Optional.of(TextSpan.of(text, ext[0], ext[1]));
    }
    SourceKind kind = SourceKind.OTHER;
    if (src != null) {
      boolean marker = SourceClassifier.marksAnonymity(ts,
          Math.max(0, m.start() - MARKER_WINDOW_TOKENS),
          Math.min(ts.size(), m.end() + MARKER_WINDOW_TOKENS));
      kind = SourceClassifier.classify(ts, src[0], src[1], marker);
    }
    int start = cue.start();
    int end = cue.end();
    for (Optional<TextSpan> o : List.of(source, recipient, content)) {
      if (o.isPresent()) {
        start = Math.min(start, o.get().start());
        end = Math.max(end, o.get().end());
      }
    }
    return new Attribution(TextSpan.of(text, start, end), source, Optional.empty(), kind,
        Optional.of(cue), recipient, content, m.patternId());
  }

  /**
   * The kind of a source phrase found by another layer (a quote's speaker), read like an
   * attribution's source: from the words and tags of its sentence.
   *
   * @param analysis the analysed text
   * @param phrase a phrase of that text
   * @return the kind of source the phrase names, {@link SourceKind#OTHER} when it is outside
   *     every sentence
   */
  public SourceKind kindOf(TextAnalysis analysis, TextSpan phrase) {
    int i = analysis.sentenceAt(phrase.start());
    if (i < 0) {
      return SourceKind.OTHER;
    }
    // one reading of a sentence serves every phrase asked about in it (tags and anonymity
    // markers are computed once), so asking for every quote's speaker stays linear
    Map<Integer, SentenceTokens> read = analysis.memo(KIND_TOKENS_KEY, HashMap::new);
    WindowTagger.Context context = analysis.memo(KIND_CONTEXT_KEY, WindowTagger.Context::new);
    SentenceTokens ts = read.computeIfAbsent(i, k -> new SentenceTokens(analysis, k, context));
    int from = firstTokenFrom(ts, phrase.start());
    int to = from;
    while (to < ts.size() && ts.token(to).end() <= phrase.end()) {
      to++;
    }
    if (from >= ts.size() || to == from) {
      return SourceKind.OTHER;
    }
    boolean marker = SourceClassifier.marksAnonymity(ts, Math.max(0, from - MARKER_WINDOW_TOKENS),
        Math.min(ts.size(), to + MARKER_WINDOW_TOKENS));
    return SourceClassifier.classify(ts, from, to, marker);
  }

  private static final Object KIND_TOKENS_KEY = new Object();
  private static final Object KIND_CONTEXT_KEY = new Object();

  /** The first token starting at or after {@code offset} (binary search). */
  private static int firstTokenFrom(SentenceTokens ts, int offset) {
    int lo = 0;
    int hi = ts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ts.token(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static TextSpan charSpan(String text, SentenceTokens ts, int from, int to) {
    return TextSpan.of(text, ts.token(from).start(), ts.token(to - 1).end());
  }
}
