package org.newsextract.attribution.engine;

import java.util.Set;
import org.newsextract.analysis.TimeWords;
import org.newsextract.pattern.SlotFinder;
import org.newsextract.pattern.TokenSource;

/**
 * Finds the phrases that fill attribution slots, with a small bounded chunker over UD tags:
 * {@code source} and {@code recipient} are noun phrases next to the boundary (a source may carry
 * an appositive, "Brian Fallon, a spokesman for the campaign,", or a relative clause, "officials
 * who asked not to be named"); {@code content} is the rest of the clause on its side. Every call
 * looks at a bounded number of tokens. Stateless and thread-safe.
 */
final class PhraseFinder implements SlotFinder {
  static final int SOURCE_MAX_TOKENS = 14;
  static final int APPOSITIVE_MAX_TOKENS = 18;
  /** "Trump, the frontrunner nationally and ... after winning the primaries, said". */
  static final int LONG_APPOSITIVE_MAX_TOKENS = 30;
  static final int RECIPIENT_MAX_TOKENS = 8;
  static final int CONTENT_MAX_TOKENS = 400;
  static final int SHARED_SUBJECT_WINDOW = 40;
  static final int CHAIN_MAX_TOKENS = 30;
  static final int CHAIN_MAX_COMMAS = 4;
  static final int VERB_CHAIN_MAX_TOKENS = 6;

  private static final Set<String> NP_INNER = Set.of("NOUN", "PROPN", "NUM", "ADJ", "DET");
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NUM");
  private static final Set<String> NP_ADP = Set.of("of", "for", "from", "at", "with", "in", "on",
      "to", "inside", "within", "close");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  /** Nouns a relative clause without "that" follows: "the place Navy officials say ...". */
  private static final Set<String> RELATIVE_HEADS = Set.of("place", "way", "reason", "thing",
      "things", "moment", "time", "day", "point", "kind", "sort", "extent");
  /** Words the tagger calls adverbs before "to": "a source close to the mayor". */
  private static final Set<String> NEAR_WORDS = Set.of("close", "closer", "closest", "near");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "me", "us", "whom");
  private static final Set<String> NOT_NP_START = Set.of("that", "what", "how", "why", "whether",
      "if", "when", "where", "which", "there", "it", "this", "these", "those", "such");
  private static final Set<String> NOT_SOURCE = Set.of("that", "what", "how", "why", "whether",
      "if", "when", "where", "there", "this", "these", "such");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
      "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "earlier",
      "later", "last", "next", "ago", "recently");
  // determiners that stand for a noun phrase: "Another said", "Both said", "Many say"
  private static final Set<String> STANDALONE_DETERMINERS = Set.of("another", "both", "many",
      "some", "others", "most", "each", "all", "several", "few", "one");
  private static final Set<String> POSSESSIVE_DETS = Set.of("his", "her", "their", "its", "our",
      "my", "your");
  /** Time-phrase ends besides the calendar's: "the day", "in the past", "at that point". */
  private static final Set<String> MORE_TIME_HEADS = Set.of("day", "past", "time", "point",
      "tonight", "earlier", "later", "recently", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
      "dec.");

  /** A word that ends a time phrase: "this month", "on Tuesday", "in late August", "in 2010". */
  private static boolean timeHead(String w) {
    return TimeWords.isCalendarHead(w) || MORE_TIME_HEADS.contains(w);
  }

  private static final Set<String> COMPLEMENT_FOLLOWERS = Set.of("DET", "NUM", "PROPN", "PRON");
  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");
  private static final Set<String> PARTICLES =
      Set.of("away", "off", "down", "up", "out", "back", "around");
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("speaking", "citing",
      "responding", "writing", "referring", "who", "which", "according", "when", "while",
      "after", "before", "asked", "reached", "contacted", "interviewed", "appearing", "in", "on",
      "at", "during");

  @Override
  public int[] find(String name, Side side, TokenSource ts, int boundary) {
    return switch (name) {
      case "source" -> side == Side.LEFT ? sourceLeft(ts, boundary) : sourceRight(ts, boundary);
      case "recipient" -> side == Side.LEFT ? chunkLeft(ts, boundary, RECIPIENT_MAX_TOKENS)
          : recipientRight(ts, boundary);
      case "content" -> side == Side.LEFT ? contentLeft(ts, boundary) : contentRight(ts, boundary);
      default -> null;
    };
  }

  // ------------------------------------------------------------------------------------------
  // Sources

  /** Dashes that set off a parenthetical: "Mr. Bush - in a line aimed at Mr. Trump - said". */
  private static final Set<String> DASHES = Set.of("-", "—", "–", "--");

  /** A dash standing apart, not the hyphen inside "policy-making". */
  private static boolean dash(TokenSource ts, int k) {
    return DASHES.contains(ts.lower(k)) && !(ts.joinedToPrevious(k)
        && k + 1 < ts.size() && ts.joinedToPrevious(k + 1));
  }

  private int[] sourceLeft(TokenSource ts, int b) {
    return sourceLeft(ts, b, true);
  }

  /** Marks that may follow an inverted pronoun source: "..., said he." */
  private static final Set<String> AFTER_INVERTED_PRONOUN = Set.of(",", ".", ";", ":", "!", "?",
      "—", "–", "--", ")", "”", "’", "\"", "'");

  /**
   * The source after its cue ("..., said Ms. Diaz"). A pronoun there stands alone: in "said he
   * appreciates ..." it is the subject of the reported clause, not an inverted source.
   */
  private static int[] sourceRight(TokenSource ts, int b) {
    int[] r = chunkRight(ts, b, SOURCE_MAX_TOKENS, true);
    if (r != null && r[1] - r[0] == 1 && ts.tag(r[0]).equals("PRON") && r[1] < ts.size()
        && !AFTER_INVERTED_PRONOUN.contains(ts.lower(r[1]))) {
      return null;
    }
    return r;
  }

  /**
   * The source phrase ending before {@code b}. With {@code shared} false the phrase is not looked
   * for through an earlier verb of the sentence, so the search never recurses more than once.
   */
  private int[] sourceLeft(TokenSource ts, int b, boolean shared) {
    int k = b - 1;
    if (k < 0) {
      return null;
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
        return core != null && core[1] == comma && clauseStart(ts, core[0]) ? core : null;
      }
      int[] chain = appositiveChain(ts, k);
      if (chain != null) {
        return chain;
      }
      int[] relative = withRelativeClause(ts, k);
      if (relative != null) {
        return relative;
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
    if (w.equals("and") || w.equals("but")) {
      return shared ? sharedSubject(ts, k) : null;
    }
    int time = timeAdjunctStart(ts, b);
    if (time > 0 && time < b && !ts.tag(time - 1).equals("PUNCT")) {
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
      int[] withTime = participleWithTime(ts, b);
      if (withTime != null) {
        return withTime;
      }
      chunk = subjectBeforeVerbChain(ts, b);
    }
    chunk = withParticiplePhrase(ts, chunk);
    chunk = pastTimePhrase(ts, chunk);
    chunk = withFloatingQuantifier(ts, chunk);
    if (chunk != null && chunk[0] > 0 && ts.lower(b).endsWith("ing")) {
      // "The town released a statement saying", "Cruz emailed supporters vowing": the phrase
      // is the object of the clause's verb, and the participle shares that verb's subject
      int verb = chunk[0] - 1;
      if (ts.tag(verb).equals("VERB") && !Lexicons.CUE_VERBS.contains(ts.lower(verb))) {
        int[] subject = subjectOf(ts, verb);
        return subject != null && subject[1] <= verb ? subject : chunk;
      }
    }
    return chunk;
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
    return head && s < b && (ts.lower(s).equals("earlier") || ts.lower(s).equals("later")
        || ts.lower(s).equals("late") || ts.lower(s).equals("early")) ? s : b;
  }

  /**
   * "Another source speaking to Fox News said", "a poll released in late August found": the
   * phrase before the cue is the object of a participle modifying the real subject, which
   * comes with it.
   */
  private int[] withParticiplePhrase(TokenSource ts, int[] chunk) {
    if (chunk == null || chunk[0] < 3 || !ts.tag(chunk[0] - 1).equals("ADP")) {
      return chunk;
    }
    int p = chunk[0] - 2;
    String w = ts.lower(p);
    if (!ts.tag(p).equals("VERB") || !(w.endsWith("ing") || w.endsWith("ed"))) {
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
  private int[] participleWithTime(TokenSource ts, int b) {
    int p = b - 1;
    boolean time = false;
    while (p > 0 && b - p <= 4 && (timeHead(ts.lower(p)) || ts.tag(p).equals("DET")
        || ts.tag(p).equals("ADJ") || ts.tag(p).equals("NUM") || ts.lower(p).equals("on"))) {
      time |= timeHead(ts.lower(p));
      p--;
    }
    if (!time || p <= 0 || !ts.lower(p).endsWith("ed") || !ts.tag(p).equals("VERB")) {
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
  private static int[] pastTimePhrase(TokenSource ts, int[] chunk) {
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
  private static int[] withFloatingQuantifier(TokenSource ts, int[] chunk) {
    if (chunk == null || chunk[0] == 0 || !oneWordOf(ts, chunk, FLOATING_QUANTIFIERS)) {
      return chunk;
    }
    int[] before = chunkLeft(ts, chunk[0], SOURCE_MAX_TOKENS);
    return before == null ? chunk : new int[] {before[0], chunk[1]};
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

  /**
   * A name opening its clause followed by a few short comma-separated segments with no verb,
   * ending at the comma {@code k} before the cue: "Carole Bower, 75, a retiree in
   * Carthage, Ill., said", "Mr. Sperling, then 38, said". The tagger often misreads the segments
   * (ages, state abbreviations), so only verbs and clause punctuation stop the walk.
   */
  private static int[] appositiveChain(TokenSource ts, int k) {
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
  private static int[] shortClauseOpening(TokenSource ts, int end) {
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
  private static boolean parentheticalPhrase(TokenSource ts, int from, int to) {
    if (!PARENTHETICAL_OPENERS.contains(ts.lower(from))) {
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

  // not "speaking": "The official, speaking on condition of anonymity," keeps its participle
  private static final Set<String> PARENTHETICAL_OPENERS = Set.of("in", "at", "during", "on");

  private static boolean onlyAdverbs(TokenSource ts, int from, int to) {
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

  private static boolean hasProperNoun(TokenSource ts, int[] span) {
    for (int x = span[0]; x < span[1]; x++) {
      if (ts.tag(x).equals("PROPN")) {
        return true;
      }
    }
    return false;
  }

  private static boolean appositiveOpener(TokenSource ts, int x) {
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

  /** A phrase starting at {@code s} starts a clause: nothing but punctuation or a link before. */
  private static boolean clauseStart(TokenSource ts, int s) {
    if (s == 0) {
      return true;
    }
    String t = ts.tag(s - 1);
    return t.equals("PUNCT") || t.equals("CCONJ") || t.equals("SCONJ") || t.equals("ADV")
        || ts.lower(s - 1).equals("that");
  }

  /**
   * The subject shared with an earlier verb of the sentence: "Smith said X, adding Y", "Obama met
   * survivors and said ...". The nearest earlier cue verb's subject if there is one, else the
   * subject of the first verb.
   */
  private int[] sharedSubject(TokenSource ts, int k) {
    int from = Math.max(0, k - SHARED_SUBJECT_WINDOW);
    for (int v = k - 1; v >= from; v--) {
      if (Lexicons.CUE_VERBS.contains(ts.lower(v)) && ts.tag(v).equals("VERB")) {
        int[] subject = fullSubjectOf(ts, v);
        if (oneWordOf(ts, subject, RELATIVE)) {
          continue; // "Weber, who advises Kasich, is no fan but lauded": not the relative's verb
        }
        if (subject != null) {
          return subject;
        }
        if (inverted(ts, v)) {
          return v + 1 < k ? chunkRight(ts, v + 1, SOURCE_MAX_TOKENS, false) : null;
        }
        break; // "X met voters, declaring it ... and said": the subject of the clause
      }
    }
    int start = from;
    int opener = from == 0 && k > 1 && ts.tag(0).equals("ADV") ? 1 : 0; // "Just before ..."
    if (from == 0 && SUBORDINATORS.contains(ts.lower(opener))) {
      // "Once he was president, Mr. Obama made peace a priority, announcing": the main clause
      for (int c = 1; c < k; c++) {
        if (ts.lower(c).equals(",")) {
          start = c + 1;
          break;
        }
      }
    }
    for (int v = start; v < k; v++) {
      String t = ts.tag(v);
      if (t.equals("VERB") || t.equals("AUX")) {
        int[] subject = fullSubjectOf(ts, v);
        if (oneWordOf(ts, subject, RELATIVE)) {
          continue; // the verb of a relative clause: the main clause's comes later
        }
        return subject;
      }
    }
    return null;
  }

  /**
   * "William Reilly, who led the agency and has served as president of the fund, said", "The
   * official, who spoke on condition of anonymity, said": a phrase and the relative clause set
   * off after it, however long, up to the comma before the cue.
   */
  private static int[] withRelativeClause(TokenSource ts, int k) {
    for (int c = k - 2; c > 0 && k - c <= RELATIVE_CLAUSE_MAX_TOKENS; c--) {
      String w = ts.lower(c);
      if (w.equals(";") || w.equals(":") || isQuote(w)) {
        return null;
      }
      if (w.equals(",") && (ts.lower(c + 1).equals("who") || ts.lower(c + 1).equals("whose"))) {
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

  /**
   * Who speaks through an infinitive or a gerund that has no subject of its own: the object
   * of a verb that makes someone act ("drives the candidate to say", "leaving some to
   * question", "heard him say"), else the subject of the clause's verb ("took the stage to
   * acknowledge", "campaigned without mentioning", "has a history of blaming"). Null when no
   * verb governs it in the same clause.
   */
  int[] controllerOf(TokenSource ts, int cue) {
    if (cue < 2) {
      return null;
    }
    String before = ts.lower(cue - 1);
    boolean infinitive = before.equals("to");
    boolean gerund = ts.lower(cue).endsWith("ing") && GERUND_PREPOSITIONS.contains(before);
    boolean bare = ts.tag(cue - 1).equals("PRON") && cue > 1
        && PERCEPTION_VERBS.contains(ts.lower(cue - 2));
    if (bare) {
      return new int[] {cue - 1, cue}; // "hearing him say it"
    }
    if (!infinitive && !gerund) {
      return null;
    }
    int at = cue - 1; // "to" or the preposition
    int[] object = chunkLeft(ts, at, RECIPIENT_MAX_TOKENS);
    if (infinitive && object != null && object[0] > 0
        && (OBJECT_CONTROL_VERBS.contains(ts.lower(object[0] - 1))
            || ts.lower(object[0] - 1).equals("for"))) {
      // "drives the candidate to say", "leaving some to question", "an opening for Clinton to
      // highlight"
      return object;
    }
    for (int v = at - 1; v >= 0 && at - v <= CONTROLLER_MAX_TOKENS; v--) {
      String w = ts.lower(v);
      if (w.equals(",") || w.equals(";") || w.equals(":") || isQuote(w) || RELATIVE.contains(w)) {
        return null;
      }
      String t = ts.tag(v);
      if ((t.equals("VERB") || t.equals("AUX")) && !w.endsWith("ing")
          && !(v > 0 && ts.lower(v - 1).equals("to"))) {
        int[] subject = fullSubjectOf(ts, v);
        // "it is difficult to predict", "there is no need to say": no one in particular
        return subject != null && subject[1] <= v && !oneWordOf(ts, subject, EXPLETIVES)
            ? subject : null;
      }
    }
    return null;
  }

  private static final int CONTROLLER_MAX_TOKENS = 12;
  private static final Set<String> EXPLETIVES = Set.of("it", "there");

  /** Whether {@code span} is a single word of {@code words}: "who", "it", "all". */
  static boolean oneWordOf(TokenSource ts, int[] span, Set<String> words) {
    return span != null && span[1] - span[0] == 1 && words.contains(ts.lower(span[0]));
  }
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "without", "of", "after",
      "before", "while", "for", "about", "in");
  private static final Set<String> OBJECT_CONTROL_VERBS = Set.of("drives", "drove", "driving",
      "leaving", "left", "leaves", "forced", "forcing", "forces", "urged", "urging", "urges",
      "asked", "asking", "pushed", "pushing", "prompted", "prompting", "prompts", "caused",
      "causing", "allowed", "allowing", "encouraged", "encouraging", "persuaded", "convinced",
      "invited", "pressured", "pressed", "led");
  private static final Set<String> PERCEPTION_VERBS = Set.of("hear", "heard", "hearing", "saw",
      "see", "seeing", "watch", "watched", "watching", "let", "made", "make", "making");

  /** Words opening a subordinate clause before the main one: "Once he was president, ...". */
  private static final Set<String> SUBORDINATORS = Set.of("once", "when", "after", "while",
      "if", "as", "because", "although", "though", "since", "before", "until", "whereas");

  /**
   * The subject of a verb, appositives and parentheses included: "Clinton, the former ...,
   * stressed".
   */
  private int[] fullSubjectOf(TokenSource ts, int verb) {
    int[] subject = sourceLeft(ts, verbGroupStart(ts, verb), false);
    return subject != null && subject[1] <= verb ? subject : null;
  }

  /** The verb opens its clause or follows a quotation: "“...,” said Smith, adding". */
  private static boolean inverted(TokenSource ts, int v) {
    if (v == 0 || isQuote(ts.lower(v - 1))) {
      return true;
    }
    return v > 1 && ts.lower(v - 1).equals(",") && isQuote(ts.lower(v - 2));
  }

  private static int[] subjectOf(TokenSource ts, int verb) {
    return chunkLeft(ts, verbGroupStart(ts, verb), SOURCE_MAX_TOKENS);
  }

  /** Where a verb's group starts: up to three auxiliaries and modifiers before it. */
  private static int verbGroupStart(TokenSource ts, int verb) {
    int g = verb;
    while (g > 0 && g > verb - 3 && (Lexicons.MODIFIERS.contains(ts.lower(g - 1))
        || ts.tag(g - 1).equals("AUX"))) {
      g--;
    }
    return g;
  }

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
          && !Lexicons.CUE_VERBS.contains(ts.lower(j - 1))) {
        return new int[] {j, end}; // "a new audit that says": a relative right after its noun
      }
      if (w.equals(".") && j > 0 && Lexicons.PERSON_TITLES.contains(ts.lower(j - 1))) {
        j--; // "Rep. Hank Dalton", split after the title
        continue;
      }
      if (NP_INNER.contains(t) || isPossessive(w) || w.equals("-") || w.equals("&")
          || w.equals("%")) {
        if (t.equals("DET") && RELATIVE.contains(w) && j == end - 1) {
          break; // "that" as a complementizer tagged DET
        }
        j--;
        continue;
      }
      if (t.equals("PRON")) {
        if (RELATIVE.contains(w)) {
          if (j == end - 1) {
            return new int[] {j, end}; // "..., who said"
          }
          break;
        }
        j--; // a personal pronoun starts its phrase
        break;
      }
      // "for" after a noun is a preposition however tagged ("the planning for/SCONJ Thursday's")
      boolean adp = t.equals("ADP") || t.equals("SCONJ") && w.equals("for");
      if (adp && NP_ADP.contains(w) && j + 1 < end && j > 0
          && (NOMINAL.contains(ts.tag(j - 1)) || ts.tag(j - 1).equals("ADJ")
              || gerundNoun(ts, j - 1) || NEAR_WORDS.contains(ts.lower(j - 1))
              || groupNounAsVerb(ts, j - 1))
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
      if (j > 0 && isPossessive(ts.lower(j - 1)) && t.equals("VERB")) {
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
          && (NOMINAL.contains(ts.tag(j + 1)) || ts.tag(j + 1).equals("DET"))) {
        coordinated = true;
        andAt = j;
        j--;
        continue;
      }
      if (j == end - 1 && t.equals("VERB") && w.endsWith("ed") && j > 0
          && (NOMINAL.contains(ts.tag(j - 1)))) {
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
    if (s >= coreEnd) {
      return null;
    }
    boolean nominal = coreEnd - s == 1 && STANDALONE_DETERMINERS.contains(ts.lower(s));
    for (int x = s; x < coreEnd; x++) {
      nominal |= NOMINAL.contains(ts.tag(x)) && !RELATIVE.contains(ts.lower(x));
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

  /** A word a subject phrase can start after: punctuation, a conjunction, a verb of saying. */
  private static boolean clauseBoundary(TokenSource ts, int k) {
    String t = ts.tag(k);
    return t.equals("PUNCT") || t.equals("CCONJ") || t.equals("SCONJ")
        || Lexicons.CUE_VERBS.contains(ts.lower(k)) || RELATIVE.contains(ts.lower(k))
        || PhraseFinder.isQuote(ts.lower(k));
  }

  /** "advocates", "supporters" tagged as a verb: a plural group noun all the same. */
  private static boolean groupNounAsVerb(TokenSource ts, int x) {
    return ts.tag(x).equals("VERB") && ts.lower(x).endsWith("s")
        && Lexicons.GROUP_NOUNS.contains(ts.lower(x));
  }

  /** "the planning/VERB for": an -ing form after a determiner is a noun. */
  private static boolean gerundNoun(TokenSource ts, int x) {
    return x > 0 && ts.tag(x).equals("VERB") && ts.lower(x).endsWith("ing")
        && ts.tag(x - 1).equals("DET");
  }

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

  private static boolean isLinkTag(String t) {
    return t.equals("ADP") || t.equals("CCONJ") || t.equals("SCONJ") || t.equals("PUNCT")
        || t.equals("PART") || t.equals("ADV") || t.equals("AUX") || t.equals("VERB");
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
    if (t0.equals("PRON")) {
      return RELATIVE.contains(w0) ? null : new int[] {b, b + 1};
    }
    int j = b;
    int adps = 0;
    while (j < n && j - b < max) {
      String w = ts.lower(j);
      String t = ts.tag(j);
      boolean compound = j > b && (hyphenated(w) || hyphenated(ts.lower(j - 1))
          && Lexicons.DOCUMENT_NOUNS.contains(w));
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

  private int[] recipientRight(TokenSource ts, int b) {
    return chunkRight(ts, b, RECIPIENT_MAX_TOKENS, false);
  }

  // ------------------------------------------------------------------------------------------
  // Content

  private int[] contentRight(TokenSource ts, int b) {
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
    if (e == n && e - 1 > s && isFinal(ts.lower(e - 1))) {
      e--;
    }
    if (e > s && onlyAdjunct(ts, s, e)) {
      return null; // "..., the army said on Sunday.": when and how it was said, not what
    }
    return e > s ? new int[] {s, e} : null;
  }

  /**
   * A phrase with no verb and no quotation that opens with a preposition or a time word: "on
   * Sunday", "in a statement on Tuesday", "Tuesday".
   */
  static boolean onlyAdjunct(TokenSource ts, int s, int e) {
    if (e - s > ADJUNCT_MAX_TOKENS) {
      return false; // short by nature; and the work per match stays bounded
    }
    String first = ts.lower(s);
    if (!ADJUNCT_OPENERS.contains(first) && !TIME_WORDS.contains(first) && !timeHead(first)) {
      return false;
    }
    boolean when = false; // a time or an occasion: not "criticized for the delay"
    for (int x = s; x < e; x++) {
      String w = ts.lower(x);
      String t = ts.tag(x);
      if (t.equals("VERB") || t.equals("AUX") || isQuote(w) || w.equals("that")) {
        return false;
      }
      when |= TIME_WORDS.contains(w) || timeHead(w) || OCCASIONS.contains(w);
    }
    return when;
  }

  private static final int ADJUNCT_MAX_TOKENS = 10;
  private static final Set<String> ADJUNCT_OPENERS = Set.of("on", "in", "at", "during", "late",
      "early", "this", "last");
  /** Where something was said: "in a statement", "at a news conference". */
  private static final Set<String> OCCASIONS = Set.of("statement", "statements", "interview",
      "interviews", "conference", "briefing", "release", "email", "e-mail", "tweet", "post",
      "speech", "hearing", "rally", "meeting", "call", "message", "letter");

  private int[] contentLeft(TokenSource ts, int b) {
    int e = b;
    while (e > 0 && (ts.lower(e - 1).equals(",") || ts.lower(e - 1).equals(":")
        || ts.lower(e - 1).equals("—"))) {
      e--;
    }
    int s = Math.max(0, e - CONTENT_MAX_TOKENS);
    boolean word = false;
    for (int x = s; x < e && !word; x++) {
      word = !ts.tag(x).equals("PUNCT");
    }
    return word ? new int[] {s, e} : null;
  }

  // ------------------------------------------------------------------------------------------

  static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``")
        || w.equals("„");
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

  /** A token the tokenizer split off a hyphenated name: "-GfK". */
  private static boolean hyphenated(String w) {
    return w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
  }

  private static boolean isFinal(String w) {
    return w.equals(".") || w.equals("!") || w.equals("?");
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("'");
  }
}
