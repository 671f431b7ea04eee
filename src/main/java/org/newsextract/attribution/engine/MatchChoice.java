package org.newsextract.attribution.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsextract.pattern.PatternMatch;
import org.newsextract.pattern.SlotFinder;

/**
 * Which pattern matches of a sentence to keep, and how to mend the ones whose phrases are off:
 * where several patterns find the same cue the longer cue and the fuller match win; content
 * before a cue is kept only where it can be what was said; a cue with no source takes the
 * subject after a participial opening or the one who governs it; an attitude opening another
 * attribution's content is part of it, not an attribution of its own.
 */
final class MatchChoice {
  private MatchChoice() {}

  /** Longest participial opening whose subject is looked for after it. */
  private static final int OPENING_MAX_TOKENS = 25;
  /** How near the start of another attribution's content an attitude counts as its complement. */
  private static final int COMPLEMENT_WINDOW_TOKENS = 8;
  private static final int MAX_GROUP_MARK = 8;
  private static final List<String> NOUN_PHRASE_SLOTS = List.of("source", "recipient");
  private static final Set<String> CLAUSE_PUNCTUATION = Set.of(".", ",", ";", "!", "?", "—");
  private static final Set<String> RELATIVE_OPENERS = Set.of("who", "which", "whom", "whose");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
  private static final Set<String> OPENING_PREPOSITIONS = Set.of("despite", "amid", "amidst",
      "after", "over", "given", "with", "following", "notwithstanding");
  /** Conjunctions that open an adverbial clause: what follows has its own subject and verb. */
  private static final Set<String> ADVERBIAL_OPENERS = Set.of("when", "after", "as", "because",
      "while", "before", "until", "since", "although", "though", "whereas", "once");

  static List<PatternMatch> resolve(String text, SentenceTokens ts, List<PatternMatch> matches,
      BitSet quoted, SlotFinder finder) {
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
        m = openingClauseContent(ts, m);
        cands.add(m.has("source") ? relativeContentEnd(ts, m)
            : withController(ts, subjectBeforeAside(ts, subjectAfterOpening(ts, m))));
      } else if (!m.has("source") || m.slots().get("source")[0] < m.cueStart()) {
        // "..., the Post reported, citing another source.": a participle follows, so the
        // attribution closes its sentence and what was said came before it
        cands.add(participleFollows(ts, m) ? m
            : contentAfterParenthetical(ts, withoutContent(m), finder));
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
    // cues of relative clauses ("a Republican who has embraced Trump"): a source phrase of the
    // main clause may hold them ("Senator Burr, a Republican who has embraced Trump, said")
    boolean[] relativeCue = new boolean[ts.size()];
    for (PatternMatch m : cands) {
      boolean clash = any(cueTaken, m.cueStart(), m.cueEnd())
          || any(phraseTaken, m.cueStart(), m.cueEnd());
      for (String slot : NOUN_PHRASE_SLOTS) {
        int[] x = m.slots().get(slot);
        clash |= x != null && anyBut(cueTaken, relativeCue, x[0], x[1]);
      }
      if (!clash) {
        chosen.add(m);
        if (NounChunks.oneWordOf(ts, m.slots().get("source"), RELATIVE_PRONOUNS)) {
          java.util.Arrays.fill(relativeCue, m.cueStart(), m.cueEnd(), true);
        }
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
  static boolean complementOfAnother(
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
      if (src != null && !o.has("source") && src[0] > o.cueEnd()
          && ADVERBIAL_OPENERS.contains(ts.lower(src[0] - 1))) {
        continue; // "was booed at the debate when she said ...": no one's content, a clause
      }
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
      if (WordClasses.isQuote(w) || w.equals("?") || w.equals("!")) {
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
          || WordClasses.isQuote(ts.lower(source[1]))) {
        return true; // "The ad could start this week, said Brian Baker, an adviser."
      }
      if (inverted && (ts.lower(source[1]).equals("who") || ts.lower(source[1]).equals("whose"))) {
        return true; // "..., said an American official who was briefed on the talks."
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
      if (TokenWords.is(ts, k, TokenWords.CUE)) {
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
  private static PatternMatch contentAfterParenthetical(
      SentenceTokens ts, PatternMatch m, SlotFinder finder) {
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
  private static PatternMatch withController(SentenceTokens ts, PatternMatch m) {
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
      if (after < ts.size() && WordClasses.isQuote(ts.lower(after))) {
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

  /**
   * "Salceda, citing data from the State Department, said ...": a participle set off by commas
   * right after the clause's subject is that subject's, and its content ends at the second
   * comma, before the clause's own verb.
   */
  private static PatternMatch subjectBeforeAside(SentenceTokens ts, PatternMatch m) {
    int c = m.cueStart();
    if (m.has("source") || c < 2 || !ts.lower(c - 1).equals(",")
        || !ts.lower(c).endsWith("ing")) {
      return m;
    }
    int[] subject = NounChunks.chunkLeft(ts, c - 1, SourcePhrases.SOURCE_MAX_TOKENS);
    if (subject == null || subject[1] != c - 1 || !NounChunks.clauseStart(ts, subject[0])) {
      return m;
    }
    for (int k = m.cueEnd() + 1; k < ts.size() && k < m.cueEnd() + OPENING_MAX_TOKENS; k++) {
      String w = ts.lower(k);
      if (w.equals(";") || w.equals(":") || w.equals(".")) {
        return m;
      }
      if (w.equals(",") && k + 1 < ts.size()
          && (ts.tag(k + 1).equals("VERB") || ts.tag(k + 1).equals("AUX"))) {
        java.util.Map<String, int[]> slots = new java.util.HashMap<>(m.slots());
        slots.put("source", subject);
        slots.put("content", new int[] {m.cueEnd(), k});
        return withSlots(m, slots, subject[0], k);
      }
    }
    return m;
  }

  private static boolean participleFollows(SentenceTokens ts, PatternMatch m) {
    int k = m.end();
    return k + 1 < ts.size() && ts.lower(k).equals(",") && ts.lower(k + 1).endsWith("ing")
        && ts.tag(k + 1).equals("VERB") && m.slots().get("content") != null
        && m.slots().get("content")[1] <= m.cueStart();
  }

  /** Whether a token in {@code [from, to)} is marked in {@code marks} but not in {@code but}. */
  private static boolean anyBut(boolean[] marks, boolean[] but, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < marks.length; k++) {
      if (marks[k] && !but[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A relative clause's content ends where the main clause's verb comes after a comma: "a
   * Republican who has embraced Mr. Trump, acknowledged that ...".
   */
  private static PatternMatch relativeContentEnd(SentenceTokens ts, PatternMatch m) {
    int[] content = m.slots().get("content");
    if (content == null || !NounChunks.oneWordOf(ts, m.slots().get("source"), RELATIVE_PRONOUNS)
        || content[0] < m.cueEnd()) {
      return m;
    }
    for (int k = content[0] + 1; k + 1 < content[1]; k++) {
      String next = ts.lower(k + 1);
      if (ts.lower(k).equals(",") && ts.tag(k + 1).equals("VERB") && !next.endsWith("ing")
          && Lexicons.CUE_VERBS.contains(next)) {
        return withSlot(m, "content", new int[] {content[0], k}, m.start(), k);
      }
    }
    return m;
  }

  /**
   * "When asked by Ingraham about the wall, he said ...", "Despite complaints that he is a
   * crusader, Sanders has ...": an opening clause's content ends at the comma before the main
   * clause's subject and verb.
   */
  private static PatternMatch openingClauseContent(SentenceTokens ts, PatternMatch m) {
    int[] content = m.slots().get("content");
    // "When asked ...", "Asked whether ..., Moreno said no"
    boolean whenAsked = m.cueStart() == 0
        && (ts.lower(0).equals("when") || ts.lower(0).equals("asked"));
    // a cue in an opening phrase of a preposition: "Despite (his) complaints that", "Amid fears
    // that"
    boolean inOpening = m.cueStart() > 0 && m.cueStart() <= 2
        && OPENING_PREPOSITIONS.contains(ts.lower(0));
    if (!whenAsked && !inOpening || content == null) {
      return m;
    }
    int first = content[0] > m.cueEnd() && ts.lower(content[0] - 1).equals(",")
        ? content[0] - 1 : content[0]; // "When asked, Smith said": the content skipped a comma
    for (int k = first; k < content[1] && k < content[0] + OPENING_MAX_TOKENS; k++) {
      if (!ts.lower(k).equals(",")) {
        continue;
      }
      int[] subject = NounChunks.chunkRight(ts, k + 1, SourcePhrases.SOURCE_MAX_TOKENS, false);
      if (subject != null && subject[1] < ts.size() && (ts.tag(subject[1]).equals("VERB")
          || ts.tag(subject[1]).equals("AUX"))) {
        // "When asked, Smith said": nothing was asked in so many words
        return k > content[0] ? withSlot(m, "content", new int[] {content[0], k}, m.start(), k)
            : withoutContent(m);
      }
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
}
