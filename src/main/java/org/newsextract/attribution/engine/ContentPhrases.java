package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.WordClasses.TIME_WORDS;
import static org.newsextract.attribution.engine.WordClasses.isQuote;
import static org.newsextract.attribution.engine.WordClasses.timeHead;

import java.util.Set;
import org.newsextract.number.NumberWords;
import org.newsextract.pattern.TokenSource;

/**
 * Where the content of a cue starts and ends: the rest of the clause on its side, from a
 * "that", a colon or a quotation mark after the cue ("said Monday that", "said in a
 * statement: ..."), and none when all that follows is when or how it was said ("..., the army
 * said on Sunday.").
 */
final class ContentPhrases {
  private ContentPhrases() {}

  static final int CONTENT_MAX_TOKENS = 400;

  static final Set<String> PARTICLES =
      Set.of("away", "off", "down", "up", "out", "back", "around");

  /** Openers of an adverbial clause right after a cue: when or why, not what was said. */
  private static final Set<String> ADVERBIAL_OPENERS = Set.of("as", "while", "when",
      "because", "although", "though", "whereas");
  static final Set<String> SAID = Set.of("said", "says", "say", "told", "added",
      "wrote", "tweeted", "explained", "noted");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we",
      "i");

  static int[] contentRight(TokenSource ts, int b) {
    int n = ts.size();
    int s = b;
    boolean afterComma = false;
    while (s < n && (ts.lower(s).equals(",") || ts.lower(s).equals(":")
        || ts.lower(s).equals("—") || ts.lower(s).equals("–"))) {
      afterComma |= ts.lower(s).equals(",");
      s++;
    }
    if (s >= n || isFinal(ts.lower(s)) && s == n - 1) {
      return null;
    }
    if (afterComma && ts.tag(s).equals("VERB")) {
      return null; // "..., adding that": a new clause, not this cue's content
    }
    if (afterComma && (ts.lower(s).equals("and") || ts.lower(s).equals("but"))) {
      return null; // "has to be considered, and Scarborough Shoal is ...": the next clause
    }
    if (s == b && b > 0 && TokenWords.is(ts, b - 1, TokenWords.SAID) && s + 2 < n
        && ADVERBIAL_OPENERS.contains(ts.lower(s)) && SUBJECT_PRONOUNS.contains(ts.lower(s + 1))) {
      // "“...,” Sessions said as he launched the vote": when, not what (not "said as many as")
      return null;
    }
    if (ts.lower(s).equals("nor") && s + 1 < n && ts.tag(s + 1).equals("VERB")) {
      return null; // "neither admitted nor denied the findings": both verbs take the object
    }
    if (PARTICLES.contains(ts.lower(s))) {
      return null; // "backed away", "called off": a phrasal verb, not a cue
    }
    if (ts.lower(s).equals("not") && s + 1 < n && ts.lower(s + 1).equals("to")) {
      return null; // "who asked not to be named": a request, not a statement
    }
    if (!isQuote(ts.lower(s)) && !ts.lower(s).equals("that")) {
      // "said Monday that", "said in a statement: ..."
      for (int x = s; x < n && x < s + 10; x++) {
        String w = ts.lower(x);
        String t = ts.tag(x);
        if (w.equals("that") && (t.equals("SCONJ") || t.equals("PRON") || t.equals("DET"))) {
          s = x;
          break;
        }
        if ((w.equals(":") || w.equals(",")) && x > s && x + 1 < n) {
          if (isQuote(ts.lower(x + 1)) || w.equals(":")) {
            s = x + 1;
          }
          break;
        }
        if (t.equals("VERB") || t.equals("AUX") || isQuote(w)) {
          break;
        }
      }
    }
    int e = Math.min(n, s + CONTENT_MAX_TOKENS);
    int closed = quotationEnd(ts, s, e);
    if (closed > 0) {
      return new int[] {s, closed};
    }
    for (int x = s + 1; x + 1 < e; x++) {
      String w = ts.lower(x);
      if ((w.equals("and") || w.equals("but") || w.equals("nor")) && ts.tag(x + 1).equals("VERB")
          && TokenWords.is(ts, x + 1, TokenWords.CUE) && !ts.lower(x + 1).endsWith("ing")) {
        e = x; // "sounded excited and said, ...": the second verb says the rest
        break;
      }
    }
    if (e == n && e - 1 > s && isFinal(ts.lower(e - 1))) {
      e--;
    }
    if (e > s && onlyAdjunct(ts, s, e)) {
      return null; // "..., the army said on Sunday.": when and how it was said, not what
    }
    return e > s ? new int[] {s, e} : null;
  }

  /**
   * Where a content that opens with a quotation ends when the quotation is all that was said:
   * the closing mark followed by a comma or a participle ("said, “Mabruk! Mabruk!” meaning
   * ..., the sources said": the reporter's gloss and the sources' words come after). -1 when
   * the content does not open with an opening mark or goes on after its close ("“The plan”
   * would fail").
   */
  private static int quotationEnd(TokenSource ts, int s, int e) {
    String open = ts.lower(s);
    if (!open.equals("“") && !open.equals("``")) {
      return -1;
    }
    String close = open.equals("“") ? "”" : "''";
    for (int x = s + 1; x < e; x++) {
      String w = ts.lower(x);
      if (w.equals(open)) {
        return -1; // a second quotation inside: let the content run
      }
      if (w.equals(close)) {
        boolean after = x + 1 < e && (ts.lower(x + 1).equals(",")
            || ts.lower(x + 1).endsWith("ing") && ts.tag(x + 1).equals("VERB"));
        return after ? x + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * A phrase with no verb and no quotation that opens with a preposition or a time word: "on
   * Sunday", "in a statement on Tuesday", "Tuesday".
   */
  static boolean onlyAdjunct(TokenSource ts, int s, int e) {
    String first = ts.lower(s);
    if (!ADJUNCT_OPENERS.contains(first) && !TIME_WORDS.contains(first) && !timeHead(first)) {
      return false;
    }
    boolean when = false; // a time or an occasion: not "criticized for the delay"
    // short by nature; and the work per match stays bounded
    for (int x = s; x < e && x < s + ADJUNCT_MAX_TOKENS; x++) {
      String w = ts.lower(x);
      String t = ts.tag(x);
      if (when && w.equals(",") && timeSince(ts, x + 1, e)) {
        return true; // "declared on Thursday, two days after voters went to the polls"
      }
      if (t.equals("VERB") || t.equals("AUX") || isQuote(w) || w.equals("that")) {
        return false;
      }
      when |= TIME_WORDS.contains(w) || timeHead(w) || OCCASIONS.contains(w);
    }
    return e - s <= ADJUNCT_MAX_TOKENS && when;
  }

  private static final Set<String> TIME_UNITS = Set.of("minutes", "hours", "days", "weeks",
      "months", "years", "minute", "hour", "day", "week", "month", "year");

  /** "two days after ...", "a week before ...": a time counted from an event. */
  private static boolean timeSince(TokenSource ts, int k, int e) {
    return k + 2 < e && (ts.tag(k).equals("NUM") || ts.lower(k).equals("a")
        || NumberWords.parse(ts.lower(k)).isPresent())
        && TIME_UNITS.contains(ts.lower(k + 1))
        && (ts.lower(k + 2).equals("after") || ts.lower(k + 2).equals("before"));
  }

  private static final int ADJUNCT_MAX_TOKENS = 10;
  private static final Set<String> ADJUNCT_OPENERS = Set.of("on", "in", "at", "during", "late",
      "early", "this", "last");
  /** Where something was said: "in a statement", "at a news conference". */
  private static final Set<String> OCCASIONS = Set.of("statement", "statements", "interview",
      "interviews", "conference", "briefing", "release", "email", "e-mail", "tweet", "post",
      "speech", "hearing", "rally", "meeting", "call", "message", "letter", "address", "video",
      "podcast", "broadcast", "blog", "telegram", "twitter", "facebook", "instagram", "tiktok",
      "youtube", "x", "television", "radio", "camera");

  static int[] contentLeft(TokenSource ts, int b) {
    int e = b;
    while (e > 0 && (ts.lower(e - 1).equals(",") || ts.lower(e - 1).equals(":")
        || ts.lower(e - 1).equals("—"))) {
      e--;
    }
    int s = Math.max(0, e - CONTENT_MAX_TOKENS);
    if (e - s >= 2 && ts.lower(s).equals("according") && ts.lower(s + 1).equals("to")) {
      return null; // "According to a poll, voters agreed": an attribution is not what was said
    }
    boolean word = false;
    for (int x = s; x < e && !word; x++) {
      word = !ts.tag(x).equals("PUNCT");
    }
    return word ? new int[] {s, e} : null;
  }

  private static boolean isFinal(String w) {
    return w.equals(".") || w.equals("!") || w.equals("?");
  }
}
