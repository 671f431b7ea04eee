package org.newsextract.quote.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.analysis.TimeWords;
import org.newsextract.names.Words.W;
import org.newsextract.names.Words;

/**
 * The local speaker sieves: each looks at a bounded window of one paragraph next to a quote and
 * returns the speaker phrase and cue it finds, or null. One instance serves one document (it
 * reads the document's lazily computed POS tags), on one thread.
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
  /** Longest sentence whose POS tags a sieve asks for. */
  private static final int MAX_TAGGED_SENTENCE_CHARS = 2000;
  private static final int MAX_SPEAKER_WORDS = 14;
  private static final int MAX_INVERTED_WORDS = 25;

  private final TextAnalysis analysis;
  private final String text;

  SpeakerSieves(TextAnalysis analysis) {
    this.analysis = analysis;
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
        int[] right = speakerRight(t, cueEnd, t.size());
        return right == null ? null : found(t, right, k, cueEnd, AFTER);
      }
      int[] left = speakerLeft(t, k, i);
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
          int[] right = speakerRight(t, cueEnd, end);
          int[] left = isAccordingTo(t, k) ? null : speakerLeft(t, k, floor);
          if (left == null && right != null) {
            return found(t, right, k, cueEnd, sieve);
          }
        }
      }
      if (isAccordingTo(t, k)) {
        int[] right = speakerRight(t, cueEnd, t.size());
        if (right != null) {
          return found(t, right, k, cueEnd, sieve);
        }
        continue;
      }
      int[] left = speakerLeft(t, k, floor);
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
    int[] left = speakerLeft(t, k, floor);
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
        int[] right = speakerRight(t, cueEnd, t.size()); // "..., said Nargis Kassenova, ..."
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
      int[] left = speakerLeft(t, k, floor);
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
      sp = clauseSubject(t, floor, t.size());
    }
    if (sp == null) {
      return null;
    }
    String first = text.substring(sp[0], sp[1]).split("\\s+")[0];
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
    int[] sp = trimmed(t, s, e);
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

  /** "told CNN", "told reporters": the cue takes a short recipient after a verb of telling. */
  private static int recipientEnd(List<W> t, int cueStart, int cueEnd) {
    String c = t.get(cueStart).lower();
    if (!(c.equals("told") || c.equals("tells") || c.equals("telling") || c.equals("tell"))) {
      return cueEnd;
    }
    int e = cueEnd;
    while (e < t.size() && e - cueEnd < 5 && t.get(e).isWord() && !t.get(e).is("that")
        && !Lexicon.isCue(t.get(e).text())
        && !(e > cueEnd && ATTRIBUTION_TAIL_STARTS.contains(t.get(e).lower()))) {
      e++;
    }
    return e;
  }

  /**
   * If a cue starts at token {@code k}, the index after it; else -1. Naming verbs ("called")
   * count only after a name or pronoun; "as saying" after "quoted".
   */
  static int cueEnd(List<W> t, int k, int floor) {
    W w = t.get(k);
    if (!w.isWord()) {
      return -1;
    }
    if (isAccordingTo(t, k)) {
      return k + 2;
    }
    if (k + 1 < t.size() && Lexicon.CUE_PHRASES.contains(w.lower() + " " + t.get(k + 1).lower())) {
      return k + 2; // "shot back", "as Van Jackson, a professor, put it"
    }
    Lexicon.CueType type = Lexicon.cueType(w.text());
    if (type == null) {
      return -1;
    }
    if (Character.isUpperCase(w.text().charAt(0)) && k > floor) {
      return -1; // "Says" in a title, "Reads" as a name
    }
    if (!isGerund(w) && k > floor && isPassiveAuxiliary(t, k, floor)) {
      return -1; // "Trump was asked", "has been called": the subject is not the speaker
    }
    if (type == Lexicon.CueType.NAMING || type == Lexicon.CueType.NOUN_LIKE) {
      int p = k - 1;
      while (p >= floor && isGlue(t.get(p))) {
        p--;
      }
      if (p < floor) {
        // "“...,” read the statement": a noun-like cue may open an inverted attribution
        return type == Lexicon.CueType.NOUN_LIKE && k == floor ? k + 1 : -1;
      }
      W prev = t.get(p);
      boolean pronoun = Lexicon.PERSONAL_PRONOUNS.contains(prev.lower());
      boolean name = prev.capitalized() && !Lexicon.NOT_NAME_STARTS.contains(prev.lower())
          && (p == floor || !Lexicon.PREPOSITIONS.contains(t.get(p - 1).lower()));
      boolean document = false;
      for (int d = p; d >= floor && d > p - 6 && t.get(d).isWord(); d--) {
        document |= Lexicon.DOCUMENT_NOUNS.contains(t.get(d).lower()); // "a sign on the door read"
      }
      boolean appositiveEnd = prev.text().equals(",") || prev.text().equals(")");
      boolean coordinated = prev.is("and") || prev.is("then") || prev.is("but");
      boolean gerund = type == Lexicon.CueType.NAMING && isGerund(w); // "at one point calling"
      if (!pronoun && !name && !document && !appositiveEnd && !coordinated && !gerund
          && !definiteSubject(t, p, floor)) {
        return -1;
      }
    }
    return k + 1;
  }

  private static Lexicon.CueType cueTypeAt(List<W> t, int k) {
    Lexicon.CueType type = Lexicon.cueType(t.get(k).text());
    return type == null ? Lexicon.CueType.PLAIN : type;
  }

  private static boolean isAccordingTo(List<W> t, int k) {
    return t.get(k).is("according") && k + 1 < t.size() && t.get(k + 1).is("to");
  }

  /** After a cue: only a short tail (time, place, recipient) to the colon or comma or mark. */
  private static boolean endsIntroduction(List<W> t, int cueEnd) {
    int words = 0;
    for (int k = cueEnd; k < t.size(); k++) {
      if (t.get(k).isWord()) {
        words++;
      }
    }
    return words <= 20;
  }

  private static final java.util.Set<String> ATTRIBUTION_TAIL_STARTS = java.util.Set.of(
      "in", "on", "at", "during", "of", "to", "after", "before", "via", "by", "from", "while",
      "when", "later", "earlier", "last", "this", "yesterday", "today", "tonight", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "again",
      "afterward", "afterwards", "then", "with", "as", "through", "about", "outside", "inside");

  /**
   * A whole sentence of attribution after a quote that ended its own sentence: "Smith said."
   * "He said in a statement on Tuesday." "said Smith, a spokesman." Not "He said he ...".
   */
  private static boolean shortAttribution(List<W> t, int cueStart, int cueEnd) {
    if (cueEnd >= t.size()) {
      return true;
    }
    W next = t.get(cueEnd);
    if (next.sentenceEnd() || next.text().equals(",")) {
      return true;
    }
    String c = t.get(cueStart).lower();
    boolean tell = c.equals("told") || c.equals("tells");
    if (cueStart == 0 || tell || ATTRIBUTION_TAIL_STARTS.contains(next.lower())) {
      for (int k = cueEnd; k < t.size() && k < cueEnd + 15; k++) {
        W w = t.get(k);
        if (w.sentenceEnd()) {
          return true;
        }
        if (w.is("that") || isQuoteMark(w)) {
          return false;
        }
      }
    }
    return false;
  }

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

  /**
   * After a cue in an attribution sentence that follows a quote: the sentence ends soon ("Smith
   * said." "he said in a statement on Tuesday.") or goes on with a comma.
   */
  private static boolean attributionSentenceEnds(List<W> t, int cueEnd) {
    for (int k = cueEnd; k < t.size() && k < cueEnd + 12; k++) {
      W w = t.get(k);
      if (w.sentenceEnd() || w.text().equals(",") || w.text().equals(";")
          || w.text().equals(":") || isQuoteMark(w) || isDash(w)) {
        return true;
      }
      if (w.is("that")) {
        return false;
      }
    }
    return cueEnd + 12 > t.size();
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
    if (!appositiveMode && e - s > 1 && Lexicon.PREPOSITIONS.contains(t.get(s).lower())) {
      return clauseSubject(t, floor, k); // "In 2010 said" is no speaker: look for the subject
    }
    // cut at the last clause joint inside: "noted that Smith", "whom he"
    for (int j = e - 1; j >= s && !appositiveMode; j--) {
      W w = t.get(j);
      if (w.is("who") && j > s && !Lexicon.PREPOSITIONS.contains(t.get(j - 1).lower())) {
        // "a man who answered the telephone told police": the noun phrase before "who"
        return trimmed(t, s, j);
      }
      if (w.is("that") || w.is("which") || w.is("whom") || w.is("who")
          || Lexicon.isCue(w.text()) && j > s && !(j + 1 < e && t.get(j + 1).is("by"))) {
        s = j + 1;
        break;
      }
    }
    return trimmed(t, s, e);
  }

  private static final java.util.Set<String> DEFINITE =
      java.util.Set.of("the", "this", "that", "his", "her", "their", "its", "our");

  /**
   * The words ending at {@code p} are a definite noun phrase opening its clause ("The mayor
   * called ..."), not an indefinite one naming something ("a militia called ...").
   */
  private static boolean definiteSubject(List<W> t, int p, int floor) {
    for (int d = p; d >= floor && d > p - 4; d--) {
      W w = t.get(d);
      if (!w.isWord()) {
        return false;
      }
      if (DEFINITE.contains(w.lower())) {
        return d == floor || isBoundary(t.get(d - 1)) || t.get(d - 1).is("and")
            || t.get(d - 1).is("but");
      }
    }
    return false;
  }

  private static final java.util.Set<String> BE_FORMS =
      java.util.Set.of("was", "were", "is", "are", "been", "being", "be", "get", "got", "gets");

  /** A form of "be" right before the cue at {@code k}, adverbs aside. */
  private static boolean isPassiveAuxiliary(List<W> t, int k, int floor) {
    int p = k - 1;
    while (p >= floor && t.get(p).lower().endsWith("ly") && !t.get(p).capitalized()) {
      p--;
    }
    return p >= floor && BE_FORMS.contains(t.get(p).lower());
  }

  /** Auxiliaries and adverbs between a speaker and the cue: "has also broadly called". */
  private static boolean isGlue(W w) {
    String l = w.lower();
    return Lexicon.SPEAKER_GLUE.contains(l)
        || l.length() > 4 && l.endsWith("ly") && w.isWord() && !w.capitalized();
  }

  /** The cue at {@code k} follows "who" or "which": "an official, who asked not to be named". */
  private static boolean insideRelativeClause(List<W> t, int k, int floor) {
    int p = k - 1;
    while (p >= floor && Lexicon.SPEAKER_GLUE.contains(t.get(p).lower())) {
      p--;
    }
    return p >= floor && (t.get(p).is("who") || t.get(p).is("which"));
  }

  private int[] trimmed(List<W> t, int s, int e) {
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

  private static boolean isRelative(String w) {
    return w.equalsIgnoreCase("who") || w.equalsIgnoreCase("that") || w.equalsIgnoreCase("which");
  }

  private static boolean isGerund(W w) {
    return w.lower().endsWith("ing") && !w.is("according");
  }

  /**
   * The subject of the clause that ends at token {@code end}: from the clause start (sentence
   * start or a quote mark), past an introductory phrase, to the first verb (by POS tags).
   */
  private int[] clauseSubject(List<W> t, int floor, int end) {
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

  private static boolean isBoundary(W w) {
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

  static boolean isPronoun(String s) {
    return Lexicon.PERSONAL_PRONOUNS.contains(s.toLowerCase(Locale.ROOT));
  }
}
