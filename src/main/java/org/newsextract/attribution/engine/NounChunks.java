package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.WordClasses.NOMINAL;
import static org.newsextract.attribution.engine.WordClasses.NOT_NP_START;
import static org.newsextract.attribution.engine.WordClasses.POSSESSIVE_DETS;
import static org.newsextract.attribution.engine.WordClasses.RELATIVE;
import static org.newsextract.attribution.engine.WordClasses.TIME_WORDS;
import static org.newsextract.attribution.engine.WordClasses.clauseBoundary;
import static org.newsextract.attribution.engine.WordClasses.gerundNoun;
import static org.newsextract.attribution.engine.WordClasses.groupNounAsVerb;
import static org.newsextract.attribution.engine.WordClasses.hyphenated;
import static org.newsextract.attribution.engine.WordClasses.initialBefore;
import static org.newsextract.attribution.engine.WordClasses.isLinkTag;
import static org.newsextract.attribution.engine.WordClasses.isPossessive;
import static org.newsextract.attribution.engine.WordClasses.isQuote;
import static org.newsextract.attribution.engine.WordClasses.possessiveOpener;

import java.util.Set;
import org.newsextract.pattern.TokenSource;

/**
 * Where a noun phrase next to a boundary starts and ends: the small bounded chunker over UD
 * tags that every slot rule uses ("the New York Times", "a source close to the mayor",
 * "officials who asked not to be named", "said Brian Fallon, a spokesman for the campaign"),
 * and where a clause starts. The word classes it reads, shared with the phrase rules, are
 * {@link WordClasses}. Stateless.
 */
final class NounChunks {
  private NounChunks() {}

  static final int APPOSITIVE_MAX_TOKENS = 18;

  private static final Set<String> NP_INNER = Set.of("NOUN", "PROPN", "NUM", "ADJ", "DET");
  private static final Set<String> NP_ADP = Set.of("of", "for", "from", "at", "with", "in", "on",
      "to", "inside", "within", "close", "around", "across");
  /** Nouns a relative clause without "that" follows: "the place Navy officials say ...". */
  private static final Set<String> RELATIVE_HEADS = Set.of("place", "way", "reason", "thing",
      "things", "moment", "time", "day", "point", "kind", "sort", "extent");
  /** Words the tagger calls adverbs before "to": "a source close to the mayor". */
  private static final Set<String> NEAR_WORDS = Set.of("close", "closer", "closest", "near");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "me", "us", "whom");
  private static final Set<String> NOT_SOURCE = Set.of("that", "what", "how", "why", "whether",
      "if", "when", "where", "there", "this", "these", "such");
  // determiners that stand for a noun phrase: "Another said", "Both said", "Many say"
  private static final Set<String> STANDALONE_DETERMINERS = Set.of("another", "both", "many",
      "some", "others", "most", "each", "all", "several", "few", "one");
  private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "us", "those", "these");

  private static final Set<String> COMPLEMENT_FOLLOWERS = Set.of("DET", "NUM", "PROPN", "PRON");

  /** Longest parenthesis kept with the phrase before it: "Sen. Chris Murphy (a Democrat ...)". */
  private static final int PARENTHESIS_MAX_TOKENS = 7;

  /** A noun phrase ending at {@code end}, scanning at most {@code max} tokens back. */
  static int[] chunkLeft(TokenSource ts, int end, int max) {
    if (end > 1 && ts.lower(end - 1).equals(")")) {
      // "Rep. Hank Johnson (D-Ga.)": the phrase before the parenthesis, with it
      for (int x = end - 2; x > 0 && x >= end - PARENTHESIS_MAX_TOKENS; x--) {
        if (ts.lower(x).equals("(")) {
          int[] core = chunkLeft(ts, x, max);
          return core == null ? null : new int[] {core[0], end};
        }
      }
      return null;
    }
    int j = end - 1;
    int relativeAt = -1; // start of a relative clause taken into the phrase
    boolean coordinated = false; // an "and" or "or" was crossed
    int andAt = -1; // the last one crossed
    while (j >= 0 && end - j <= max) {
      String w = ts.lower(j);
      String t = ts.tag(j);
      if (j == end - 1 && j > 0 && (w.equals("that") || w.equals("which"))
          && (ts.tag(j - 1).equals("NOUN") || ts.tag(j - 1).equals("PROPN"))
          && !TokenWords.is(ts, j - 1, TokenWords.CUE)) {
        return new int[] {j, end}; // "a new audit that says": a relative right after its noun
      }
      if (w.equals(".") && j > 0 && (Lexicons.PERSON_TITLES.contains(ts.lower(j - 1))
          || (initialBefore(ts, j)
              || j == end - 1 && NAME_ABBREVIATIONS.contains(ts.lower(j - 1)))
          && ts.joinedToPrevious(j))) {
        j--; // "Rep. Hank Dalton", "Paul D. Ryan", "Walt Disney Co.": a period inside a name
        continue;
      }
      if (j == end - 1 && j >= 3 && isQuote(w) && isQuote(ts.lower(j - 2))
          && NP_INNER.contains(ts.tag(j - 1)) && !ts.tag(j - 3).equals("VERB")
          && (!ts.tag(j - 3).equals("PUNCT") || isPossessive(ts.lower(j - 3)))) {
        j -= 3; // "the party's ''superdelegates'' have endorsed": a word in scare quotes
        continue;
      }
      if (NP_INNER.contains(t) || isPossessive(w) || w.equals("-") || w.equals("&")
          || w.equals("%") || hyphenated(w) && j > 0 && j + 1 < end
          || t.equals("VERB") && w.endsWith("ed") && j > 1 && j + 1 < end
              && ts.lower(j - 1).equals("-") && ts.joinedToPrevious(j)) {
        // "The al-Qaida-linked group", "An Iran-backed militia": the second half of a
        // hyphenated compound inside the phrase, however tokenized and tagged
        if (t.equals("DET") && RELATIVE.contains(w) && j == end - 1) {
          break; // "that" as a complementizer tagged DET
        }
        j--;
        continue;
      }
      if (j > 1 && WordClasses.SELF_NAMING.contains(w) && ts.lower(j - 1).startsWith("call")
          && NOMINAL.contains(ts.tag(j - 2))) {
        j -= 2; // "A group calling itself the Blood Battalion claimed": the name is in it
        continue;
      }
      int body = w.equals("as") ? j - 2 : j - 1; // "A group known as BlackShade claimed"
      if (body >= 0 && j + 1 < end && WordClasses.namingAt(ts, body + 1) == j + 1
          && WordClasses.NAMED_BODIES.contains(ts.lower(body))) {
        j = body;
        continue;
      }
      if (t.equals("PRON")) {
        if (RELATIVE.contains(w)) {
          if (j == end - 1) {
            return new int[] {j, end}; // "..., who said"
          }
          break;
        }
        if (POSSESSIVE_DETS.contains(w) && j + 1 < end && j > 0
            && NP_ADP.contains(ts.lower(j - 1)) && (NP_INNER.contains(ts.tag(j + 1))
                || ts.tag(j + 1).equals("VERB") && ts.lower(j + 1).endsWith("ing"))) {
          j--; // "One of his advisers", "familiar with her thinking": a determiner inside
          continue;
        }
        int rel = j - 2;
        while (rel > 0 && j - rel < 4 && ts.tag(rel).equals("AUX")) {
          rel--; // "who have praised"
        }
        if (POSSESSIVE_DETS.contains(w) && !w.equals("her") && j + 1 < end && rel >= 0
            && ts.tag(j - 1).equals("VERB") && TokenWords.is(ts, rel, TokenWords.RELATIVE)
            && (ts.tag(j + 1).equals("NOUN") || ts.tag(j + 1).equals("ADJ"))) {
          j--; // "Republicans who praised his candidacy warned": the relative clause's object
          continue;
        }
        if (PARTITIVE_PRONOUNS.contains(w) && j > 1 && ts.lower(j - 1).equals("of")
            && STANDALONE_DETERMINERS.contains(ts.lower(j - 2))) {
          j -= 3; // "One of them, UnitedHealth Group,": the part of the group is the phrase
          break;
        }
        j--; // a personal pronoun starts its phrase
        break;
      }
      if (j >= 2 && j + 1 < end && PARTICIPLE_POSTMODIFIERS.contains(ts.lower(j - 1))
          && (t.equals("ADP") || w.equals("to"))) {
        // "Experts not involved in the research", "people familiar with": the participle's
        // phrase belongs to the noun before it
        int before = j - 2;
        if (before >= 1
            && (ts.lower(before).equals("not") || ts.lower(before).equals("directly"))) {
          before--;
        }
        if (NOMINAL.contains(ts.tag(before))) {
          j = before;
          continue;
        }
      }
      // "for" after a noun is a preposition however tagged ("the planning for/SCONJ Thursday's")
      boolean adp = t.equals("ADP") || t.equals("SCONJ") && w.equals("for");
      if (adp && NP_ADP.contains(w) && j + 1 < end && j > 0
          && (NOMINAL.contains(ts.tag(j - 1)) || ts.tag(j - 1).equals("ADJ")
              || gerundNoun(ts, j - 1) || NEAR_WORDS.contains(ts.lower(j - 1))
              || groupNounAsVerb(ts, j - 1)
              || w.equals("of") && STANDALONE_DETERMINERS.contains(ts.lower(j - 1)))
          && !(w.equals("to") && ts.tag(j - 1).equals("NUM"))) {
        j--; // "a source close to the mayor", not "$10 million to a group"
        continue;
      }
      if (groupNounAsVerb(ts, j) && j + 1 < end && ts.tag(j + 1).equals("ADP")) {
        j--; // "advocates/VERB within the community cite": the plural noun heads the phrase
        continue;
      }
      if (NEAR_WORDS.contains(w) && j > 0 && j + 1 < end && ts.lower(j + 1).equals("to")) {
        j--;
        continue;
      }
      if (j > 0 && (isPossessive(ts.lower(j - 1)) || POSSESSIVE_DETS.contains(ts.lower(j - 1))
          && j > 1 && NP_ADP.contains(ts.lower(j - 2))) && t.equals("VERB")) {
        j--; // "the planning for Tuesday's summit/VERB": after a possessive, a noun
        continue;
      }
      if (w.equals("in") && j > 0 && j + 1 < end && ts.tag(j - 1).equals("NUM")
          && ts.tag(j + 1).equals("NUM")) {
        j--; // "Six in 10 say": a share, one phrase
        continue;
      }
      if ((w.equals("and") || w.equals("or")) && j + 1 < end && j > 0
          && NOMINAL.contains(ts.tag(j - 1))
          && (NOMINAL.contains(ts.tag(j + 1)) || ts.tag(j + 1).equals("DET")
              || ts.tag(j + 1).equals("ADJ"))) { // ("Residents and local activists said")
        coordinated = true;
        andAt = j;
        j--;
        continue;
      }
      if (j == end - 1 && t.equals("VERB") && w.endsWith("ed") && j > 0
          && NOMINAL.contains(ts.tag(j - 1)) && !TokenWords.is(ts, j - 1, TokenWords.RELATIVE)) {
        // (not "a worker who escaped said": that is a relative clause, hopped over below)
        j--; // "those surveyed said", "officials involved said"
        continue;
      }
      if (relativeAt < 0 && !t.equals("PUNCT") && !coordinated) {
        // (not after "and": "cells that can become any tissue and researchers hope" has the
        // relative clause in the first conjunct, which is another clause's end)
        // "officials who asked not to be named said": hop over one relative clause
        int hop = -1;
        for (int x = j - 1; x >= 0 && x >= j - 8; x--) {
          String wx = ts.lower(x);
          if (ts.tag(x).equals("PUNCT") || ts.tag(x).equals("PRON") && !RELATIVE.contains(wx)) {
            break; // "inspectors who visited the site said they were": two clauses, not one
          }
          if ((wx.equals("who") || wx.equals("that")) && x > 0
              && NOMINAL.contains(ts.tag(x - 1))) {
            hop = x;
            break;
          }
        }
        if (hop > 0 && moreThanAuxiliaries(ts, hop + 1, end)) {
          // (not "a candidate who was [lambasted]": the cue is the relative clause's own verb)
          relativeAt = hop;
          j = hop - 1;
          continue;
        }
      }
      break;
    }
    if (andAt > 0 && j >= 0 && !clauseBoundary(ts, j)) {
      j = andAt; // "turn into any tissue of the body and researchers hope": the last conjunct
    }
    int s = j + 1;
    while (s < end && (isLinkTag(ts.tag(s)) && !groupNounAsVerb(ts, s)
        || isPossessive(ts.lower(s)))) {
      s++;
    }
    int coreEnd = relativeAt > 0 ? relativeAt : end;
    // "Earlier this week the senator": a determiner right after a noun opens a new phrase; so
    // does a noun after "the place", "the way" ("the place Navy officials say": no "that")
    for (int q = s + 1; q < coreEnd; q++) {
      String wq = ts.lower(q);
      if (RELATIVE_HEADS.contains(ts.lower(q - 1)) && ts.tag(q - 1).equals("NOUN")
          && (ts.tag(q).equals("PROPN") || ts.tag(q).equals("NOUN") || ts.tag(q).equals("ADJ"))) {
        s = q;
        continue;
      }
      if ((ts.tag(q).equals("DET") || POSSESSIVE_DETS.contains(wq))
          && (ts.tag(q - 1).equals("NOUN") || ts.tag(q - 1).equals("PROPN")
              || ts.tag(q - 1).equals("NUM"))) {
        s = q;
      }
    }
    if (s + 1 < coreEnd && ts.lower(s).equals("that")
        && COMPLEMENT_FOLLOWERS.contains(ts.tag(s + 1))) {
      // "told the Times that three of the attackers said": a complementizer, not "that man",
      // whether the phrase began there or the determiner rule above cut it there
      s++;
    }
    while (s < coreEnd - 1 && TIME_WORDS.contains(ts.lower(s))
        && !isPossessive(ts.lower(s + 1))) {
      s++;
    }
    if (s < coreEnd - 1 && FREE_RELATIVES.contains(ts.lower(s))
        && !isPossessive(ts.lower(s + 1))) {
      s++; // "What the candidates said": the candidates said it (not "what's called")
    }
    if (s >= coreEnd) {
      return null;
    }
    boolean nominal = coreEnd - s == 1 && STANDALONE_DETERMINERS.contains(ts.lower(s));
    for (int x = s; x < coreEnd; x++) {
      nominal |= NOMINAL.contains(ts.tag(x)) && !TokenWords.is(ts, x, TokenWords.RELATIVE);
    }
    if (!nominal || NOT_SOURCE.contains(ts.lower(s)) && coreEnd - s == 1) {
      return null;
    }
    // page furniture ("Watch: ...", "Editor's note: ..."), not "Judicial Watch" or "the email"
    if (coreEnd - s <= 4 && Lexicons.NOT_SOURCES.contains(phrase(ts, s, coreEnd))) {
      return null;
    }
    if (coreEnd - s == 1 && (OBJECT_PRONOUNS.contains(ts.lower(s))
        || TIME_WORDS.contains(ts.lower(s)))) {
      return null;
    }
    return new int[] {s, end};
  }

  // abbreviations that end a name right before its verb, split from their period by the
  // tokenizer: "Walt Disney Co. announced"; not "Acme Co. Officials said", two sentences
  private static final Set<String> NAME_ABBREVIATIONS = Set.of("co", "bros", "corp", "inc",
      "ltd", "jr", "sr");

  /** Words that open a clause as its object: "what the candidates said", "how voters feel". */
  private static final Set<String> FREE_RELATIVES = Set.of("what", "whatever", "how", "why");

  /** Lower-case words joined by spaces, a possessive joined to its word: "editor's note". */
  private static String phrase(TokenSource ts, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      String w = ts.lower(k);
      if (k > from && !isPossessive(w)) {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString();
  }

  /** A noun phrase starting at {@code b}: "the New York Times", "police", "a report from X". */
  static int[] chunkRight(TokenSource ts, int b, int max, boolean appositive) {
    int n = ts.size();
    if (b >= n) {
      return null;
    }
    String w0 = ts.lower(b);
    String t0 = ts.tag(b);
    if (STANDALONE_DETERMINERS.contains(w0) && (b + 1 == n || ts.tag(b + 1).equals("PUNCT"))) {
      return new int[] {b, b + 1}; // "..., said another."
    }
    if (NOT_NP_START.contains(w0) || TIME_WORDS.contains(w0)
        || !(NP_INNER.contains(t0) || t0.equals("PRON"))) {
      return null;
    }
    if (t0.equals("PRON") && !possessiveOpener(ts, b)) {
      return RELATIVE.contains(w0) ? null : new int[] {b, b + 1};
    }
    int j = t0.equals("PRON") ? b + 1 : b; // past the possessive that opens the phrase
    int adps = 0;
    while (j < n && j - b < max) {
      String w = ts.lower(j);
      String t = ts.tag(j);
      boolean compound = j > b && (hyphenated(w) || hyphenated(ts.lower(j - 1))
          && Lexicons.DOCUMENT_NOUNS.contains(w));
      boolean initial = j > b && initialBefore(ts, j);
      if (w.equals(".") && j > b && j + 1 < n && (Lexicons.PERSON_TITLES.contains(ts.lower(j - 1))
          || initial) && ts.joinedToPrevious(j) && (ts.tag(j + 1).equals("PROPN")
              || initial && ts.tag(j + 1).equals("NOUN"))) {
        j++; // "Mrs. Clinton", "Edward G. Rendell": split after the title or the initial
        continue;
      }
      if (NP_INNER.contains(t) || isPossessive(w) || w.equals("-") || w.equals("&")
          || compound) {
        // "an Associated Press-GfK poll": the tokenizer's "-GfK" and the noun after it
        if (j > b && (TIME_WORDS.contains(w) || RELATIVE.contains(w))) {
          break;
        }
        if (j > b && t.equals("DET") && !appositive
            && (ts.tag(j - 1).equals("NOUN") || ts.tag(j - 1).equals("PRON")
                || ts.tag(j - 1).equals("PROPN"))) {
          // "told reporters the deal was done", "told CNN the call was made": a determiner
          // opens the next phrase
          break;
        }
        j++;
        continue;
      }
      if (t.equals("ADP") && NP_ADP.contains(w) && (appositive || !w.equals("to")) && adps < 2
          && j + 1 < n
          && NP_INNER.contains(ts.tag(j + 1)) && !TIME_WORDS.contains(ts.lower(j + 1))) {
        adps++;
        j++;
        continue;
      }
      if ((w.equals("and") || w.equals("&")) && j + 1 < n && j > b
          && (ts.tag(j + 1).equals("PROPN") || ts.tag(j + 1).equals("DET"))
          && ts.tag(j - 1).equals("PROPN")) {
        j++;
        continue;
      }
      if (j > b && t.equals("VERB") && Lexicons.DOCUMENT_NOUNS.contains(w)
          && ts.tag(j - 1).equals("NOUN")) {
        j++; // "exit polls/VERB": a document noun after a noun is the compound's head
        continue;
      }
      if (j > b && w.endsWith("ed") && TokenWords.is(ts, j - 1, TokenWords.DOCUMENT_NOUN)
          && j + 2 < n && (ts.lower(j + 1).equals("by") || ts.lower(j + 1).equals("for"))
          && NP_INNER.contains(ts.tag(j + 2))) {
        j += 2; // "exit polls conducted by Edison Research": who made the document is in it
        continue;
      }
      if ((w.equals("involved") || w.equals("briefed")) && j > b && j + 2 < n
          && NP_ADP.contains(ts.lower(j + 1)) && adps < 2) {
        j += 2; // "Democrats involved in the talks": who they are is part of the phrase
        adps++;
        continue;
      }
      break;
    }
    int e = j;
    while (e > b && (ts.tag(e - 1).equals("ADP") || ts.tag(e - 1).equals("DET")
        || ts.tag(e - 1).equals("CCONJ") || ts.tag(e - 1).equals("ADJ") && e - 1 > b
        || ts.lower(e - 1).equals("-"))) {
      e--;
    }
    if (e <= b) {
      return null;
    }
    boolean nominal = false;
    for (int x = b; x < e; x++) {
      nominal |= NOMINAL.contains(ts.tag(x));
    }
    if (!nominal) {
      return null;
    }
    // "said Brian Fallon, a spokesman for the campaign."
    if (appositive && ts.tag(e - 1).equals("PROPN") && e + 1 < n && ts.lower(e).equals(",")
        && (ts.tag(e + 1).equals("DET") || ts.tag(e + 1).equals("NOUN")
            || ts.tag(e + 1).equals("ADJ") || ts.tag(e + 1).equals("PROPN"))) {
      for (int y = e + 1; y < n && y <= e + APPOSITIVE_MAX_TOKENS; y++) {
        String wy = ts.lower(y);
        if (wy.equals(",") || wy.equals(".") || wy.equals(";") || isQuote(wy)) {
          return new int[] {b, y};
        }
        if (ts.tag(y).equals("VERB") || ts.tag(y).equals("AUX")) {
          break;
        }
      }
    }
    return new int[] {b, e};
  }

  /** A phrase starting at {@code s} starts a clause: nothing but punctuation or a link before. */
  static boolean clauseStart(TokenSource ts, int s) {
    if (s == 0) {
      return true;
    }
    String t = ts.tag(s - 1);
    return t.equals("PUNCT") || t.equals("CCONJ") || t.equals("SCONJ") || t.equals("ADV")
        || ts.lower(s - 1).equals("that");
  }

  /** Whether {@code span} is a single word of {@code words}: "who", "it", "all". */
  static boolean oneWordOf(TokenSource ts, int[] span, Set<String> words) {
    return span != null && span[1] - span[0] == 1 && words.contains(ts.lower(span[0]));
  }

  static boolean hasProperNoun(TokenSource ts, int[] span) {
    for (int x = span[0]; x < span[1]; x++) {
      if (ts.tag(x).equals("PROPN")) {
        return true;
      }
    }
    return false;
  }

  /** Whether [from, to) holds more than auxiliaries and adverbs ("was", "has long"). */
  private static boolean moreThanAuxiliaries(TokenSource ts, int from, int to) {
    for (int x = from; x < to; x++) {
      String t = ts.tag(x);
      if (!t.equals("AUX") && !t.equals("ADV") && !t.equals("PART")) {
        return true;
      }
    }
    return false;
  }

  /** Participles that, with a preposition, describe the noun before them. */
  private static final Set<String> PARTICIPLE_POSTMODIFIERS = Set.of("involved", "familiar",
      "close", "briefed", "knowledgeable", "based", "interviewed", "contacted", "surveyed",
      "polled", "opposed", "connected", "affiliated", "allied", "aligned", "linked");
}
