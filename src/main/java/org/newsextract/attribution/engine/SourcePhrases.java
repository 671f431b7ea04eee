package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.Appositives.appositiveChain;
import static org.newsextract.attribution.engine.Appositives.appositiveOpener;
import static org.newsextract.attribution.engine.Appositives.onlyAdverbs;
import static org.newsextract.attribution.engine.Appositives.parentheticalPhrase;
import static org.newsextract.attribution.engine.Appositives.shortClauseOpening;
import static org.newsextract.attribution.engine.Appositives.withRelativeClause;
import static org.newsextract.attribution.engine.NounChunks.APPOSITIVE_MAX_TOKENS;
import static org.newsextract.attribution.engine.NounChunks.chunkLeft;
import static org.newsextract.attribution.engine.NounChunks.chunkRight;
import static org.newsextract.attribution.engine.NounChunks.clauseStart;
import static org.newsextract.attribution.engine.NounChunks.hasProperNoun;
import static org.newsextract.attribution.engine.SharedSubjects.sharedSubject;
import static org.newsextract.attribution.engine.SharedSubjects.subjectOf;
import static org.newsextract.attribution.engine.WordClasses.NOMINAL;
import static org.newsextract.attribution.engine.WordClasses.NOT_NP_START;
import static org.newsextract.attribution.engine.WordClasses.TIME_WORDS;
import static org.newsextract.attribution.engine.WordClasses.isPossessive;
import static org.newsextract.attribution.engine.WordClasses.isQuote;
import static org.newsextract.attribution.engine.WordClasses.timeHead;

import java.util.Set;
import org.newsextract.pattern.TokenSource;

/**
 * Where a source phrase next to its cue starts and ends. Before the cue: the noun phrase, past
 * dashes and commas ("Hunter, meanwhile, told"), time adjuncts ("The mayor earlier Tuesday
 * said"), participle phrases ("a poll released in late August found"), floating quantifiers
 * and short verb chains ("Rubio declined to assail"); after it, the inverted source ("...,
 * said Ms. Diaz"). Appositives and relative clauses set off by commas are in {@link
 * Appositives}; a subject shared with another verb in {@link SharedSubjects}; what a subject
 * carries with it or leaves out (participles, times, quantifiers) in {@link SubjectExtensions}.
 */
final class SourcePhrases {
  private SourcePhrases() {}

  static final int SOURCE_MAX_TOKENS = 14;
  /** "Trump, the frontrunner nationally and ... after winning the primaries, said". */
  static final int LONG_APPOSITIVE_MAX_TOKENS = 30;
  static final int VERB_CHAIN_MAX_TOKENS = 6;

  /** Dashes that set off a parenthetical: "Mr. Bush - in a line aimed at Mr. Trump - said". */
  static final Set<String> DASHES = Set.of("-", "—", "–", "--");

  /** A dash standing apart, not the hyphen inside "policy-making". */
  private static boolean dash(TokenSource ts, int k) {
    // a hyphen joined on both sides is inside a compound ("Post-ABC"); an em dash is a dash
    // however written ("the Post—even the devil can quote statistics—observed")
    return TokenWords.is(ts, k, TokenWords.DASH)
        && (ts.lower(k).equals("—")
            || !(ts.joinedToPrevious(k) && k + 1 < ts.size() && ts.joinedToPrevious(k + 1)));
  }

  static int[] sourceLeft(TokenSource ts, int b) {
    return sourceLeft(ts, b, true);
  }

  /** Marks that may follow an inverted pronoun source: "..., said he." */
  private static final Set<String> AFTER_INVERTED_PRONOUN = Set.of(",", ".", ";", ":", "!", "?",
      "—", "–", "--", ")", "”", "’", "\"", "'");

  /**
   * The source after its cue ("..., said Ms. Diaz"). A pronoun there stands alone: in "said he
   * appreciates ..." it is the subject of the reported clause, not an inverted source.
   */
  static int[] sourceRight(TokenSource ts, int b) {
    int[] opening = openingAccordingTo(ts, b);
    if (opening != null) {
      return opening;
    }
    int[] r = chunkRight(ts, b, SOURCE_MAX_TOKENS, true);
    if (r == null && afterAccordingTo(ts, b) && ts.tag(b).equals("VERB") && b + 1 < ts.size()
        && ts.tag(b + 1).equals("NOUN")) {
      // "according to court records": after "according to" comes a noun phrase, so a first
      // word the tagger took for a verb ("court", "police", "survey") is its modifier
      int[] rest = chunkRight(ts, b + 1, SOURCE_MAX_TOKENS - 1, true);
      return rest == null ? null : new int[] {b, rest[1]};
    }
    if (r != null && r[1] - r[0] == 1 && ts.tag(r[0]).equals("PRON") && r[1] < ts.size()
        && !AFTER_INVERTED_PRONOUN.contains(ts.lower(r[1]))) {
      return null;
    }
    return r;
  }

  /** "according to" stands right before {@code b}. */
  private static boolean afterAccordingTo(TokenSource ts, int b) {
    return b >= 2 && ts.lower(b - 2).equals("according") && ts.lower(b - 1).equals("to");
  }

  /** How far an opening "According to ..." may run before its comma. */
  private static final int OPENING_SOURCE_MAX_TOKENS = 24;

  /**
   * "According to early results of exit polls conducted for the AP and television networks by
   * Edison Research, ...", "In the latest Fox News poll, ...": opening a sentence, everything
   * up to the comma is the source (after "In", when it holds a poll noun), when no finite verb
   * comes before it; else null.
   */
  private static int[] openingAccordingTo(TokenSource ts, int b) {
    boolean accordingTo = b == 2 && afterAccordingTo(ts, b);
    // "In this poll, ...", "In the latest Washington Post-ABC News poll, conducted in May, ..."
    boolean inPoll = b == 1 && ts.lower(0).equals("in");
    if (!accordingTo && !inPoll) {
      return null;
    }
    boolean poll = false;
    for (int c = b; c < ts.size() && c <= b + OPENING_SOURCE_MAX_TOKENS; c++) {
      String w = ts.lower(c);
      String t = ts.tag(c);
      poll |= Lexicons.POLL_NOUNS.contains(w);
      if (w.equals(",") && c > b) {
        return accordingTo || poll ? new int[] {b, participleAfter(ts, c)} : null;
      }
      if (t.equals("AUX") || t.equals("VERB") && !w.endsWith("ed") || isQuote(w)
          || t.equals("PUNCT") && !OPENING_SOURCE_MARKS.contains(w)) {
        return null;
      }
    }
    return null;
  }

  /** The labels of an interview's turns, written before a colon. */
  private static final Set<String> INTERVIEW_LABELS = Set.of("q", "a", "question", "answer");
  private static final Set<String> OPENING_SOURCE_MARKS = Set.of("-", ".", "/", "'s", "’s");
  private static final int PARTICIPLE_PHRASE_MAX_TOKENS = 8;

  /**
   * The end of a participle's phrase set off by commas after {@code comma} ("poll, conducted in
   * May,"): the second comma; else {@code comma}.
   */
  private static int participleAfter(TokenSource ts, int comma) {
    int p = comma + 1;
    if (p >= ts.size() || !ts.tag(p).equals("VERB") || !ts.lower(p).endsWith("ed")) {
      return comma;
    }
    for (int c = p + 1; c < ts.size() && c <= p + PARTICIPLE_PHRASE_MAX_TOKENS; c++) {
      if (ts.lower(c).equals(",")) {
        return c + 1 < ts.size() ? c : comma;
      }
      if (ts.tag(c).equals("VERB") || ts.tag(c).equals("AUX")) {
        return comma;
      }
    }
    return comma;
  }

  /**
   * The source phrase ending before {@code b}. With {@code shared} false the phrase is not looked
   * for through an earlier verb of the sentence, so the search never recurses more than once.
   */
  static int[] sourceLeft(TokenSource ts, int b, boolean shared) {
    int k = b - 1;
    if (k < 0) {
      return null;
    }
    if (ts.lower(k).equals("to") && ts.tag(k).equals("PART")) {
      return null; // "stood at a Bush event here to say": an infinitive has no subject there
    }
    if (k == 0 && b < ts.size() && ts.lower(b).equals(":")
        && INTERVIEW_LABELS.contains(ts.lower(0))) {
      return new int[] {0, 1}; // "Q: Did anyone help you?" / "A: No one did.": who speaks
    }
    if (k > 0 && isQuote(ts.lower(k)) && ts.lower(k - 1).equals(",")) {
      k--; // "Noah Oppenheim, the executive in charge of ''Today,'' reminded"
    }
    String w = ts.lower(k);
    if (dash(ts, k)) {
      // "Mr. Bush - in a line aimed at Mr. Trump - declared": the source is before the
      // opening dash; "..., will return to zero - implying that": a participle's subject
      for (int x = k - 1; x > 0 && x >= k - APPOSITIVE_MAX_TOKENS; x--) {
        if (dash(ts, x)) {
          return sourceLeft(ts, x, shared);
        }
      }
      return shared ? sharedSubject(ts, k) : null;
    }
    if (w.equals(",") && k > 0 && ts.lower(k - 1).equals(")")) {
      int[] relative = withRelativeClause(ts, k);
      if (relative != null) {
        return relative; // "X, who is promoting his book (Without Fear), said": X
      }
      int[] r = sourceLeft(ts, k, shared);
      return r == null ? null : new int[] {r[0], k};
    }
    if (w.equals(",")) {
      // "Smith, a spokesman for X, said" or "Smith said X, adding"
      int comma = -1;
      for (int x = k - 1; x >= 0 && x >= k - LONG_APPOSITIVE_MAX_TOKENS; x--) {
        String wx = ts.lower(x);
        if (wx.equals(",")) {
          comma = x;
          break;
        }
        if (wx.equals(";") || wx.equals(":") || wx.equals("(")) {
          break;
        }
      }
      if (comma > 0 && comma + 1 < k && (onlyAdverbs(ts, comma + 1, k)
          || parentheticalPhrase(ts, comma + 1, k))) {
        // "Hunter, meanwhile, told Politico"
        int[] core = chunkLeft(ts, comma, SOURCE_MAX_TOKENS);
        if (core != null && core[1] == comma && clauseStart(ts, core[0])) {
          return core;
        }
        // else maybe "X, who is promoting his book, “Sin Miedo”, said": the relative clause's
      }
      int[] relative = withRelativeClause(ts, k);
      if (relative != null) {
        return relative;
      }
      int[] chain = appositiveChain(ts, k);
      if (chain != null) {
        return chain;
      }
      if (comma > 0 && comma + 1 < k && appositiveOpener(ts, comma + 1)) {
        int[] core = chunkLeft(ts, comma, SOURCE_MAX_TOKENS);
        if (core == null) {
          core = shortClauseOpening(ts, comma);
        }
        if (core != null && core[1] == comma && clauseStart(ts, core[0])) {
          // "Giovanni Maria Vian, the editor of the paper, L'Osservatore Romano, said"
          int start = core[0];
          for (int more = 0; more < 2 && start > 1 && ts.lower(start - 1).equals(","); more++) {
            int[] before = chunkLeft(ts, start - 1, SOURCE_MAX_TOKENS);
            if (before == null || !clauseStart(ts, before[0]) || !hasProperNoun(ts, before)) {
              break;
            }
            start = before[0];
          }
          return new int[] {start, k};
        }
      }
      return shared ? sharedSubject(ts, k) : null;
    }
    if (w.equals("and") || w.equals("but") || w.equals("nor")) {
      return shared ? sharedSubject(ts, k) : null;
    }
    int time = timeAdjunctStart(ts, b);
    // "Speaker Paul Ryan, the nation's highest-ranking Republican, on Tuesday called"
    if (time > 0 && time < b && (!ts.tag(time - 1).equals("PUNCT")
        || (ts.lower(time - 1).equals(",") || ts.lower(time - 1).equals(")"))
            && ts.lower(time).equals("on"))) {
      int[] before = sourceLeft(ts, time, shared);
      if (before == null) {
        before = nounRunBefore(ts, time); // the tagger reads "The mayor earlier" as adverbs
      }
      if (before != null) {
        return before; // "The mayor earlier Tuesday said": the mayor
      }
    }
    int[] chunk = chunkLeft(ts, b, SOURCE_MAX_TOKENS);
    if (chunk == null) {
      int[] withTime = SubjectExtensions.participleWithTime(ts, b);
      if (withTime != null) {
        return withTime;
      }
      chunk = subjectBeforeVerbChain(ts, b);
    }
    chunk = SubjectExtensions.withParticiplePhrase(ts, chunk);
    chunk = SubjectExtensions.pastTimePhrase(ts, chunk);
    chunk = SubjectExtensions.withFloatingQuantifier(ts, chunk);
    if (ts.lower(b).endsWith("ing")) {
      int[] watched = perceivedDoer(ts, b);
      if (watched != null) {
        return watched; // "we watch his partners in Tehran relentlessly referring to the US"
      }
    }
    if (chunk != null && chunk[0] > 0 && ts.lower(b).endsWith("ing")) {
      // "The town released a statement saying", "Cruz emailed supporters vowing": the phrase
      // is the object of the clause's verb, and the participle shares that verb's subject
      int verb = chunk[0] - 1;
      if (ts.tag(verb).equals("VERB")) {
        int[] subject = subjectOf(ts, verb);
        return subject != null && subject[1] <= verb ? subject : chunk;
      }
    }
    return chunk;
  }

  private static final Set<String> PERCEPTION_VERBS = Set.of("watch", "watched", "watches",
      "watching", "saw", "see", "sees", "seeing", "heard", "hear", "hears", "hearing");

  /**
   * The object of a verb of perception that a gerund cue follows, adverbs between allowed:
   * "watched the crowd chanting", "saw his aides quietly dismissing it"; else null.
   */
  private static int[] perceivedDoer(TokenSource ts, int cue) {
    int end = cue;
    while (end > 0 && ts.tag(end - 1).equals("ADV")) {
      end--;
    }
    int[] object = end > 1 ? chunkLeft(ts, end, SOURCE_MAX_TOKENS) : null;
    return object != null && object[1] == end && object[0] > 0
        && PERCEPTION_VERBS.contains(ts.lower(object[0] - 1))
        && !ts.tag(object[0]).equals("PRON") ? object : null;
  }

  /**
   * A short determiner-led or noun-led run of words ending at {@code end} that the tagger
   * misread before a time adverb ("The mayor/ADV earlier Tuesday"): the words from the
   * sentence start or a clause mark, none a verb, pronoun or preposition.
   */
  private static int[] nounRunBefore(TokenSource ts, int end) {
    int s = end;
    while (s > 0 && end - s < 4) {
      String t = ts.tag(s - 1);
      String w = ts.lower(s - 1);
      if (t.equals("VERB") || t.equals("AUX") || t.equals("ADP") || t.equals("PRON")
          || t.equals("PUNCT") || t.equals("CCONJ") || t.equals("SCONJ") || w.isEmpty()
          || !Character.isLetter(w.charAt(0))) {
        break;
      }
      s--;
    }
    if (s == end || !(s == 0 || ts.tag(s - 1).equals("PUNCT") || ts.tag(s - 1).equals("CCONJ"))) {
      return null;
    }
    String t = ts.tag(s);
    String w = ts.lower(s);
    boolean misreadNoun = t.equals("ADV") && end - s == 1 && !w.endsWith("ly")
        && !SENTENCE_ADVERBS.contains(w); // "Officials/ADV earlier this week said"
    return t.equals("DET") && !NOT_NP_START.contains(w) && end - s > 1
        || t.equals("PROPN") || t.equals("NOUN") || misreadNoun ? new int[] {s, end} : null;
  }

  private static final Set<String> SENTENCE_ADVERBS = Set.of("meanwhile", "also", "then", "now",
      "still", "however", "instead", "separately", "yet", "so", "thus", "again", "even", "just",
      "too", "here", "there", "once", "already", "soon", "indeed", "later", "earlier", "ago");

  private static final Set<String> TIME_ADJUNCT_OPENERS =
      Set.of("earlier", "later", "late", "early", "this", "last", "next", "on");

  /**
   * Where a time adjunct that opens with an adverb ends right before {@code b} starts: "earlier
   * Tuesday", "late on Monday", "earlier this week"; {@code b} when there is none. Tagged as an
   * adverb and a name, it is neither part of the subject nor a subject itself.
   */
  private static int timeAdjunctStart(TokenSource ts, int b) {
    int s = b;
    boolean head = false;
    while (s > 0 && b - s < 4) {
      String w = ts.lower(s - 1);
      if (timeHead(w) && !w.equals("earlier") && !w.equals("later")) {
        head = true;
      } else if (!TIME_ADJUNCT_OPENERS.contains(w)) {
        break;
      }
      s--;
    }
    boolean afterAppositive = ts.lower(s).equals("on") && s > 0
        && (ts.lower(s - 1).equals(",") || ts.lower(s - 1).equals(")"));
    return head && s < b && (ts.lower(s).equals("earlier") || ts.lower(s).equals("later")
        || ts.lower(s).equals("late") || ts.lower(s).equals("early") || afterAppositive) ? s : b;
  }

  /**
   * The subject of a cue reached through a short chain of adverbs, auxiliaries and verbs that
   * take an infinitive or a participle: "Richards both stressed", "Rubio declined to assail",
   * "Clinton is continuing to insist", "voters appeared more likely to describe".
   */
  private static int[] subjectBeforeVerbChain(TokenSource ts, int b) {
    int x = b - 1;
    boolean verbal = false;
    boolean passive = false; // "a curfew was announced": the subject is what was announced
    boolean adjective = false; // "it is hard to say": no one says
    int head = b; // the cue's verb, after its adverbs: "was widely criticized"
    while (head + 1 < ts.size() && head < b + 3 && ts.tag(head).equals("ADV")) {
      head++;
    }
    String h = ts.lower(head);
    boolean cueParticiple = h.endsWith("ed") || h.endsWith("en") || h.equals("told")
        || h.equals("said");
    while (x > 0 && b - x <= VERB_CHAIN_MAX_TOKENS) {
      String w = ts.lower(x);
      String t = ts.tag(x);
      if (w.equals("to")) {
        // "declined to assail", "likely to describe"; not "a meeting to discuss"
        String before = ts.tag(x - 1);
        if (!(before.equals("VERB") || before.equals("ADJ") || before.equals("AUX")
            || before.equals("ADV"))) {
          return null;
        }
        verbal = true;
        x--;
        continue;
      }
      boolean controls = (t.equals("VERB") || t.equals("ADJ"))
          && (ts.lower(x + 1).equals("to") || x + 1 == b && ts.lower(b).endsWith("ing"));
      if (t.equals("AUX") || w.equals("not") || w.equals("n't") || controls) {
        passive |= cueParticiple && !verbal && Lexicons.PASSIVE_AUXILIARIES.contains(w);
        adjective |= t.equals("ADJ");
        verbal = true;
        x--;
        continue;
      }
      if (t.equals("ADV") && !TIME_WORDS.contains(w)) {
        x--;
        continue;
      }
      break;
    }
    if (passive || x == b - 1 || !NOMINAL.contains(ts.tag(x)) && !isPossessive(ts.lower(x))) {
      return null;
    }
    int[] subject = chunkLeft(ts, x + 1, SOURCE_MAX_TOKENS);
    if (subject == null || adjective && subject[1] - subject[0] == 1
        && NOT_NP_START.contains(ts.lower(subject[0]))) {
      return null;
    }
    return verbal || b - x <= 3 ? subject : null;
  }
}
