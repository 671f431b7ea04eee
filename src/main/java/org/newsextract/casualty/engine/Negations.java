package org.newsextract.casualty.engine;

import static org.newsextract.casualty.engine.Candidate.zero;
import static org.newsextract.casualty.engine.Kind.kindOf;
import static org.newsextract.casualty.engine.SentenceWords.nextCount;
import static org.newsextract.casualty.engine.Victims.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nobody harmed: "no one was hurt", "no injuries", "was not injured", "unharmed". Each becomes a
 * count of 0, which is never a total but rules out a single victim named after it.
 */
final class Negations {
  private static final String END = "(?![\\w'’-])";
  private static final Pattern SERIOUSLY = Pattern.compile(
      "\\b(?:seriously|critically|severely|badly|gravely)\\b");
  private static final Set<String> NEGATED_FIRST = Set.of("no", "nobody", "none", "neither");
  private static final Set<String> NOT_VERB_FIRST =
      Set.of("was", "were", "unharmed", "unhurt", "uninjured", "escaped");
  /** The word sets {@link #find} asks a sentence's words about ({@link WordBits}). */
  static final List<Set<String>> WORD_SETS = List.of(NEGATED_FIRST, NOT_VERB_FIRST);

  private final Lexicon.Cues passive;
  private final Pattern negated;
  private final Pattern negatedNoun;
  private final Pattern notVerb;

  Negations(Lexicon.Cues passive) {
    this.passive = passive;
    String end = END;
    negated = Pattern.compile(
        "(?<![\\w'’-])(?<neg>no\\s+one|no-one|nobody|none|neither|no(?:\\s+(?:other|more"
            + "|further|additional))?\\s+(?:[\\w-]{1,20}\\s+)?(?:people|persons|person|one"
            + "|officers?|students?|children|civilians|bystanders|residents|employees|customers"
            + "|passengers|deputies|troopers|soldiers|others?|victims?|injuries|deaths|hostages"
            + "|staff|members|workers|guests))(?:\\s+else)?"
            + "(?:\\s+(?:or|nor)\\s+[\\w-]{1,20})?" // "No officers or bystanders were hurt"
            + "(?:\\s+(?:of|among)\\s+(?:(?:them|those)"
            + "(?:\\s+[\\w-]{1,20}){0,2}|the(?:\\s+[\\w-]{1,20}){0,2}"
            // "None of the 68 passengers and four crew members were hurt"
            + "(?:\\s+and(?:\\s+(?!(?:was|were)\\b)[\\w-]{1,20}){1,3})?))?"
            + "(?:\\s+(?:inside|in|at|on)\\s+(?:the\\s+)?[\\w-]{1,20})?"
            + AUX + "\\s+(?<cue>" + passive.alternation() + ")" + end);
    negatedNoun = Pattern.compile(
        "(?<![\\w'’-])no\\s+(?:other\\s+|further\\s+|serious\\s+|reported\\s+|immediate\\s+"
            + "|known\\s+|additional\\s+|major\\s+|life-threatening\\s+)?(?<cue>injuries|deaths"
            + "|fatalities|casualties|arrests|injury|one\\s+hurt|one\\s+injured|one\\s+killed"
            + "|one\\s+else\\s+was\\s+(?:hurt|injured))" + end);
    notVerb = Pattern.compile(
        "(?<![\\w'’-])(?:was|were)\\s+(?:not|n't|never)\\s+(?:seriously\\s+)?(?<cue>injured"
            + "|hurt|harmed|wounded|killed|shot|struck)" + end
            + "|(?<![\\w'’-])(?<cue2>unharmed|unhurt|uninjured|escaped\\s+injury)" + end);
  }

  /** Adds the zero counts of one sentence {@code s}, which starts at {@code from}. */
  void find(String text, int from, CharSequence s, int sentence, SentenceWords words,
      List<Candidate> out) {
    int[] cursor;
    Matcher m;
    int[] negatedAt = words.startsOf(NEGATED_FIRST);
    m = words.matcher(negated, negatedAt);
    cursor = new int[2];
    while (nextCount(m, s, negatedAt, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      if (kind != null) {
        // "nobody was seriously hurt" says nothing about minor injuries
        String rule = SERIOUSLY.matcher(m.group("aux")).find() ? "not-seriously" : "negated";
        out.add(zero(rule, text, from, m.start(), m.end(), m.start("cue"), kind, sentence));
      }
    }
    int[] negatedNounAt = words.startsOf(NEGATED_FIRST);
    m = words.matcher(negatedNoun, negatedNounAt);
    cursor = new int[2];
    while (nextCount(m, s, negatedNounAt, cursor)) {
      String cue = m.group("cue").toLowerCase(Locale.ROOT);
      Kind kind = cue.startsWith("death") || cue.startsWith("fatal") || cue.endsWith("killed")
          ? Kind.KILLED
          : cue.startsWith("arrest") ? Kind.ARRESTED : Kind.INJURED;
      out.add(zero("negated-noun", text, from, m.start(), m.end(), m.start("cue"), kind,
          sentence));
    }
    int[] notVerbAt = words.startsOf(NOT_VERB_FIRST);
    m = words.matcher(notVerb, notVerbAt);
    cursor = new int[2];
    while (nextCount(m, s, notVerbAt, cursor)) {
      String cue = (m.group("cue") != null ? m.group("cue") : m.group("cue2"))
          .toLowerCase(Locale.ROOT);
      Kind kind = cue.equals("killed") ? Kind.KILLED : Kind.INJURED;
      int cueStart = m.group("cue") != null ? m.start("cue") : m.start("cue2");
      out.add(zero("not-harmed", text, from, m.start(), m.end(), cueStart, kind, sentence));
    }
  }
}
