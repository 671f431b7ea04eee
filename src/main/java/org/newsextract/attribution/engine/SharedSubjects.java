package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.NounChunks.chunkLeft;
import static org.newsextract.attribution.engine.NounChunks.chunkRight;
import static org.newsextract.attribution.engine.NounChunks.oneWordOf;
import static org.newsextract.attribution.engine.PhraseFinder.RECIPIENT_MAX_TOKENS;
import static org.newsextract.attribution.engine.SourcePhrases.SOURCE_MAX_TOKENS;
import static org.newsextract.attribution.engine.SourcePhrases.sourceLeft;
import static org.newsextract.attribution.engine.WordClasses.RELATIVE;
import static org.newsextract.attribution.engine.WordClasses.isQuote;

import java.util.Set;
import org.newsextract.attribution.SourceKind;
import org.newsextract.pattern.TokenSource;

/**
 * Whose subject a cue takes when it has none of its own: the subject shared with an earlier
 * verb of the sentence ("Smith said X, adding Y", "Obama met survivors and said"), or the one
 * who governs an infinitive or a gerund ("drives the candidate to say", "campaigned without
 * mentioning").
 */
final class SharedSubjects {
  private SharedSubjects() {}

  static final int SHARED_SUBJECT_WINDOW = 40;

  /**
   * The subject shared with an earlier verb of the sentence: "Smith said X, adding Y", "Obama met
   * survivors and said ...". The nearest earlier cue verb's subject if there is one, else the
   * subject of the first verb.
   */
  static int[] sharedSubject(TokenSource ts, int k) {
    int from = Math.max(0, k - SHARED_SUBJECT_WINDOW);
    int[] parallel = parallelAuxiliarySubject(ts, from, k);
    if (parallel != null) {
      return parallel;
    }
    for (int v = k - 1; v >= from; v--) {
      if (TokenWords.is(ts, v, TokenWords.CUE) && ts.tag(v).equals("VERB")
          && !(v > 0 && WordClasses.POSSESSIVE_DETS.contains(ts.lower(v - 1)))
          && !participleAfterObject(ts, from, v)) {
        // (not "defended her proposed/VERB budget": a participle after a possessive is no verb)
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
        int[] speaker = subject == null || canSpeak(ts, subject) ? null
            : adverbialClauseSubject(ts, v + 1, k);
        return speaker != null ? speaker : subject;
      }
    }
    return null;
  }

  private static final Set<String> PARALLEL_AUXILIARIES = Set.of("had", "has", "have", "was",
      "were", "is", "are", "would", "will", "could", "should", "did", "does");

  /**
   * "He said the office had submitted its plan late and had refused to meet": after "and", the
   * same auxiliary as the nearest verb group before opens a second verb of that group's
   * clause, so they share its subject (the office), not the reporting verb's (he).
   */
  private static int[] parallelAuxiliarySubject(TokenSource ts, int from, int and) {
    if (!ts.lower(and).equals("and") || and + 1 >= ts.size()
        || !PARALLEL_AUXILIARIES.contains(ts.lower(and + 1))) {
      return null;
    }
    String aux = ts.lower(and + 1);
    for (int v = and - 1; v >= from; v--) {
      if (TokenWords.is(ts, v, TokenWords.CUE)) {
        return null; // the reporting verb comes first: its subject, as ever
      }
      if (ts.tag(v).equals("VERB") && v > 0 && ts.lower(v - 1).equals(aux)) {
        int[] subject = fullSubjectOf(ts, v);
        return subject == null || oneWordOf(ts, subject, RELATIVE) ? null : subject;
      }
    }
    return null;
  }

  /**
   * "claimed responsibility in a message posted online, saying": a participle right after a
   * noun, with a verb before them, modifies that noun; it is no verb of the clause.
   */
  private static boolean participleAfterObject(TokenSource ts, int from, int v) {
    if (v < 2 || !ts.lower(v).endsWith("ed") || !ts.tag(v - 1).equals("NOUN")) {
      return false;
    }
    int x = v - 1;
    while (x > from && OBJECT_PHRASE_TAGS.contains(ts.tag(x - 1))) {
      x--;
    }
    // the noun's phrase follows a preposition or a verb: an object, not the clause's subject
    return x > from && (ts.tag(x - 1).equals("ADP") || ts.tag(x - 1).equals("VERB"));
  }

  private static final Set<String> OBJECT_PHRASE_TAGS = Set.of("NOUN", "ADJ", "DET", "NUM");

  /**
   * "The fracas erupted two months after the tycoon entered the race ..., calling them": when
   * the main subject is no one who can speak, the speaking subject of the last adverbial clause
   * ("when", "after", "as" ...) between the main verb and the cue; else null.
   */
  private static int[] adverbialClauseSubject(TokenSource ts, int from, int cue) {
    for (int c = cue - 1; c >= from; c--) {
      if (!SUBORDINATORS.contains(ts.lower(c))) {
        continue;
      }
      for (int v = c + 2; v < cue; v++) {
        if (ts.tag(v).equals("VERB") || ts.tag(v).equals("AUX")) {
          int[] subject = fullSubjectOf(ts, v);
          // "when striking/VERB workers blocked": a word the tagger left out may come first
          boolean opens = subject != null && subject[0] > c && subject[0] <= c + 2;
          return opens && canSpeak(ts, subject) ? subject : null;
        }
      }
      return null;
    }
    return null;
  }

  /** A phrase for someone who can say something: a person, a body, a group, a pronoun. */
  private static boolean canSpeak(TokenSource ts, int[] phrase) {
    SourceKind k = SourceClassifier.classify(ts, phrase[0], phrase[1], false);
    return k != SourceKind.OTHER && k != SourceKind.DOCUMENT
        || k == SourceKind.OTHER && PeoplePhrases.personNoun(ts.lower(phrase[1] - 1));
  }

  /**
   * Who speaks through an infinitive or a gerund that has no subject of its own: the object
   * of a verb that makes someone act ("drives the candidate to say", "leaving some to
   * question", "heard him say"), else the subject of the clause's verb ("took the stage to
   * acknowledge", "campaigned without mentioning", "has a history of blaming"). Null when no
   * verb governs it in the same clause.
   */
  static int[] controllerOf(TokenSource ts, int cue) {
    if (cue < 2) {
      return null;
    }
    String before = ts.lower(cue - 1);
    boolean infinitive = before.equals("to");
    int head = cue;
    while (head + 1 < ts.size() && ts.tag(head).equals("ADV") && head - cue < 3) {
      head++; // "to effusively praising": the gerund after its adverbs
    }
    // "devotes much of her speech to praising": "to" before a gerund is a preposition
    boolean gerund = ts.lower(head).endsWith("ing")
        && (GERUND_PREPOSITIONS.contains(before) || before.equals("to"));
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
  private static int[] fullSubjectOf(TokenSource ts, int verb) {
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

  static int[] subjectOf(TokenSource ts, int verb) {
    return chunkLeft(ts, verbGroupStart(ts, verb), SOURCE_MAX_TOKENS);
  }

  /** Where a verb's group starts: up to three auxiliaries and modifiers before it. */
  private static int verbGroupStart(TokenSource ts, int verb) {
    int g = verb;
    while (g > 0 && g > verb - 3 && (Lexicons.MODIFIERS.contains(ts.lower(g - 1))
        || ts.tag(g - 1).equals("AUX"))) {
      g--;
    }
    if (g == verb && g >= 3 && WordClasses.TIME_WORDS.contains(ts.lower(g - 1))
        && TIME_DETERMINERS.contains(ts.lower(g - 2)) && ts.tag(g - 3).equals("AUX")) {
      g -= 3; // "Police had last month charged": a time inside the verb group
      while (g > 0 && g > verb - 6 && (Lexicons.MODIFIERS.contains(ts.lower(g - 1))
          || ts.tag(g - 1).equals("AUX"))) {
        g--;
      }
    }
    return g;
  }

  private static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "that",
      "earlier", "late", "early");
}
