package org.newsextract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsextract.TextSpan;
import org.newsextract.quote.Words.W;

/**
 * The local speaker sieves: each looks at a bounded window of one paragraph next to a quote and
 * returns the speaker phrase and cue it finds, or null. Stateless.
 */
final class SpeakerSieves {
  /** A speaker found for a quote, with the cue and the id of the sieve that found it. */
  record Found(TextSpan speaker, Optional<TextSpan> cue, String sieve) {}

  static final String AFTER = "after-quote";
  static final String BEFORE = "before-quote";
  static final String DASH = "dash";
  static final String LATER_IN_SENTENCE = "later-in-sentence";
  static final String COLON_INTRO = "colon-intro";

  private static final int WINDOW = 400;
  private static final int MAX_SPEAKER_WORDS = 14;
  private static final int MAX_INVERTED_WORDS = 25;

  private SpeakerSieves() {}

  /**
   * "..., he said." / "..., said Smith, a spokesman." / "..." Smith told CNN. The window starts
   * right after the closing mark. {@code clauseOpen}: the quote ended with a comma, question or
   * exclamation mark, so its sentence goes on after the mark.
   */
  static Found after(String text, int from, int to, boolean clauseOpen) {
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
    int limit = Math.min(t.size(), i + MAX_SPEAKER_WORDS + 2);
    for (int k = i; k < limit; k++) {
      W w = t.get(k);
      if (w.sentenceEnd() || isQuoteMark(w) || w.text().equals(";")) {
        return null;
      }
      int cueEnd = cueEnd(t, k, i);
      if (cueEnd < 0) {
        continue;
      }
      if (!clauseOpen && !attributionSentenceEnds(t, cueEnd)) {
        return null; // a new sentence that merely mentions a cue
      }
      if (k == i) {
        int[] right = speakerRight(t, cueEnd, t.size());
        return right == null ? null : found(text, t, right, k, cueEnd, AFTER);
      }
      int[] left = speakerLeft(t, k, i);
      if (left == null) {
        return null;
      }
      return found(text, t, left, k, cueEnd, AFTER);
    }
    return null;
  }

  /** "... – Commissioner Starks": a dash, then a short name to the end of the paragraph. */
  static Found dash(String text, int from, int to) {
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
  static Found before(String text, int from, int to, String sieve) {
    List<W> t = Words.of(text, Math.max(from, to - WINDOW), to);
    int floor = 0;
    for (int k = t.size() - 2; k >= 0; k--) {
      W w = t.get(k);
      if (w.sentenceEnd() || isQuoteMark(w) || w.text().equals(";")) {
        floor = k + 1;
        break;
      }
    }
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
        if (end > cueEnd) {
          int[] right = speakerRight(t, cueEnd, end);
          int[] left = isAccordingTo(t, k) ? null : speakerLeft(t, k, floor);
          if (left == null && right != null) {
            return found(text, t, right, k, cueEnd, sieve);
          }
        }
      }
      if (isAccordingTo(t, k)) {
        int[] right = speakerRight(t, cueEnd, t.size());
        if (right != null) {
          return found(text, t, right, k, cueEnd, sieve);
        }
        continue;
      }
      int[] left = speakerLeft(t, k, floor);
      if (left != null) {
        return found(text, t, left, k, cueEnd, sieve);
      }
    }
    return null;
  }

  /**
   * A cue later in the quote's sentence, ending it: "the “danger” came from Trump, Ramos said."
   */
  static Found laterInSentence(String text, int from, int to) {
    List<W> t = Words.of(text, from, Math.min(to, from + WINDOW));
    for (int k = 0; k < t.size(); k++) {
      W w = t.get(k);
      if (w.sentenceEnd() || isQuoteMark(w) || w.text().equals(";")) {
        return null;
      }
      int cueEnd = cueEnd(t, k, 0);
      if (cueEnd < 0 || k == 0 || !t.get(k - 1).isWord()) {
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
        return found(text, t, left, k, cueEnd, LATER_IN_SENTENCE);
      }
    }
    return null;
  }

  /**
   * A quote opening its paragraph after one that ends with a colon: the introduction's cue and
   * speaker ("Smith said in a statement:"), or the phrase before the colon ("Partial
   * transcript:").
   */
  static Found colonIntro(String text, int prevStart, int prevEnd) {
    if (prevEnd <= prevStart || text.charAt(prevEnd - 1) != ':') {
      return null;
    }
    Found f = before(text, prevStart, prevEnd, COLON_INTRO);
    if (f != null) {
      return f;
    }
    List<W> t = Words.of(text, Math.max(prevStart, prevEnd - 120), prevEnd);
    int e = t.size() - 1; // the colon
    int s = e;
    while (s > 0 && t.get(s - 1).isWord() && e - s < 6) {
      s--;
    }
    if (s == e || s > 0 && t.get(s - 1).isWord()) {
      return null; // a long sentence before the colon: no speaker phrase to take
    }
    return new Found(
        TextSpan.of(text, t.get(s).start(), t.get(e - 1).end()),
        Optional.of(TextSpan.of(text, t.get(e).start(), t.get(e).end())),
        COLON_INTRO);
  }

  // ------------------------------------------------------------------------------- helpers

  private static Found found(String text, List<W> t, int[] sp, int cueStart, int cueEnd,
      String sieve) {
    int ce = recipientEnd(t, cueStart, cueEnd);
    return new Found(
        TextSpan.of(text, t.get(sp[0]).start(), t.get(sp[1] - 1).end()),
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
        && !Lexicon.isCue(t.get(e).text())) {
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
    Lexicon.CueType type = Lexicon.cueType(w.text());
    if (type == null) {
      return -1;
    }
    if (Character.isUpperCase(w.text().charAt(0)) && k > floor) {
      return -1; // "Says" in a title, "Reads" as a name
    }
    if (type == Lexicon.CueType.NAMING) {
      int p = k - 1;
      while (p >= floor && Lexicon.SPEAKER_GLUE.contains(t.get(p).lower())
          && !t.get(p).lower().equals("has") && !t.get(p).lower().equals("had")) {
        p--;
      }
      if (p < floor || !t.get(p).isWord()) {
        return -1;
      }
      W prev = t.get(p);
      boolean pronoun = Lexicon.PERSONAL_PRONOUNS.contains(prev.lower());
      boolean name = prev.capitalized() && !Lexicon.NOT_NAME_STARTS.contains(prev.lower());
      if (!pronoun && !name) {
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
   * Fallon, a spokesman for the campaign,", "he", "Several senior Democrats". Token range or
   * null.
   */
  static int[] speakerLeft(List<W> t, int k, int floor) {
    int e = k;
    while (e > floor && Lexicon.SPEAKER_GLUE.contains(t.get(e - 1).lower())) {
      e--;
    }
    if (e > floor && t.get(e - 1).is("who")) {
      e--;
    }
    if (e <= floor) {
      return null;
    }
    int s;
    if (t.get(e - 1).text().equals(",")) {
      // "Name, appositive, said": walk back over appositive pieces to the name
      e--;
      int pieceEnd = e;
      s = -1;
      while (true) {
        int p = pieceEnd - 1;
        while (p >= floor && !isBoundary(t.get(p))) {
          p--;
        }
        int pieceStart = p + 1;
        if (pieceStart >= pieceEnd) {
          return null;
        }
        boolean appositive = looksAppositive(t.get(pieceStart));
        if (appositive && p >= floor && t.get(p).text().equals(",") && e - p < 40) {
          pieceEnd = p;
          continue;
        }
        s = pieceStart;
        break;
      }
      if (e - s > MAX_SPEAKER_WORDS + 25) {
        return null;
      }
    } else {
      s = e;
      while (s > floor && !isBoundary(t.get(s - 1)) && e - s < MAX_SPEAKER_WORDS) {
        s--;
      }
      if (s > floor && !isBoundary(t.get(s - 1))) {
        return null; // a long clause, no clear subject
      }
    }
    // cut at the last clause joint inside: "noted that Smith", "and then he"
    for (int j = e - 1; j >= s; j--) {
      W w = t.get(j);
      if (w.is("that") || w.is("which") || Lexicon.isCue(w.text()) && j > s) {
        s = j + 1;
        break;
      }
    }
    while (s < e && (Lexicon.LEADING_WORDS.contains(t.get(s).lower()) || !t.get(s).isWord())) {
      s++;
    }
    while (e > s && !t.get(e - 1).isWord() && !t.get(e - 1).text().equals(")")) {
      e--;
    }
    if (s >= e || Lexicon.isCue(t.get(s).text()) && !t.get(s).capitalized()) {
      return null;
    }
    return new int[] {s, e};
  }

  private static boolean looksAppositive(W first) {
    char c = first.text().charAt(0);
    if (Character.isDigit(c) || c == '(') {
      return true;
    }
    return Character.isLowerCase(c);
  }

  /** The speaker phrase right of a cue ("said Smith, a spokesman"), to the sentence end. */
  static int[] speakerRight(List<W> t, int from, int to) {
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
    if (!ok) {
      return null;
    }
    int e = s;
    while (e < to && e - s < MAX_INVERTED_WORDS) {
      W w = t.get(e);
      if (w.sentenceEnd() || isQuoteMark(w) || w.text().equals(";") || w.text().equals(":")
          || isDash(w) || w.is("that") || w.is("as") && e > s) {
        break;
      }
      if (w.text().equals(",") && e + 1 < to
          && (Lexicon.isCue(t.get(e + 1).text()) || t.get(e + 1).lower().endsWith("ing"))) {
        break;
      }
      e++;
    }
    while (e > s && !t.get(e - 1).isWord() && !t.get(e - 1).text().equals(")")) {
      e--;
    }
    return e > s ? new int[] {s, e} : null;
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
