package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.NounChunks.chunkLeft;
import static org.newsextract.attribution.engine.NounChunks.clauseStart;
import static org.newsextract.attribution.engine.NounChunks.oneWordOf;
import static org.newsextract.attribution.engine.SourcePhrases.SOURCE_MAX_TOKENS;
import static org.newsextract.attribution.engine.WordClasses.timeHead;

import java.util.Set;
import org.newsextract.pattern.TokenSource;

/**
 * What a subject phrase found left of its cue carries with it, or must leave out: a participle
 * phrase after its head ("a poll released last week by X found", "A union representing workers
 * said"), a participle with a time ("A new poll conducted Monday shows"), a floating quantifier
 * ("Strategists for both campaigns all agree"); and the time phrase between a subject and its
 * verb, which is no part of it ("Donald Trump on Thursday said"). Used by {@link SourcePhrases}.
 */
final class SubjectExtensions {
  private SubjectExtensions() {}

  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");

  /**
   * "Another source speaking to Fox News said", "a poll released in late August found", "A
   * union representing workers at the plant said": the phrase before the cue is the object of a
   * participle modifying the real subject, which comes with it.
   */
  static int[] withParticiplePhrase(TokenSource ts, int[] chunk) {
    if (chunk == null || chunk[0] < 2) {
      return chunk;
    }
    boolean adp = ts.tag(chunk[0] - 1).equals("ADP");
    int p = adp ? chunk[0] - 2 : chunk[0] - 1;
    if (adp && ts.lower(chunk[0] - 1).equals("by")) {
      // "A poll released last week by Colorado Mesa University found": past the time phrase
      int q = p;
      boolean time = false;
      while (q > 1 && p - q < 3 && (timeHead(ts.lower(q)) || ts.tag(q).equals("DET")
          || ts.tag(q).equals("ADJ") || ts.lower(q).equals("on"))) {
        time |= timeHead(ts.lower(q));
        q--;
      }
      p = time ? q : p;
    }
    String w = ts.lower(p);
    // ("Landlords opposing/NOUN the rent cap": an -ing word before a determiner is no noun)
    boolean participle = ts.tag(p).equals("VERB")
        || !adp && WordClasses.ingParticiple(w) && ts.tag(chunk[0]).equals("DET");
    if (p < 1 || !participle || w.equals("including")
        || !(w.endsWith("ing") || adp && w.endsWith("ed"))) {
      return chunk;
    }
    int[] head = chunkLeft(ts, p, SOURCE_MAX_TOKENS);
    return head != null && head[1] == p && clauseStart(ts, head[0])
        ? new int[] {head[0], chunk[1]} : chunk;
  }

  /**
   * "A new poll conducted Monday shows", "a poll for NBC released last week showed": a phrase
   * with a participle and a time after it, which belong to it.
   */
  static int[] participleWithTime(TokenSource ts, int b) {
    int p = b - 1;
    boolean time = false;
    while (p > 0 && b - p <= 4 && (timeHead(ts.lower(p)) || ts.tag(p).equals("DET")
        || ts.tag(p).equals("ADJ") || ts.tag(p).equals("NUM") || ts.lower(p).equals("on"))) {
      time |= timeHead(ts.lower(p));
      p--;
    }
    // "A new poll conducted Monday shows", "A Monmouth poll out Monday showed"
    boolean out = ts.lower(p).equals("out") && p > 0
        && TokenWords.is(ts, p - 1, TokenWords.DOCUMENT_NOUN);
    if (!time || p <= 0 || !out && (!ts.lower(p).endsWith("ed") || !ts.tag(p).equals("VERB"))) {
      return null;
    }
    int[] head = chunkLeft(ts, p, SOURCE_MAX_TOKENS);
    return head != null && head[1] == p && clauseStart(ts, head[0]) ? new int[] {head[0], b}
        : null;
  }

  /**
   * A time phrase between the subject and its verb is no source: "the Supreme Court this month
   * rejected", "Gowdy earlier in the day touted", "companies have in the past blamed".
   */
  static int[] pastTimePhrase(TokenSource ts, int[] chunk) {
    if (chunk == null || !timeHead(ts.lower(chunk[1] - 1))) {
      return chunk;
    }
    // the time phrase at the end of the chunk: "on Tuesday night", "last week", "in the past"
    int cut = chunk[1] - 1;
    while (cut > chunk[0] && (timeHead(ts.lower(cut - 1))
        || ts.tag(cut - 1).equals("DET") || ts.tag(cut - 1).equals("ADJ")
        || ts.tag(cut - 1).equals("NUM"))) {
      cut--;
    }
    while (cut > chunk[0] && (ts.tag(cut - 1).equals("ADP") || ts.tag(cut - 1).equals("ADV"))) {
      cut--;
    }
    if (cut > chunk[0]) {
      return new int[] {chunk[0], cut}; // "Donald Trump on Thursday" said: Donald Trump
    }
    int x = chunk[0];
    while (x > 0 && chunk[0] - x < 3 && (ts.tag(x - 1).equals("ADP")
        || ts.tag(x - 1).equals("ADV") || ts.tag(x - 1).equals("AUX"))) {
      x--;
    }
    if (x == 0 || ts.tag(x - 1).equals("PUNCT")) {
      return null;
    }
    int[] subject = chunkLeft(ts, x, SOURCE_MAX_TOKENS);
    return subject == null || timeHead(ts.lower(subject[1] - 1)) ? null : subject;
  }

  /** "Strategists for both campaigns all agree": the quantifier floats after its phrase. */
  static int[] withFloatingQuantifier(TokenSource ts, int[] chunk) {
    if (chunk == null || chunk[0] == 0 || !oneWordOf(ts, chunk, FLOATING_QUANTIFIERS)) {
      return chunk;
    }
    int[] before = chunkLeft(ts, chunk[0], SOURCE_MAX_TOKENS);
    return before == null ? chunk : new int[] {before[0], chunk[1]};
  }
}
