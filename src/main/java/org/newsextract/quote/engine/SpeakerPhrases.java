package org.newsextract.quote.engine;

import static org.newsextract.quote.engine.CueClauses.ATTRIBUTION_TAIL_STARTS;
import static org.newsextract.quote.engine.CueClauses.cueEnd;
import static org.newsextract.quote.engine.CueClauses.isGlue;
import static org.newsextract.quote.engine.SpeakerSieves.isBoundary;
import static org.newsextract.quote.engine.SpeakerSieves.isDash;
import static org.newsextract.quote.engine.SpeakerSieves.isQuoteMark;

import java.util.List;
import java.util.Locale;
import org.newsextract.analysis.Datelines;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.analysis.TimeWords;
import org.newsextract.names.Words.W;

/**
 * Where a speaker phrase starts and ends: left of a cue ("Brian Fallon, a spokesman for the
 * campaign, said"), right of it ("said Smith, a spokesman"), or as the subject of a clause; with
 * appositives, leading words and closing time phrases trimmed. One instance serves one document
 * (the clause subject reads its lazily computed POS tags), on one thread.
 */
final class SpeakerPhrases {
  /** Longest sentence whose POS tags a sieve asks for. */
  private static final int MAX_TAGGED_SENTENCE_CHARS = 2000;
  static final int MAX_SPEAKER_WORDS = 14;
  private static final int MAX_INVERTED_WORDS = 25;

  private final TextAnalysis analysis;
  private final String text;

  SpeakerPhrases(TextAnalysis analysis) {
    this.analysis = analysis;
    this.text = analysis.text();
  }

  /**
   * The speaker phrase left of the cue at {@code k}, not before {@code floor}: "Smith", "Brian
   * Fallon, a spokesman for the campaign,", "he", "Several senior Democrats". Char offsets or
   * null.
   */
  int[] speakerLeft(List<W> t, int k, int floor) {
    int e = k;
    while (e > floor && isGlue(t.get(e - 1))) {
      e--;
    }
    boolean relative = false;
    if (e > floor && (t.get(e - 1).is("who") || t.get(e - 1).is("whom"))) {
      e--;
      relative = true;
    }
    if (e <= floor) {
      return null;
    }
    if (e - 1 > floor && (t.get(e - 1).is("that") || t.get(e - 1).is("which"))) {
      // "a headline that said": the noun phrase before the relative pronoun
      int n = e - 1;
      while (n - 1 >= floor && t.get(n - 1).isWord() && e - n < 6
          && !Lexicon.PREPOSITIONS.contains(t.get(n - 1).lower())
          && !Lexicon.isCue(t.get(n - 1).text())) {
        n--;
      }
      return n < e - 1 ? trimmed(t, n, e - 1) : null;
    }
    if (t.get(k).is("saying") && t.get(e - 1).is("as")) {
      // "quoted one source with knowledge of the case as saying"
      for (int q = e - 2; q > floor && q > e - 25; q--) {
        if (t.get(q).is("quoted") || t.get(q).is("quotes") || t.get(q).is("quoting")) {
          return q + 1 < e - 1 ? trimmed(t, q + 1, e - 1) : null;
        }
      }
    }
    String joint = t.get(e - 1).lower();
    if (isGerund(t.get(k)) && e - 2 > floor && t.get(e - 1).text().equals(",")
        && cueEnd(t, e - 2, floor) == e - 1) {
      return speakerLeft(t, e - 2, floor); // "Smith said, adding"
    }
    W before = t.get(e - 1);
    if (isGerund(t.get(k)) && (Lexicon.PERSONAL_PRONOUNS.contains(before.lower())
        || before.capitalized() && before.isWord()
            && !Lexicon.NOT_NAME_STARTS.contains(before.lower()))) {
      // "with Donald Trump tweeting that", "Cruz recently promising to": the adjacent subject
      int n = e - 1;
      while (before.capitalized() && n - 1 >= floor && t.get(n - 1).isWord()
          && t.get(n - 1).capitalized()) {
        n--;
      }
      return trimmed(t, n, e);
    }
    if (joint.equals("and") || joint.equals("but") || joint.equals("then") || joint.equals("or")
        || joint.equals("to") || isGerund(t.get(k))) {
      // "Hayek confirmed she had been and said", "Rubio defended it, saying": the clause's subject
      return clauseSubject(t, floor, isGerund(t.get(k)) ? k : e - 1);
    }
    int s;
    boolean appositiveMode = t.get(e - 1).text().equals(",") && !relative;
    if (appositiveMode) {
      // "Name, appositive, said": walk back over appositive pieces to the name
      e--;
      int pieceEnd = e;
      while (true) {
        int p = previousBoundary(t, pieceEnd - 1, floor);
        int pieceStart = p + 1;
        if (pieceStart >= pieceEnd) {
          return null;
        }
        boolean appositive = looksAppositive(t.get(pieceStart))
            || pieceEnd - pieceStart == 1 && PARTY_STATE.matcher(t.get(pieceStart).text()).matches()
            || pieceEnd - pieceStart <= 2 && p > floor && t.get(p).text().equals(",")
                && placeIntro(t, p, floor);
        if (appositive && p >= floor && t.get(p).text().equals(",") && e - p < 40) {
          pieceEnd = p;
          continue;
        }
        s = pieceStart;
        break;
      }
    } else {
      if (t.get(e - 1).text().equals(",")) {
        e--; // "Rubio of Florida, who mused"
      }
      int p = previousBoundary(t, e - 1, floor);
      s = p + 1;
      W adjacent = t.get(e - 1);
      if (e - s > 6 && !relative && (adjacent.capitalized() || Lexicon.PERSONAL_PRONOUNS
          .contains(adjacent.lower()))) {
        // "in a way FBI Director James Comey slammed as": the name right before the cue
        int n = e - 1;
        if (adjacent.capitalized()) {
          while (n - 1 >= s && t.get(n - 1).isWord() && t.get(n - 1).capitalized()) {
            n--;
          }
        }
        return trimmed(t, n, e);
      }
      if (e - s > MAX_SPEAKER_WORDS) {
        s = e - MAX_SPEAKER_WORDS;
        if (!relative) {
          return clauseSubject(t, floor, e);
        }
      }
    }
    if (appositiveMode && e - s > 1 && Lexicon.PREPOSITIONS.contains(t.get(s).lower())) {
      // "In a letter on Monday, Chris Herren, chief of the section, said": past the opening
      // phrase, the name
      int comma = s;
      while (comma < e && !t.get(comma).text().equals(",")) {
        comma++;
      }
      if (comma + 1 < e) {
        s = comma + 1;
      }
    }
    if (e - s > 1 && Lexicon.PREPOSITIONS.contains(t.get(s).lower())) {
      // "In 2010 said" is no speaker, nor the end of an appositive the walk stopped in
      // ("Hemsley, the co-author of “Going Viral,” about the spread of news, said"): the
      // subject
      return clauseSubject(t, floor, k);
    }
    // cut at the last clause joint inside: "noted that Smith", "whom he"
    for (int j = e - 1; j >= s && !appositiveMode; j--) {
      W w = t.get(j);
      if ((w.is("who") || w.is("whom")) && j + 2 == e
          && Lexicon.PERSONAL_PRONOUNS.contains(t.get(j + 1).lower())) {
        s = j + 1; // "crews who she said were ...": the pronoun after the relative speaks
        break;
      }
      if (Lexicon.isCue(w.text()) && j - 1 > s && t.get(j - 1).is("who")
          && !Lexicon.PREPOSITIONS.contains(t.get(j - 2).lower())) {
        return trimmed(t, s, j - 1); // "a man who answered the telephone told police"
      }
      if (w.is("who") && j > s && !Lexicon.PREPOSITIONS.contains(t.get(j - 1).lower())) {
        // "a man who answered the telephone told police": the noun phrase before "who"
        return trimmed(t, s, j);
      }
      if (w.is("that") || w.is("which") || w.is("whom") || w.is("who")
          // "he often thinks of what his parents told him": the clause inside speaks
          || w.is("what") && j > s && j + 1 < e
          || Lexicon.isCue(w.text()) && j > s && !(j + 1 < e && t.get(j + 1).is("by"))) {
        s = j + 1;
        break;
      }
    }
    return trimmed(t, s, e);
  }

  /** The speaker phrase right of a cue ("said Smith, a spokesman"), to the sentence end. */
  int[] speakerRight(List<W> t, int from, int to) {
    int s = from;
    if (s < to && t.get(s).is("by")) {
      s++;
    }
    if (s >= to || !t.get(s).isWord()) {
      return null;
    }
    W first = t.get(s);
    String fl = first.lower();
    boolean ok = first.capitalized() || Lexicon.PERSONAL_PRONOUNS.contains(fl)
        || fl.equals("a") || fl.equals("an") || fl.equals("the") || fl.equals("one")
        || fl.equals("another") || fl.equals("some") || fl.equals("several") || fl.equals("two")
        || fl.equals("three") || fl.equals("many") || fl.equals("his") || fl.equals("her")
        || fl.equals("their") || fl.equals("its") || Character.isDigit(fl.charAt(0));
    for (int j = s; !ok && j < to && j < s + 4 && t.get(j).isWord(); j++) {
      ok = t.get(j).capitalized(); // "said spokesman John Kirby", "said former Sen. Bayh"
    }
    if (!ok) {
      return null;
    }
    int e = s;
    boolean comma = false;
    while (e < to && e - s < MAX_INVERTED_WORDS) {
      W w = t.get(e);
      if (w.text().equals(",")) {
        comma = true;
      }
      if (!comma && e > s && ATTRIBUTION_TAIL_STARTS.contains(w.text())) {
        break; // "said Judge Amos Little in his ruling"
      }
      if (w.sentenceEnd() || isQuoteMark(w) || w.text().equals(";") || w.text().equals(":")
          || isDash(w) || w.is("that") || w.is("as") && e > s) {
        break;
      }
      if (w.text().equals(",") && e + 1 < to && !appositiveStart(t.get(e + 1))) {
        break; // "according to NBC News, investigators believe"
      }
      e++;
    }
    while (e > s && !t.get(e - 1).isWord() && !t.get(e - 1).text().equals(")")) {
      e--;
    }
    return e > s ? new int[] {t.get(s).start(), t.get(e - 1).end()} : null;
  }

  /** Words that open or close a time phrase after a subject: "on Tuesday", "last week". */
  private static final java.util.Set<String> TIME_LEADS = java.util.Set.of("on", "last", "this",
      "earlier", "later", "late", "early", "yesterday", "today", "tonight");

  /**
   * The subject of the clause that ends at token {@code end}: from the clause start (sentence
   * start or a quote mark), past an introductory phrase, to the first verb (by POS tags).
   */
  int[] clauseSubject(List<W> t, int floor, int end) {
    int s = end - 1;
    while (s >= floor && !(t.get(s).sentenceEnd() || isQuoteMark(t.get(s))
        || t.get(s).text().equals(";"))) {
      s--;
    }
    s++;
    if (s >= end) {
      return null;
    }
    int from = t.get(s).start();
    int to = t.get(end - 1).end();
    int si = analysis.sentenceAt(from);
    if (si < 0 || analysis.sentences().get(si).end() - analysis.sentences().get(si).start()
        > MAX_TAGGED_SENTENCE_CHARS) {
      return null; // OpenNLP tagging grows faster than linearly on run-on "sentences"
    }
    List<org.newsextract.analysis.Token> toks = analysis.tokens(si);
    List<String> tags = analysis.tags(si);
    // binary search: sentences can be long, and this runs once per quote
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int first = lo;
    if (first >= toks.size()) {
      return null;
    }
    // "RIVERTON — Mayor Lena Marsh on Tuesday defended": the dateline is no part of the subject
    int afterDateline = Datelines.skip(text, toks.get(first).start(), to);
    while (first < toks.size() && toks.get(first).start() < afterDateline) {
      first++;
    }
    if (first >= toks.size()) {
      return null;
    }
    // the first verb of the clause; its subject follows the last comma before it, unless that
    // comma closes an appositive ("Kerr Putney, the police chief, said")
    String ft = tags.get(first);
    String fw = toks.get(first).text().toLowerCase(Locale.ROOT);
    boolean intro = ft.equals("ADP") || ft.equals("SCONJ") || ft.equals("ADV")
        || ft.equals("VERB") && (fw.endsWith("ed") || fw.endsWith("ing")); // not "Trump"
    int i = first;
    int lastComma = -1;
    while (i < toks.size() && toks.get(i).start() < to && i - first < 40) {
      String tag = tags.get(i);
      if ((tag.equals("VERB") || tag.equals("AUX")) && !(intro && lastComma < 0)) {
        break;
      }
      if (toks.get(i).text().equals(",")) {
        lastComma = i;
      }
      i++;
    }
    if (i >= toks.size() || toks.get(i).start() >= to
        || !(tags.get(i).equals("VERB") || tags.get(i).equals("AUX"))) {
      return null;
    }
    if (lastComma >= first && lastComma < i - 1 && intro) {
      first = lastComma + 1;
    }
    if (i - first > MAX_SPEAKER_WORDS || i == first) {
      return null;
    }
    int last = i - 1;
    if (last > first && isRelative(toks.get(last).text())) {
      last--; // "The man who made the call ... said": the man
    }
    while (last > first && (TimeWords.isCalendarHead(toks.get(last).text().toLowerCase(Locale.ROOT))
        || TIME_LEADS.contains(toks.get(last).text().toLowerCase(Locale.ROOT)))) {
      last--; // "Mayor Linda Harper on Tuesday defended": the time is no part of the speaker
    }
    int a = toks.get(first).start();
    int b = toks.get(last).end();
    String head = toks.get(first).text();
    if (Lexicon.LEADING_WORDS.contains(head.toLowerCase(Locale.ROOT)) && i - first > 1) {
      a = toks.get(first + 1).start();
    }
    while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1)) && text.charAt(b - 1) != ')') {
      b--;
    }
    return b > a ? new int[] {a, b} : null;
  }

  int[] trimmed(List<W> t, int s, int e) {
    if (e - s > 2 && t.get(s).is("according") && t.get(s + 1).is("to")) {
      s += 2;
    }
    while (s < e && (Lexicon.LEADING_WORDS.contains(t.get(s).lower()) || !t.get(s).isWord())) {
      s++;
    }
    while (e > s && !t.get(e - 1).isWord() && !t.get(e - 1).text().equals(")")) {
      e--;
    }
    e = withoutTimePhrase(t, s, e);
    if (s >= e || Lexicon.isCue(t.get(s).text()) && !t.get(s).capitalized()) {
      return null;
    }
    return new int[] {t.get(s).start(), t.get(e - 1).end()};
  }

  /**
   * The end of {@code [s, e)} before a time phrase closing it: "Gov. Mike Pence on Thursday"
   * is Gov. Mike Pence; a bare "Thursday" is none (returns {@code s}).
   */
  private static int withoutTimePhrase(List<W> t, int s, int e) {
    if (e <= s || !TimeWords.isCalendarHead(t.get(e - 1).lower())) {
      return e;
    }
    int x = e - 1;
    while (x > s && (TimeWords.isCalendarHead(t.get(x - 1).lower()) || t.get(x - 1).is("the")
        || t.get(x - 1).is("early") || t.get(x - 1).is("late"))) {
      x--;
    }
    if (x == s) {
      return s; // "Thursday" alone: no speaker, let another sieve look
    }
    return x - 1 > s && TIME_PREPOSITIONS.contains(t.get(x - 1).lower()) ? x - 1 : e;
  }

  private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("on", "in",
      "at", "last", "this", "earlier", "during", "since");

  /** Index of the boundary token at or before {@code k} (skipping bracketed parts), or floor-1. */
  private static int previousBoundary(List<W> t, int k, int floor) {
    int p = k;
    while (p >= floor) {
      W w = t.get(p);
      if (w.text().equals(")")) {
        int q = p - 1;
        while (q >= floor && !t.get(q).text().equals("(") && p - q < 12) {
          q--;
        }
        if (q >= floor && t.get(q).text().equals("(")) {
          p = q - 1;
          continue;
        }
      }
      if (isBoundary(w)) {
        return p;
      }
      p--;
    }
    return floor - 1;
  }

  /** A word that can open an appositive after a name: "a", "the", "21", "Texas", "(D-Ill.)". */
  private static boolean appositiveStart(W w) {
    String l = w.lower();
    return w.capitalized() && !Lexicon.isCue(w.text()) || Character.isDigit(l.charAt(0))
        || l.equals("a") || l.equals("an") || l.equals("the") || l.equals("his")
        || l.equals("her") || l.equals("their") || l.equals("its") || l.equals("one")
        || l.equals("now") || l.equals("then") || l.equals("former") || l.equals("chief")
        || l.equals("(");
  }

  /** A party and state tag after a politician's name: "R-Ky.", "D-N.Y.", "I-Vt". */
  private static final java.util.regex.Pattern PARTY_STATE =
      java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]{1,6}");

  /** The piece before the comma at {@code p} starts with "of", "from" or "in" (a place). */
  private static boolean placeIntro(List<W> t, int p, int floor) {
    int q = previousBoundary(t, p - 1, floor);
    return q + 1 < p && (t.get(q + 1).is("of") || t.get(q + 1).is("from") || t.get(q + 1).is("in"));
  }

  private static boolean looksAppositive(W first) {
    char c = first.text().charAt(0);
    if (Character.isDigit(c) || c == '(') {
      return true;
    }
    return Character.isLowerCase(c);
  }

  private static boolean isRelative(String w) {
    return w.equalsIgnoreCase("who") || w.equalsIgnoreCase("that") || w.equalsIgnoreCase("which");
  }

  static boolean isGerund(W w) {
    return w.lower().endsWith("ing") && !w.is("according");
  }
}
