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
import org.newsextract.analysis.Paragraph;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.AttributionPatterns;
import org.newsextract.attribution.SourceKind;
import org.newsextract.pattern.PatternMatch;
import org.newsextract.pattern.PatternSet;
import org.newsextract.pattern.SlotFinder;

/**
 * Finds attributions with a compiled set of patterns. Immutable and thread-safe. Internal: use
 * {@link org.newsextract.NewsExtractor}.
 *
 * <p>Per sentence: a cheap word scan skips sentences with none of the patterns' cue words; the
 * others are tokenized and matched; POS tags are computed only when a cue has matched and a slot
 * must be found. Cues inside a direct quotation are skipped (reported speech within a quote is
 * the quoted speaker's, not the article's). When several patterns find the same cue, the match
 * that fills more slots wins, then the one with more fixed words, then the earlier pattern.
 */
public final class AttributionExtractor {
  /** How far a content span is extended to take in the rest of its quotation. */
  static final int MAX_QUOTE_EXTENSION_CHARS = 6000;
  private static final int MARKER_WINDOW_TOKENS = 40;
  /** Longest speaker label of a transcript turn ("SEN. ELIZABETH WARREN (D-MASS.):"). */
  private static final int MAX_SPEAKER_LABEL_CHARS = 40;
  private static final int MIN_TRANSCRIPT_TURNS = 2;
  /** Longest participial opening whose subject is looked for after it. */
  private static final int OPENING_MAX_TOKENS = 25;
  /** How near the start of another attribution's content an attitude counts as its complement. */
  private static final int COMPLEMENT_WINDOW_TOKENS = 8;
  private static final int MAX_GROUP_MARK = 8;
  private static final List<String> NOUN_PHRASE_SLOTS = List.of("source", "recipient");
  private static final Set<String> CLAUSE_PUNCTUATION = Set.of(".", ",", ";", "!", "?", "—");
  private static final Set<String> RELATIVE_OPENERS = Set.of("who", "which", "whom", "whose");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("you", "me", "us");

  private final AttributionPatterns patterns;
  private final PatternSet compiled;
  private final PhraseFinder finder = new PhraseFinder();
  private final List<String> otherAnchors;

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
    this.otherAnchors = otherAnchors(compiled.anchorWords());
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
    BitSet quoted = quotedChars(analysis);
    Set<String> anchors = compiled.anchorWords();
    WindowTagger.Context taggerContext = new WindowTagger.Context();
    List<Sentence> sentences = analysis.sentences();
    for (int i = 0; i < sentences.size() && out.size() <= maxResults; i++) {
      Sentence s = sentences.get(i);
      if (!mentionsAny(text, s.start(), s.end(), anchors, otherAnchors)) {
        continue;
      }
      SentenceTokens ts = new SentenceTokens(analysis, i, taggerContext);
      List<PatternMatch> matches = compiled.matchAll(ts, finder);
      if (matches.isEmpty()) {
        continue;
      }
      List<PatternMatch> chosen = resolve(text, ts, matches, quoted);
      Paragraph para = analysis.paragraphs().get(s.paragraph());
      PatternMatch[] byCueEnd = new PatternMatch[ts.size() + 1];
      for (PatternMatch m : chosen) {
        byCueEnd[m.cueEnd()] = m; // chosen cues never overlap: one per end
      }
      for (PatternMatch m : chosen) {
        if (complementOfAnother(ts, m, byCueEnd)) {
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

  private List<PatternMatch> resolve(
      String text, SentenceTokens ts, List<PatternMatch> matches, BitSet quoted) {
    List<PatternMatch> cands = new ArrayList<>();
    for (PatternMatch m : matches) {
      if (quoted.get(ts.token(m.cueStart()).start()) || !CueSenses.plausibleCue(text, ts, m)) {
        continue;
      }
      int[] source = m.slots().get("source");
      if (source != null && quoted.get(ts.token(source[0]).start())) {
        continue; // "\"I think he will win,\" said Kunin": the "I" is the quoted speaker's
      }
      if (plausible(ts, m)) {
        cands.add(m.has("source") ? m : withController(ts, subjectAfterOpening(ts, m)));
      } else if (!m.has("source") || m.slots().get("source")[0] < m.cueStart()) {
        cands.add(contentAfterParenthetical(ts, withoutContent(m)));
      } else {
        // "Ann Compton, who ..., said she ...": the phrase after the cue is not the source
        cands.add(withoutSlots(m));
      }
    }
    cands.sort(Comparator.comparingInt((PatternMatch m) -> -score(m))
        .thenComparingInt(PatternMatch::order)
        .thenComparingInt(PatternMatch::cueStart));
    // Linear in the matches: mark the tokens of chosen cues and of chosen source and recipient
    // slots, and check a candidate against the marks.
    List<PatternMatch> chosen = new ArrayList<>();
    boolean[] cueTaken = new boolean[ts.size()];
    boolean[] phraseTaken = new boolean[ts.size()];
    for (PatternMatch m : cands) {
      boolean clash = any(cueTaken, m.cueStart(), m.cueEnd())
          || any(phraseTaken, m.cueStart(), m.cueEnd());
      for (String slot : NOUN_PHRASE_SLOTS) {
        int[] x = m.slots().get(slot);
        clash |= x != null && any(cueTaken, x[0], x[1]);
      }
      if (!clash) {
        chosen.add(m);
        // the cue and the pattern's other words ("cited by") can be no other match's cue
        for (int[] g : m.groups()) {
          // the cue's group starts at the cue: before it may lie other words between a shared
          // subject and the cue ("Smith said, adding"), which can be cues of their own
          int from = g[0] <= m.cueStart() && m.cueStart() < g[1] ? m.cueStart() : g[0];
          if (g[1] - from <= MAX_GROUP_MARK) {
            java.util.Arrays.fill(cueTaken, from, g[1], true);
          }
        }
        java.util.Arrays.fill(cueTaken, m.cueStart(), m.cueEnd(), true);
        for (String slot : NOUN_PHRASE_SLOTS) {
          int[] x = m.slots().get(slot);
          if (x != null) {
            java.util.Arrays.fill(phraseTaken, x[0], x[1], true);
          }
        }
      }
    }
    return chosen;
  }

  /**
   * An attitude that opens the content of another attribution ("Smith said he wants ...",
   * "they say they believe ...") is part of what that source said, not an attribution of its
   * own; so is a speech cue with a pronoun source there ("he said she said" is rare, "said he
   * said" a tagger slip).
   */
  private static boolean complementOfAnother(
      SentenceTokens ts, PatternMatch m, PatternMatch[] byCueEnd) {
    // only the matches whose cue ends in the few tokens before this cue: constant work per match
    for (int e = Math.max(0, m.cueStart() - COMPLEMENT_WINDOW_TOKENS); e <= m.cueStart(); e++) {
      PatternMatch o = byCueEnd[e];
      int[] content = o == null ? null : o.slots().get("content");
      if (o == m || content == null || m.cueStart() < content[0] || m.cueStart() >= content[1]) {
        continue;
      }
      // "criticized the plan, calling it reckless": a new clause
      boolean clauseBreak = false;
      for (int k = o.cueEnd() + 1; k < m.cueStart() && !clauseBreak; k++) {
        clauseBreak = ts.lower(k).equals(",") || ts.lower(k).equals(";");
      }
      String before = ts.lower(m.cueStart() - 1);
      if (clauseBreak || before.equals("and") || before.equals("but")) {
        continue; // "complained ... and questioned": a second verb of the same subject
      }
      boolean speech = false;
      for (int k = m.cueStart(); k < m.cueEnd() && !speech; k++) {
        speech = Lexicons.SAY.contains(ts.lower(k));
      }
      int[] src = m.slots().get("source");
      // "ammunition to Republicans who say ...": a relative clause is no complement
      boolean pronoun = src != null && src[1] - src[0] == 1 && ts.tag(src[0]).equals("PRON")
          && !RELATIVE_PRONOUNS.contains(ts.lower(src[0]));
      if (!speech || pronoun) {
        return true;
      }
    }
    return false;
  }

  /**
   * A longer cue wins ("declined to comment" over "declined"), then more filled slots, then more
   * words matched by the pattern.
   */
  private static int score(PatternMatch m) {
    return (m.cueEnd() - m.cueStart()) * 10_000 + m.slots().size() * 100 + m.fixedTokens();
  }

  /**
   * Content before the cue is taken only when it is a quotation or nothing but punctuation
   * follows the match: in "In Iowa, Smith said the plan ..." and "Tom Vilsack, told MSNBC that
   * ..." the words before the cue are not what was said.
   */
  private static boolean plausible(SentenceTokens ts, PatternMatch m) {
    int[] content = m.slots().get("content");
    int[] source = m.slots().get("source");
    if (content == null || content[1] > m.cueStart()) {
      return true;
    }
    boolean opensLater = false; // "Humphrey, who calls Trump a “sociopath,”" is no quotation
    int undirected = 0; // '' and " both open and close: two of them inside open one there
    for (int k = content[0] + 1; k < m.cueStart() && k < content[0] + 400; k++) {
      String w = ts.lower(k);
      opensLater |= k < content[1] && (w.equals("“") || w.equals("``"));
      undirected += w.equals("''") || w.equals("\"") ? 1 : 0;
    }
    opensLater |= undirected >= 2; // "Mr. Manafort, citing ''the unique magic,'' said ..."
    for (int k = content[1] - 1; k < m.cueStart() && k < content[1] + 3 && !opensLater; k++) {
      String w = ts.lower(k);
      if (NounChunks.isQuote(w) || w.equals("?") || w.equals("!")) {
        return true; // the content, or the separator after it, closes a quotation
      }
    }
    if (source != null && source[0] >= m.cueEnd()) {
      String head = ts.lower(m.cueStart());
      if (head.endsWith("ing") && !head.equals("according") && m.cueStart() > 0
          && ts.lower(m.cueStart() - 1).equals(",")) {
        return false; // "..., announcing a review": a participle has its object after it
      }
      if (!hasCueVerb(ts, m)) {
        return true; // "..., according to a poll released Thursday": no verb to start a clause
      }
      boolean inverted = m.cueStart() > 0 && ts.lower(m.cueStart() - 1).equals(",")
          && !ts.lower(m.cueEnd() - 1).equals("by");
      if (inverted && !hasMainVerb(ts, content[0], content[1])) {
        return false; // "Priebus, who ..., acknowledged the problem.": no statement before
      }
      if (source[1] >= ts.size() || CLAUSE_PUNCTUATION.contains(ts.lower(source[1]))
          || NounChunks.isQuote(ts.lower(source[1]))) {
        return true; // "The ad could start this week, said Brian Baker, an adviser."
      }
    }
    int last = ts.size();
    while (last > m.end() && !hasLetterOrDigit(ts.lower(last - 1))) {
      last--;
    }
    // nothing after the cue, or only when and how it was said: "..., the army said on Sunday",
    // "..., officials said in a statement Tuesday"
    return last <= m.end() || ContentPhrases.onlyAdjunct(ts, m.end(), last);
  }

  /**
   * Whether tokens [from, to) hold a verb outside a relative clause: "The ad could start this
   * week" is a statement, "Priebus, who has been in contact for months" only a noun phrase.
   */
  private static boolean hasMainVerb(SentenceTokens ts, int from, int to) {
    boolean relative = false;
    for (int k = from; k < to; k++) {
      String w = ts.lower(k);
      if (w.equals(",")) {
        relative = k + 1 < to && RELATIVE_OPENERS.contains(ts.lower(k + 1));
      } else if (!relative && (ts.tag(k).equals("VERB") || ts.tag(k).equals("AUX"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCueVerb(SentenceTokens ts, PatternMatch m) {
    for (int k = m.cueStart(); k < m.cueEnd(); k++) {
      if (Lexicons.CUE_VERBS.contains(ts.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Only the cue of a match whose phrases are not to be trusted. */
  private static PatternMatch withoutSlots(PatternMatch m) {
    return new PatternMatch(m.patternId(), m.cueStart(), m.cueEnd(), m.cueStart(), m.cueEnd(),
        java.util.Map.of(), 0, List.of(new int[] {m.cueStart(), m.cueEnd()}), m.order());
  }

  /**
   * "Greensboro, Sexton said, made him question ...": an attribution set off by commas inside
   * the statement, whose content is the clause that goes on after it.
   */
  private PatternMatch contentAfterParenthetical(SentenceTokens ts, PatternMatch m) {
    if (m.end() + 1 >= ts.size() || !ts.lower(m.end()).equals(",")) {
      return m;
    }
    int[] content = finder.find("content", SlotFinder.Side.RIGHT, ts, m.end() + 1);
    return content == null ? m : withSlot(m, "content", content, m.start(), content[1]);
  }

  /**
   * A cue with no source of its own in an infinitive or gerund takes the one who governs it:
   * "Other leaders used blunt language to denounce ...", "drives the candidate to say ...".
   */
  private PatternMatch withController(SentenceTokens ts, PatternMatch m) {
    if (m.has("source")) {
      return m;
    }
    int[] source = SharedSubjects.controllerOf(ts, m.cueStart());
    return source == null ? m
        : withSlot(m, "source", source, Math.min(m.start(), source[0]), m.end());
  }

  /**
   * "Citing security concerns, the ministry closed ...": a participle opening the sentence
   * shares the subject of the clause after its comma; the content ends at that comma.
   */
  private static PatternMatch subjectAfterOpening(SentenceTokens ts, PatternMatch m) {
    // "Citing ...", and after a preposition: "In declaring ...", "After suggesting ..."
    boolean opens = m.cueStart() == 0 || m.cueStart() == 1
        && (ts.tag(0).equals("ADP") || ts.tag(0).equals("SCONJ"));
    if (!opens || !ts.lower(m.cueStart()).endsWith("ing")) {
      return m;
    }
    for (int k = m.cueEnd(); k < ts.size() && k < m.cueEnd() + OPENING_MAX_TOKENS; k++) {
      String w = ts.lower(k);
      if (w.equals(";") || w.equals(":")) {
        return m;
      }
      if (!w.equals(",")) {
        continue;
      }
      int after = k + 1;
      if (after < ts.size() && NounChunks.isQuote(ts.lower(after))) {
        after++; // "Citing “obligations in Tennessee,” the spokeswoman"
      }
      int[] subject = NounChunks.chunkRight(ts, after, SourcePhrases.SOURCE_MAX_TOKENS, false);
      if (subject == null || subject[1] >= ts.size() || !(ts.tag(subject[1]).equals("VERB")
          || ts.tag(subject[1]).equals("AUX") || ts.tag(subject[1]).equals("ADV"))) {
        return m;
      }
      java.util.Map<String, int[]> slots = new java.util.HashMap<>(m.slots());
      slots.put("source", subject);
      if (k > m.cueEnd()) {
        slots.put("content", new int[] {m.cueEnd(), k});
      } else {
        slots.remove("content");
      }
      return withSlots(m, slots, m.start(), subject[1]);
    }
    return m;
  }

  /** The match without its content slot, ranked below matches that fill more slots. */
  private static PatternMatch withoutContent(PatternMatch m) {
    java.util.Map<String, int[]> slots = new java.util.HashMap<>(m.slots());
    int[] content = slots.remove("content");
    int start = m.start();
    for (int[] s : slots.values()) {
      start = Math.min(start, s[0]);
    }
    start = Math.min(start, m.cueStart());
    start = Math.max(start, content[1]);
    return withSlots(m, slots, start, m.end());
  }

  /** The match with slot {@code name} set to {@code span}, over tokens [start, end). */
  private static PatternMatch withSlot(PatternMatch m, String name, int[] span, int start,
      int end) {
    java.util.Map<String, int[]> slots = new java.util.HashMap<>(m.slots());
    slots.put(name, span);
    return withSlots(m, slots, start, end);
  }

  /** The match with other slots over tokens [start, end); cue, words and rank kept. */
  private static PatternMatch withSlots(
      PatternMatch m, java.util.Map<String, int[]> slots, int start, int end) {
    return new PatternMatch(m.patternId(), start, end, m.cueStart(), m.cueEnd(),
        java.util.Map.copyOf(slots), m.fixedTokens(), m.groups(), m.order());
  }

  private static boolean any(boolean[] marks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (marks[k]) {
        return true;
      }
    }
    return false;
  }

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
      int cs = ts.token(con[0]).start();
      int ce = ts.token(con[1] - 1).end();
      int[] ext = balanceQuotes(text, cs, ce, para.start(), para.end());
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

  /**
   * Extends a content span to the rest of a quotation it opens or closes: the closing mark of
   * "“We will win," (with its comma) or the opening of a quotation several sentences long.
   * Bounded by the paragraph and {@link #MAX_QUOTE_EXTENSION_CHARS}.
   */
  static int[] balanceQuotes(String text, int cs, int ce, int paraStart, int paraEnd) {
    int opens = 0;
    int closes = 0;
    int straight = 0;
    for (int k = cs; k < ce; k++) {
      char c = text.charAt(k);
      if (c == '“') {
        opens++;
      } else if (c == '”') {
        if (opens > 0) {
          opens--;
        } else {
          closes++;
        }
      } else if (c == '"') {
        straight++;
      } else if (c == '\'' && k + 1 < ce && text.charAt(k + 1) == '\'') {
        straight++;
        k++;
      }
    }
    int limitEnd = Math.min(paraEnd, ce + MAX_QUOTE_EXTENSION_CHARS);
    int limitStart = Math.max(paraStart, cs - MAX_QUOTE_EXTENSION_CHARS);
    if (opens > 0) {
      for (int k = ce; k < limitEnd; k++) {
        if (text.charAt(k) == '”') {
          ce = k + 1;
          break;
        }
        if (text.charAt(k) == '“') {
          break;
        }
      }
    } else if (closes > 0) {
      for (int k = cs - 1; k >= limitStart; k--) {
        if (text.charAt(k) == '“') {
          cs = k;
          break;
        }
        if (text.charAt(k) == '”') {
          break;
        }
      }
    } else if (straight % 2 == 1) {
      boolean opensHere = isStraightAt(text, cs) || ce < text.length() && straightIsOpenAt(text,
          cs, ce);
      if (opensHere) {
        for (int k = ce; k < limitEnd; k++) {
          if (isStraightAt(text, k)) {
            ce = text.charAt(k) == '"' ? k + 1 : Math.min(text.length(), k + 2);
            break;
          }
        }
      } else {
        for (int k = cs - 1; k >= limitStart; k--) {
          if (isStraightAt(text, k)) {
            cs = text.charAt(k) == '"' || k == 0 || text.charAt(k - 1) != '\'' ? k : k - 1;
            break;
          }
        }
      }
    }
    return new int[] {cs, ce};
  }

  private static boolean isStraightAt(String text, int k) {
    char c = text.charAt(k);
    return c == '"' || c == '\'' && (k + 1 < text.length() && text.charAt(k + 1) == '\''
        || k > 0 && text.charAt(k - 1) == '\'');
  }

  /** The odd straight quote in [cs, ce) opens a quotation (a word follows it directly). */
  private static boolean straightIsOpenAt(String text, int cs, int ce) {
    for (int k = ce - 1; k >= cs; k--) {
      if (isStraightAt(text, k)) {
        if (text.charAt(k) == '\'' && k + 1 < text.length() && text.charAt(k + 1) == '\'') {
          k++;
        }
        return k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1))
            && ".,;:!?".indexOf(text.charAt(k + 1)) < 0;
      }
    }
    return false;
  }

  /**
   * The chars inside a direct quotation: between an opening mark and its closing mark in the
   * same paragraph. An unclosed quotation marks nothing.
   */
  static BitSet quotedChars(TextAnalysis analysis) {
    String text = analysis.text();
    BitSet quoted = new BitSet(text.length());
    for (Paragraph p : analysis.paragraphs()) {
      // curly and straight marks are often mixed (“...," she said): any opening mark opens,
      // any closing mark closes, a straight mark toggles
      int open = -1;
      for (int k = p.start(); k < p.end(); k++) {
        char c = text.charAt(k);
        // two apostrophes stand for a straight double quote in some feeds (''Yes,'' he said)
        boolean straight = c == '"' || c == '\'' && k + 1 < p.end() && text.charAt(k + 1) == '\'';
        int width = straight && c == '\'' ? 2 : 1;
        // a straight mark opens where a word follows it and none precedes it
        boolean opening = c == '“' || straight
            && (k == p.start() || Character.isWhitespace(text.charAt(k - 1))
                || "([{—".indexOf(text.charAt(k - 1)) >= 0)
            && k + width < p.end() && !Character.isWhitespace(text.charAt(k + width));
        boolean closing = c == '”' || straight && !opening;
        if (opening && open < 0) {
          open = k;
        } else if ((closing || straight) && open >= 0) {
          quoted.set(open, k + width);
          open = -1;
        }
        // a closing mark with nothing open ends a quotation begun in an earlier paragraph
        k += width - 1;
      }
      // a quotation running on over paragraphs opens a paragraph and does not close in it
      if (open >= 0 && open == p.start()) {
        quoted.set(open, p.end());
      }
    }
    // a transcript has turns; one "EXCLUSIVE: Mayor says ..." headline is not a transcript
    List<int[]> turns = new ArrayList<>();
    for (Paragraph p : analysis.paragraphs()) {
      int turn = transcriptTurn(text, p.start(), p.end());
      if (turn > 0) {
        turns.add(new int[] {turn, p.end()});
      }
    }
    if (turns.size() >= MIN_TRANSCRIPT_TURNS) {
      for (int[] t : turns) {
        quoted.set(t[0], t[1]);
      }
    }
    return quoted;
  }

  /**
   * Where the speech of a transcript turn begins ("TAPPER: And you ...", "Q: Did you ...",
   * "A: Well, I think ..."): after a label in capitals and its colon. The turn is the labelled
   * speaker's own words, as a quotation is. -1 when the paragraph is no such turn.
   */
  static int transcriptTurn(String text, int start, int end) {
    int k = start;
    int letters = 0;
    while (k < end && k - start <= MAX_SPEAKER_LABEL_CHARS) {
      char c = text.charAt(k);
      if (c == ':') {
        return letters > 0 && k + 1 < end ? k + 1 : -1;
      }
      if (Character.isLowerCase(c) || Character.isDigit(c)) {
        return -1;
      }
      letters += Character.isLetter(c) ? 1 : 0;
      k++;
    }
    return -1;
  }

  /**
   * True when text[start, end) has a word from {@code words} (runs of letters), or contains one
   * of the anchors that are not plain words (punctuation, "'s").
   */
  private static boolean mentionsAny(
      String text, int start, int end, Set<String> words, List<String> otherAnchors) {
    for (String a : otherAnchors) {
      for (int k = start; k + a.length() <= end; k++) {
        if (text.startsWith(a, k)) {
          return true;
        }
      }
    }
    StringBuilder w = new StringBuilder(24);
    for (int k = start; k <= end; k++) {
      char c = k < end ? text.charAt(k) : ' ';
      if (Character.isLetter(c)) {
        if (w.length() < 24) {
          w.append(Character.toLowerCase(c));
        }
      } else if (w.length() > 0) {
        if (words.contains(w.toString())) {
          return true;
        }
        w.setLength(0);
      }
    }
    return false;
  }

  /** Anchors that are not runs of letters, which the word scan cannot see. */
  private static List<String> otherAnchors(Set<String> anchors) {
    List<String> out = new ArrayList<>();
    for (String a : anchors) {
      if (a.isEmpty() || !a.chars().allMatch(Character::isLetter)) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }
}
