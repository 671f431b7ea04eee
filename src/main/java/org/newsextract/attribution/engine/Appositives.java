package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.NounChunks.chunkLeft;
import static org.newsextract.attribution.engine.NounChunks.clauseStart;
import static org.newsextract.attribution.engine.NounChunks.hasProperNoun;
import static org.newsextract.attribution.engine.SourcePhrases.SOURCE_MAX_TOKENS;
import static org.newsextract.attribution.engine.WordClasses.POSSESSIVE_DETS;
import static org.newsextract.attribution.engine.WordClasses.RELATIVE;
import static org.newsextract.attribution.engine.WordClasses.isQuote;

import java.util.Set;
import org.newsextract.pattern.TokenSource;

/**
 * What stands between a source and its cue after a comma, and where the source then starts:
 * an appositive or a chain of them ("Carole Bower, 75, a retiree in Carthage, Ill., said"), a
 * relative clause ("The official, who spoke on condition of anonymity, said") or a
 * parenthetical phrase ("the mayor, at a news conference, said"). For {@link SourcePhrases}.
 */
final class Appositives {
  private Appositives() {}

  static final int CHAIN_MAX_TOKENS = 30;
  static final int CHAIN_MAX_COMMAS = 4;

  private static final Set<String> PARTICIPLE_OPENERS = Set.of("speaking", "citing",
      "responding", "writing", "referring", "who", "which", "according", "when", "while",
      "after", "before", "asked", "reached", "contacted", "interviewed", "appearing", "in", "on",
      "at", "during");

  /**
   * A name opening its clause followed by a few short comma-separated segments with no verb,
   * ending at the comma {@code k} before the cue: "Carole Bower, 75, a retiree in
   * Carthage, Ill., said", "Mr. Sperling, then 38, said". The tagger often misreads the segments
   * (ages, state abbreviations), so only verbs and clause punctuation stop the walk.
   */
  static int[] appositiveChain(TokenSource ts, int k) {
    int commas = 0;
    for (int x = k - 1; x > 0 && x >= k - CHAIN_MAX_TOKENS; x--) {
      String w = ts.lower(x);
      String t = ts.tag(x);
      if ((t.equals("VERB") && !modifiesNoun(ts, x)) || t.equals("AUX") || isQuote(w)
          || w.equals(";") || w.equals(":") || w.equals("—") || RELATIVE.contains(w)) {
        return null;
      }
      if (!w.equals(",")) {
        continue;
      }
      if (ts.lower(x + 1).equals(",") || ++commas > CHAIN_MAX_COMMAS) {
        return null;
      }
      int[] head = chunkLeft(ts, x, SOURCE_MAX_TOKENS);
      // the head opens the clause, not a later segment: "Ann Li, 62, a nurse in Tucson, said"
      if (head != null && head[1] == x && clauseStart(ts, head[0]) && hasProperNoun(ts, head)
          && (head[0] == 0 || !ts.lower(head[0] - 1).equals(","))) {
        return new int[] {head[0], k};
      }
    }
    return null;
  }

  /** A participle used as an adjective inside a title: "managing director", "acting chief". */
  private static boolean modifiesNoun(TokenSource ts, int x) {
    String w = ts.lower(x);
    if (!(w.endsWith("ing") || w.endsWith("ed")) || x + 1 >= ts.size()) {
      return false;
    }
    String next = ts.tag(x + 1);
    String prev = ts.tag(x - 1);
    return (next.equals("NOUN") || next.equals("ADJ"))
        && (ts.lower(x - 1).equals(",") || prev.equals("DET") || prev.equals("ADJ"));
  }

  /**
   * The few words from the start of the clause to {@code end} when they hold a noun and no verb:
   * a fallback for phrases the tagger gets wrong ("Another Clinton ally/ADV").
   */
  static int[] shortClauseOpening(TokenSource ts, int end) {
    boolean noun = false;
    for (int x = end - 1; x >= 0 && x >= end - 6; x--) {
      String t = ts.tag(x);
      if (t.equals("VERB") || t.equals("AUX") || isQuote(ts.lower(x))) {
        return null;
      }
      noun |= t.equals("NOUN") || t.equals("PROPN");
      if (clauseStart(ts, x)) {
        return noun && !t.equals("PUNCT") ? new int[] {x, end} : null;
      }
    }
    return null;
  }

  /**
   * A prepositional phrase set off by commas between a subject and its cue: "Lewandowski, in a
   * statement released by the campaign, said", "the mayor, at a news conference, said".
   */
  static boolean parentheticalPhrase(TokenSource ts, int from, int to) {
    // "Clinton, goaded by Sanders, came out against", "The report, released on Friday,
    // said": a participle and a preposition set off by commas; not before an -ing cue, which
    // follows a finite verb ("Emanuel, his aide, called on them, saying")
    int p = from;
    while (p + 2 < to && ts.tag(p).equals("ADV")) {
      p++; // "Okoro, still excoriated by union leaders, said"
    }
    boolean participle = p + 1 < to && ts.tag(p).equals("VERB")
        && pastParticiple(ts.lower(p)) && ts.tag(p + 1).equals("ADP")
        && to + 1 < ts.size() && !ts.lower(to + 1).endsWith("ing");
    if (!PARENTHETICAL_OPENERS.contains(ts.lower(from)) && !participle) {
      return false;
    }
    for (int x = from + 1; x < to; x++) {
      String w = ts.lower(x);
      if (isQuote(w) || RELATIVE.contains(w) || ts.tag(x).equals("AUX")) {
        return false;
      }
    }
    return true;
  }

  private static boolean pastParticiple(String w) {
    return w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLES.contains(w);
  }

  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("sent", "made", "held",
      "built", "found", "led", "brought", "paid", "kept", "sold", "told", "won", "shot", "hit");

  // not "speaking": "The official, speaking on condition of anonymity," keeps its participle;
  // "Salceda, citing data from the State Department, said": a statement of its own
  private static final Set<String> PARENTHETICAL_OPENERS = Set.of("in", "at", "during", "on",
      "citing", "quoting", "noting");

  static boolean onlyAdverbs(TokenSource ts, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int x = from; x < to; x++) {
      if (!ts.tag(x).equals("ADV")) {
        return false;
      }
    }
    return true;
  }

  static boolean appositiveOpener(TokenSource ts, int x) {
    String t = ts.tag(x);
    if (t.equals("VERB") && ts.lower(x).endsWith("ing")) {
      return true; // "Senator Ruiz, hoping to win in Iowa, called"
    }
    return t.equals("DET") || t.equals("ADJ") || t.equals("NOUN") || t.equals("PROPN")
        || t.equals("NUM") || PARTICIPLE_OPENERS.contains(ts.lower(x))
        || POSSESSIVE_DETS.contains(ts.lower(x)) || INCLUSION_OPENERS.contains(ts.lower(x));
  }

  /** Openers of an appositive that names members: "the biggest hawks, like Rubio, say". */
  private static final Set<String> INCLUSION_OPENERS = Set.of("like", "including", "especially",
      "particularly", "notably", "unlike");

  /**
   * "William Reilly, who led the agency and has served as president of the fund, said", "The
   * official, who spoke on condition of anonymity, said": a phrase and the relative clause set
   * off after it, however long, up to the comma before the cue.
   */
  // "Ana Ruiz, who ...", "..., whose ...", "..., whom the board appointed, ..."
  private static final Set<String> RELATIVE_PERSON = Set.of("who", "whose", "whom");

  static int[] withRelativeClause(TokenSource ts, int k) {
    for (int c = k - 2; c > 0 && k - c <= RELATIVE_CLAUSE_MAX_TOKENS; c--) {
      String w = ts.lower(c);
      if (isQuote(w)) {
        // a short quoted title inside the clause ("promoting his book, “Sin Miedo”"): past it;
        // a longer quotation ends the search
        int open = c - 1;
        while (open > 0 && c - open <= TITLE_MAX_TOKENS && !isQuote(ts.lower(open))) {
          open--;
        }
        if (open <= 0 || c - open > TITLE_MAX_TOKENS) {
          return null;
        }
        c = open;
        continue;
      }
      if (w.equals(";") || w.equals(":")) {
        return null;
      }
      if (RELATIVE_PERSON.contains(w) && !ts.lower(c - 1).equals(",")) {
        // "Parker Eaton, a nominal Republican who voted for Bill Clinton, said": the relative
        // hangs on an appositive; the source is the name before it, with both
        int[] appositive = chunkLeft(ts, c, SOURCE_MAX_TOKENS);
        if (appositive != null && appositive[1] == c && appositive[0] > 1
            && ts.lower(appositive[0] - 1).equals(",")) {
          int[] name = chunkLeft(ts, appositive[0] - 1, SOURCE_MAX_TOKENS);
          if (name != null && name[1] == appositive[0] - 1 && clauseStart(ts, name[0])
              && hasProperNoun(ts, name)) {
            return new int[] {name[0], k};
          }
        }
      }
      if (w.equals(",") && RELATIVE_PERSON.contains(ts.lower(c + 1))) {
        int[] core = chunkLeft(ts, c, SOURCE_MAX_TOKENS);
        if (core == null || core[1] != c || !clauseStart(ts, core[0])) {
          return null;
        }
        // "Maria Lopez, 58, who lives outside Denver, says": the name before the age or title
        int start = core[0];
        if (!hasProperNoun(ts, core) && start > 1 && ts.lower(start - 1).equals(",")) {
          int[] before = chunkLeft(ts, start - 1, SOURCE_MAX_TOKENS);
          if (before != null && before[1] == start - 1 && clauseStart(ts, before[0])
              && hasProperNoun(ts, before)) {
            start = before[0];
          }
        }
        return new int[] {start, k};
      }
    }
    return null;
  }

  private static final int RELATIVE_CLAUSE_MAX_TOKENS = 40;
  private static final int TITLE_MAX_TOKENS = 8;
}
