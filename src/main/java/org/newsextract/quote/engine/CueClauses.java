package org.newsextract.quote.engine;

import static org.newsextract.quote.engine.SpeakerPhrases.isGerund;
import static org.newsextract.quote.engine.SpeakerSieves.isBoundary;
import static org.newsextract.quote.engine.SpeakerSieves.isDash;
import static org.newsextract.quote.engine.SpeakerSieves.isQuoteMark;

import java.util.List;
import org.newsextract.names.Words.W;

/**
 * How a cue and its attribution clause are read: where a cue starts and ends, what kind it is,
 * whether the words after it close a short attribution or introduction, and whether it sits
 * in a relative clause or after a passive "be". The speaker phrase next to the cue is {@link
 * SpeakerPhrases}' question.
 */
final class CueClauses {
  private CueClauses() {}

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

  static Lexicon.CueType cueTypeAt(List<W> t, int k) {
    Lexicon.CueType type = Lexicon.cueType(t.get(k).text());
    return type == null ? Lexicon.CueType.PLAIN : type;
  }

  static boolean isAccordingTo(List<W> t, int k) {
    return t.get(k).is("according") && k + 1 < t.size() && t.get(k + 1).is("to");
  }

  /** After a cue: only a short tail (time, place, recipient) to the colon or comma or mark. */
  static boolean endsIntroduction(List<W> t, int cueEnd) {
    int words = 0;
    for (int k = cueEnd; k < t.size(); k++) {
      if (t.get(k).isWord()) {
        words++;
      }
    }
    return words <= 20;
  }

  static final java.util.Set<String> ATTRIBUTION_TAIL_STARTS = java.util.Set.of(
      "in", "on", "at", "during", "of", "to", "after", "before", "via", "by", "from", "while",
      "when", "later", "earlier", "last", "this", "yesterday", "today", "tonight", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "again",
      "afterward", "afterwards", "then", "with", "as", "through", "about", "outside", "inside");

  /**
   * A whole sentence of attribution after a quote that ended its own sentence: "Smith said."
   * "He said in a statement on Tuesday." "said Smith, a spokesman." Not "He said he ...".
   */
  static boolean shortAttribution(List<W> t, int cueStart, int cueEnd) {
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
   * After a cue in an attribution sentence that follows a quote: the sentence ends soon ("Smith
   * said." "he said in a statement on Tuesday.") or goes on with a comma.
   */
  static boolean attributionSentenceEnds(List<W> t, int cueEnd) {
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

  /** "told CNN", "told reporters": the cue takes a short recipient after a verb of telling. */
  static int recipientEnd(List<W> t, int cueStart, int cueEnd) {
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
  static boolean isGlue(W w) {
    String l = w.lower();
    return Lexicon.SPEAKER_GLUE.contains(l)
        || l.length() > 4 && l.endsWith("ly") && w.isWord() && !w.capitalized();
  }

  /** The cue at {@code k} follows "who" or "which": "an official, who asked not to be named". */
  static boolean insideRelativeClause(List<W> t, int k, int floor) {
    int p = k - 1;
    while (p >= floor && Lexicon.SPEAKER_GLUE.contains(t.get(p).lower())) {
      p--;
    }
    return p >= floor && (t.get(p).is("who") || t.get(p).is("which"));
  }
}
