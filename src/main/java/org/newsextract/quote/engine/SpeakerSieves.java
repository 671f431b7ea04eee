package org.newsextract.quote.engine;

import static org.newsextract.quote.engine.CueClauses.attributionSentenceEnds;
import static org.newsextract.quote.engine.CueClauses.cueEnd;
import static org.newsextract.quote.engine.CueClauses.cueTypeAt;
import static org.newsextract.quote.engine.CueClauses.endsIntroduction;
import static org.newsextract.quote.engine.CueClauses.insideRelativeClause;
import static org.newsextract.quote.engine.CueClauses.isAccordingTo;
import static org.newsextract.quote.engine.CueClauses.recipientEnd;
import static org.newsextract.quote.engine.CueClauses.shortAttribution;
import static org.newsextract.quote.engine.SpeakerPhrases.MAX_SPEAKER_WORDS;
import static org.newsextract.quote.engine.SpeakerPhrases.isGerund;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.names.Words.W;
import org.newsextract.names.Words;

/**
 * The local speaker sieves: each looks at a bounded window of one paragraph next to a quote and
 * returns the speaker phrase and cue it finds, or null. One instance serves one document (it
 * reads the document's lazily computed POS tags), on one thread. Where the speaker phrase next
 * to a cue starts and ends is {@link SpeakerPhrases}' question, how the cue and its clause are
 * read {@link CueClauses}'; the token tests all three share (quote mark, dash, boundary) are
 * here.
 */
final class SpeakerSieves {
  /** A speaker found for a quote, with the cue and the id of the sieve that found it. */
  record Found(TextSpan speaker, Optional<TextSpan> cue, String sieve) {}

  static final String AFTER = "after-quote";
  static final String AFTER_LOOSE = "after-quote-unknown-verb";
  static final String BEFORE = "before-quote";
  static final String DASH = "dash";
  static final String LATER_IN_SENTENCE = "later-in-sentence";
  static final String COLON_INTRO = "colon-intro";
  static final String COLON_PHRASE = "colon-phrase";
  static final String SENTENCE_SUBJECT = "sentence-subject";
  static final String PREVIOUS_STATEMENT = "previous-statement";
  static final String CUE_OPENS_QUOTE = "cue-opens-quote";

  private static final int WINDOW = 400;
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final SpeakerPhrases phrases;
  private final String text;

  SpeakerSieves(TextAnalysis analysis) {
    this.phrases = new SpeakerPhrases(analysis);
    this.text = analysis.text();
  }

  /**
   * "..., he said." / "..., said Smith, a spokesman." / "..." Smith told CNN. The window starts
   * right after the closing mark. {@code clauseOpen}: the quote ended with a comma, question or
   * exclamation mark, so its sentence goes on after the mark.
   */
  Found after(int from, int to, boolean clauseOpen) {
    List<W> t = Words.of(text, from, Math.min(to, from + WINDOW));
    int i = 0;
    if (i < t.size() && t.get(i).text().equals(",")) {
      i++;
      clauseOpen = true;
    }
    if (i >= t.size()) {
      return null;
    }
    if (!clauseOpen && !t.get(i).isWord()) {
      return null;
    }
    if (!t.get(i).capitalized() && CONTINUING_WORDS.contains(t.get(i).lower())) {
      return null; // "… attackers” but the source could not say": the sentence goes on
    }
    // an appositive may be long when the quote's sentence clearly goes on: ", said X, a ..."
    int limit = Math.min(t.size(), i + (clauseOpen ? 40 : MAX_SPEAKER_WORDS + 2));
    for (int k = i; k < limit; k++) {
      W w = t.get(k);
      if (w.sentenceEnd() || isQuoteMark(w) || w.text().equals(";")) {
        return null;
      }
      int cueEnd = cueEnd(t, k, i);
      if (cueEnd < 0 || insideRelativeClause(t, k, i)) {
        continue;
      }
      if (!clauseOpen && !shortAttribution(t, k, cueEnd)) {
        return null; // a new sentence that merely mentions a cue
      }
      if (k == i && isGerund(t.get(k)) && !isAccordingTo(t, k)) {
        return null; // "“...,” suggesting he might": the gerund's subject is before the quote
      }
      if (k == i && !clauseOpen && isAccordingTo(t, k)) {
        return null; // "… .” According to NBC, investigators ...": attributes what follows
      }
      if (k == i) {
        int[] right = phrases.speakerRight(t, cueEnd, t.size());
        return right == null ? null : found(t, right, k, cueEnd, AFTER);
      }
      int[] left = phrases.speakerLeft(t, k, i);
      if (left == null) {
        return null;
      }
      if (!clauseOpen && text.substring(left[0], left[1]).contains(" and ")) {
        return null; // "“… .” Paradis tried on the hat, and laughed": a new sentence
      }
      return found(t, left, k, cueEnd, AFTER);
    }
    return null;
  }

  /** Words that carry a sentence on after a quote: not the start of an attribution. */
  private static final java.util.Set<String> CONTINUING_WORDS = java.util.Set.of(
      "but", "and", "or", "to", "in", "on", "for", "with", "before", "after", "because", "that",
      "than", "of", "from", "there", "into", "while", "when", "if", "so", "about", "over");

  /**
   * "..., Kelly charged in her assault." / "..., the two write." with a verb missing from the
   * cue list: after a quote that ends with a comma, question or exclamation mark, a name or
   * pronoun followed by a lower-case word is the attribution.
   */
  Found afterLoose(int from, int to) {
    List<W> t = Words.of(text, from, Math.min(to, from + 200));
    int i = 0;
    if (i < t.size() && t.get(i).text().equals(",")) {
      i++;
    }
    if (i >= t.size() || !t.get(i).isWord()) {
      return null;
    }
    int e = i;
    if (Lexicon.PERSONAL_PRONOUNS.contains(t.get(i).lower())) {
      e = i + 1;
    } else {
      while (e < t.size() && e - i < 6 && t.get(e).isWord()
          && (t.get(e).capitalized() || e > i && (t.get(e).is("of") || t.get(e).is("the")))) {
        e++;
      }
      if (e == i || Lexicon.NOT_NAME_STARTS.contains(t.get(i).lower())) {
        return null;
      }
    }
    if (e >= t.size() || !t.get(e).isWord() || t.get(e).capitalized()
        || !(t.get(e).lower().endsWith("ed") || t.get(e).lower().endsWith("s"))) {
      return null;
    }
    return new Found(
        TextSpan.of(text, t.get(i).start(), t.get(e - 1).end()),
        Optional.of(TextSpan.of(text, t.get(e).start(), t.get(e).end())),
        AFTER_LOOSE);
  }

  /** "... – Commissioner Starks": a dash, then a short name to the end of the paragraph. */
  Found dash(int from, int to) {
    List<W> t = Words.of(text, from, Math.min(to, from + 200));
    int i = 0;
    while (i < t.size() && isDash(t.get(i))) {
      i++;
    }
    if (i == 0 || i >= t.size() || !t.get(i).capitalized()) {
      return null;
    }
    int e = i;
    while (e < t.size() && !t.get(e).sentenceEnd() && !isQuoteMark(t.get(e)) && e - i < 12) {
      e++;
    }
    if (e < t.size() && !t.get(e).sentenceEnd() || e == i) {
      return null;
    }
    int end = e;
    while (end > i && t.get(end - 1).text().equals(",")) {
      end--;
    }
    return new Found(
        TextSpan.of(text, t.get(i).start(), t.get(end - 1).end()),
        Optional.of(TextSpan.of(text, t.get(0).start(), t.get(i - 1).end())),
        DASH);
  }

  /**
   * The last cue before the opening mark in the same sentence: "Smith said, “...”", "He told
   * reporters: “...”", "Trump called him a “stiff”", "said Smith, a spokesman: “...”".
   */
  Found before(int from, int to, String sieve) {
    List<W> t = Words.of(text, Math.max(from, to - WINDOW), to);
    int floor = clauseStart(t, t.size() - 2);
    for (int k = t.size() - 1; k >= floor; k--) {
      int cueEnd = cueEnd(t, k, floor);
      if (cueEnd < 0) {
        continue;
      }
      boolean tail = endsIntroduction(t, cueEnd);
      Lexicon.CueType type = cueTypeAt(t, k);
      if (tail && (type == Lexicon.CueType.INVERTING || isAccordingTo(t, k))) {
        int end = t.size();
        while (end > cueEnd && !t.get(end - 1).isWord()) {
          end--;
        }
        W lastTok = t.get(t.size() - 1);
        boolean introEnds = lastTok.text().equals(",") || lastTok.text().equals(":");
        if (end > cueEnd && introEnds) {
          int[] right = phrases.speakerRight(t, cueEnd, end);
          int[] left = isAccordingTo(t, k) ? null : phrases.speakerLeft(t, k, floor);
          if (left == null && right != null) {
            return found(t, right, k, cueEnd, sieve);
          }
        }
      }
      if (isAccordingTo(t, k)) {
        int[] right = phrases.speakerRight(t, cueEnd, t.size());
        if (right != null) {
          return found(t, right, k, cueEnd, sieve);
        }
        continue;
      }
      int[] left = phrases.speakerLeft(t, k, floor);
      if (left != null) {
        return found(t, left, k, cueEnd, sieve);
      }
    }
    return null;
  }

  /**
   * Where the clause that ends at token {@code last} starts: after the last sentence end, quote
   * mark or semicolon at or before it, else at 0.
   */
  private static int clauseStart(List<W> t, int last) {
    for (int k = last; k >= 0; k--) {
      W w = t.get(k);
      if (w.sentenceEnd() || isQuoteMark(w) || w.text().equals(";")) {
        return k + 1;
      }
    }
    return 0;
  }

  /**
   * A quotation that opens with its own cue: 'Reuters reported that a third source “said some
   * of the jihadis ...”'. The words quoted start with the speaker's verb, so the phrase right
   * before the mark is the speaker, not the subject of an earlier cue.
   */
  Found cueOpensQuote(int from, int open, int quoteStart, int quoteEnd) {
    List<W> inner = Words.of(text, quoteStart, Math.min(quoteEnd, quoteStart + 40));
    // only a past-tense speech verb that can stand after its subject: "said", "told", "added"
    if (inner.isEmpty() || !Character.isLowerCase(inner.get(0).text().charAt(0))
        || Lexicon.cueType(inner.get(0).text()) != Lexicon.CueType.INVERTING
        || !inner.get(0).lower().endsWith("ed") && !inner.get(0).is("said")
            && !inner.get(0).is("told") && !inner.get(0).is("wrote")) {
      return null;
    }
    List<W> t = new java.util.ArrayList<>(Words.of(text, Math.max(from, open - WINDOW), open));
    int floor = clauseStart(t, t.size() - 1);
    if (t.size() <= floor || !t.get(t.size() - 1).isWord()) {
      return null; // 'said: “said it twice”': no phrase right before the mark
    }
    t.add(inner.get(0));
    int k = t.size() - 1;
    int[] left = phrases.speakerLeft(t, k, floor);
    return left == null ? null : new Found(TextSpan.of(text, left[0], left[1]),
        Optional.of(TextSpan.of(text, inner.get(0).start(), inner.get(0).end())),
        CUE_OPENS_QUOTE);
  }

  /**
   * A cue later in the quote's sentence, ending it: "the “danger” came from Trump, Ramos said."
   */
  Found laterInSentence(int from, int to) {
    List<W> t = Words.of(text, from, Math.min(to, from + WINDOW));
    for (int k = 0; k < t.size(); k++) {
      W w = t.get(k);
      if (w.sentenceEnd() || isQuoteMark(w) || w.text().equals(";")) {
        return null;
      }
      int cueEnd = cueEnd(t, k, 0);
      if (cueEnd < 0 || k == 0) {
        continue;
      }
      if (t.get(k - 1).text().equals(",") && cueTypeAt(t, k) == Lexicon.CueType.INVERTING) {
        // "..., said Nargis Kassenova, ..."
        int[] right = phrases.speakerRight(t, cueEnd, t.size());
        if (right != null) {
          return found(t, right, k, cueEnd, LATER_IN_SENTENCE);
        }
        continue;
      }
      if (!t.get(k - 1).isWord()) {
        continue;
      }
      if (!attributionSentenceEnds(t, cueEnd)) {
        continue;
      }
      int floor = k - 1;
      while (floor > 0 && !t.get(floor - 1).text().equals(",") && k - floor < MAX_SPEAKER_WORDS) {
        floor--;
      }
      if (floor == 0) {
        continue; // no comma before: "the “danger” came from what he said"
      }
      int[] left = phrases.speakerLeft(t, k, floor);
      if (left != null) {
        return found(t, left, k, cueEnd, LATER_IN_SENTENCE);
      }
    }
    return null;
  }

  /**
   * The subject of the sentence the quote sits in, when it is a name, a pronoun or a short
   * noun phrase: a last resort for quotes after verbs the cue list lacks ("Trump attacked “...”").
   */
  Found sentenceSubject(int from, int to) {
    List<W> t = Words.of(text, Math.max(from, to - WINDOW), to);
    int floor = clauseStart(t, t.size() - 1);
    if (t.size() - floor < 2) {
      return null;
    }
    int[] sp = nearestPronounSubject(t, floor);
    if (sp == null) {
      sp = phrases.clauseSubject(t, floor, t.size());
    }
    if (sp == null) {
      return null;
    }
    String first = SPACES.split(text.substring(sp[0], sp[1]))[0];
    boolean personLike = Character.isUpperCase(first.charAt(0))
        || Lexicon.PERSONAL_PRONOUNS.contains(first.toLowerCase(Locale.ROOT));
    if (!personLike || sp[1] - sp[0] > 80) {
      return null;
    }
    return new Found(TextSpan.of(text, sp[0], sp[1]), Optional.empty(), SENTENCE_SUBJECT);
  }

  /** The last "he/she/they + verb" before the quote: "although she made it clear that she has". */
  private int[] nearestPronounSubject(List<W> t, int floor) {
    for (int k = t.size() - 2; k >= floor; k--) {
      String w = t.get(k).lower();
      if (w.equals("he") || w.equals("she") || w.equals("they")) {
        W next = t.get(k + 1);
        if (next.isWord() && !next.capitalized()) {
          return new int[] {t.get(k).start(), t.get(k).end()};
        }
      }
    }
    return null;
  }

  /**
   * A quote opening its paragraph after one that ends with a colon: the introduction's cue and
   * speaker ("Smith said in a statement:"), or the phrase before the colon ("Partial
   * transcript:").
   */
  Found colonIntro(int prevStart, int prevEnd) {
    if (prevEnd <= prevStart || text.charAt(prevEnd - 1) != ':') {
      return null;
    }
    Found f = before(prevStart, prevEnd, COLON_INTRO);
    if (f != null) {
      return f;
    }
    return colonPhrase(prevStart, prevEnd, COLON_INTRO);
  }

  /**
   * A short phrase ending in a colon right before the quote, without a cue: "Clinton: “...”",
   * "More from Jones: “...”", "He sighed: “...”".
   */
  Found colonPhrase(int from, int to, String sieve) {
    int colon = to - 1;
    while (colon > from && Character.isWhitespace(text.charAt(colon))) {
      colon--;
    }
    if (colon <= from || text.charAt(colon) != ':') {
      return null;
    }
    List<W> t = Words.of(text, Math.max(from, colon - 120), colon + 1);
    int e = t.size() - 1; // the colon
    int s = e;
    while (s > 0 && !isBoundary(t.get(s - 1)) && e - s < 8) {
      s--;
    }
    if (s == e || s > 0 && !isBoundary(t.get(s - 1)) || s == 0 && from < colon - 120) {
      return null; // a long sentence before the colon: no speaker phrase to take
    }
    if (s > 0 && t.get(s - 1).text().equals(",")
        && (verbLike(t.get(s)) || Lexicon.PREPOSITIONS.contains(t.get(s).text()))) {
      // "McConnell, R-Ky., delivered a blunt message to Trump:", "... contrasted him, with
      // Clinton:": a predicate or its complement after a comma, the subject before it; no
      // speaker rather than that
      return null;
    }
    int[] sp = phrases.trimmed(t, s, e);
    if (sp == null) {
      return null;
    }
    return new Found(
        TextSpan.of(text, sp[0], sp[1]),
        Optional.of(TextSpan.of(text, t.get(e).start(), t.get(e).end())),
        sieve);
  }

  // ------------------------------------------------------------------------------- helpers

  private Found found(List<W> t, int[] sp, int cueStart, int cueEnd,
      String sieve) {
    int ce = recipientEnd(t, cueStart, cueEnd);
    if (t.get(cueStart).is("saying") && sp[1] <= t.get(cueStart).start()) {
      for (int q = cueStart - 1; q >= 0 && q > cueStart - 27; q--) {
        if (t.get(q).end() <= sp[0]
            && (t.get(q).is("quoted") || t.get(q).is("quotes") || t.get(q).is("quoting"))) {
          cueStart = q; // the cue "quoted ... as saying"
          break;
        }
      }
    }
    return new Found(
        TextSpan.of(text, sp[0], sp[1]),
        Optional.of(TextSpan.of(text, t.get(cueStart).start(), t.get(ce - 1).end())),
        sieve);
  }

  /** A lower-case past form or participle: "delivered", "gave", "reading" (not "the", "he"). */
  private static boolean verbLike(W w) {
    String l = w.text();
    return Character.isLowerCase(l.charAt(0)) && (l.endsWith("ed") || l.endsWith("ing")
        || PAST_FORMS.contains(l));
  }

  private static final java.util.Set<String> PAST_FORMS = java.util.Set.of("gave", "sent",
      "made", "took", "wrote", "spoke", "put", "had", "said", "told", "left", "struck", "threw",
      "drew", "offered", "brought", "got", "won", "ran", "saw", "set", "kept", "held");

  static boolean isBoundary(W w) {
    String s = w.text();
    return s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(") || w.sentenceEnd()
        || isQuoteMark(w) || isDash(w);
  }

  static boolean isQuoteMark(W w) {
    return w.text().length() == 1 && QuoteMarks.isMark(w.text().charAt(0));
  }

  static boolean isDash(W w) {
    String s = w.text();
    return s.equals("—") || s.equals("–") || s.equals("―") || s.equals("-");
  }
}
