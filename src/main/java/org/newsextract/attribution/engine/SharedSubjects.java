package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.NounChunks.RELATIVE;
import static org.newsextract.attribution.engine.NounChunks.chunkLeft;
import static org.newsextract.attribution.engine.NounChunks.chunkRight;
import static org.newsextract.attribution.engine.NounChunks.isQuote;
import static org.newsextract.attribution.engine.NounChunks.oneWordOf;
import static org.newsextract.attribution.engine.PhraseFinder.RECIPIENT_MAX_TOKENS;
import static org.newsextract.attribution.engine.SourcePhrases.SOURCE_MAX_TOKENS;
import static org.newsextract.attribution.engine.SourcePhrases.sourceLeft;

import java.util.Set;
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
    return g;
  }
}
