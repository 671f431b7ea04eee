package org.newsextract.casualty.engine;

import static org.newsextract.casualty.engine.Candidate.one;
import static org.newsextract.casualty.engine.Kind.kindOf;
import static org.newsextract.casualty.engine.SentenceWords.nextCount;
import static org.newsextract.casualty.engine.Victims.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;

/**
 * One person harmed, named without a number: "a man was shot dead", "he died", "killed a
 * police officer", "KILLED JUDGE <NAME>", "an injured soldier", "the murder of a priest". Each
 * becomes a count of 1 marked single ({@link Candidate#singular()}), which the totals use only
 * when no number is given. Bounded patterns tried at word starts only: linear in the sentence.
 */
final class SingleVictims {
  private static final String END = "(?![\\w'’-])";
  private static final Set<String> PLURAL_SUBJECTS = Set.of(
      "they", "we", "people", "others", "victims", "men", "women", "children", "both", "all",
      "none", "nobody", "might", "could", "would", "may", "nearly", "almost", "never", "not",
      "should", "must", "to", "can", "will", "many", "some", "residents", "soldiers", "officers",
      "civilians", "members", "thousands", "hundreds", "dozens", "scores", "you", "i", "teens",
      "boys", "girls", "students", "patients", "animals", "dogs", "cats", "horses", "cattle",
      "fish", "or");
  private static final Set<String> SINGULAR_VERB_FIRST = Set.of("was", "has", "had", "is");
  private static final Set<String> ATTRIBUTIVE_FIRST = Set.of("a", "an", "one", "another", "the");
  /** Part of every match of {@link #attributive} (see {@link SentenceWords#startsBefore}). */
  private static final Pattern ATTRIBUTIVE_CUE =
      Pattern.compile("\\s(?:injured|wounded|dead|slain)\\s");
  private static final Set<String> HOMICIDE_FIRST = Set.of("homicide", "murder", "slaying");
  private static final Pattern LAST_WORD = Pattern.compile("([\\w'’-]+)\\s*$");

  private final Lexicon.Cues passive;
  private final Lexicon.Cues active;
  /** "anyone", "anybody" in the subject: no one in particular, in a negation or a question. */
  private static final Pattern ANYONE_BEFORE = Pattern.compile(
      "\\b(?:anyone|anybody)\\b[^.;!?]*$", Pattern.CASE_INSENSITIVE);

  private final Pattern singular;
  private final Pattern singularVerb;
  private final Pattern singularObject;
  private final Pattern singularName;
  private final Pattern attributive;
  private final Pattern homicideVictim;
  private final Pattern died;
  /** "Sent a child to the hospital", "left a man dead": one person as a result's object. */
  private final Pattern result;
  private final Lexicon.Cues resultVerbs;
  private final Lexicon.Cues results;
  private final Set<String> resultFirst;
  /** "Galan's murder", "the mayor's assassination": one person's fate told as a noun. */
  private final Pattern possessive;
  private final Set<String> singularStarts;
  private final Set<String> activeFirst;

  /**
   * Builds the patterns from the cue lexicons (verbs, and the result verbs and results of "left
   * a man dead"), the nouns that name one person ({@code
   * singularNouns}, and as a regex {@code sgNoun}: "man", "officer", "insurgent") and the
   * titles that name one person before a name ({@code titleNoun}: "judge").
   */
  SingleVictims(Lexicon.Cues passive, Lexicon.Cues active, Lexicon.Cues resultVerbs,
      Lexicon.Cues results, Set<String> singularNouns, String sgNoun, String titleNoun) {
    this.passive = passive;
    this.active = active;
    this.resultVerbs = resultVerbs;
    this.results = results;
    String end = END;
    possessive = Pattern.compile(
        "(?<![\\w'’-])(?<name>[\\w-]{2,25})['’]s?\\s+(?<cue>assassination|murder|killing|slaying"
            + "|execution|kidnapping|abduction|death)" + end);
    singular = Pattern.compile(
        "(?<![\\w'’-])(?<subj>he|she|another|" + sgNoun + "|" + YEAR_OLD + ")" + ASIDE + AUX
            + "\\s+(?<cue>" + passive.alternation() + ")" + end);
    singularVerb = Pattern.compile(
        "(?<![\\w'’-])(?<aux>was|has\\s+been|had\\s+been|is|has|had)(?:\\s+(?:reportedly"
            + "|accidentally|inadvertently|mistakenly|unintentionally|possibly"
            + "|allegedly|later|also|critically|seriously|severely|slightly|badly|gravely|then"
            + "|apparently|subsequently|eventually|initially|found)){0,2}\\s+(?<cue>"
            + passive.alternation() + ")" + end);
    singularObject = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + active.alternation() + ")\\s+(?:(?:a|an|one|his|her|their|its"
            + "|the)\\s+(?:[\\w'’-]{1,25}\\s+){0,3}?(?:" + sgNoun + "|" + YEAR_OLD
            + ")|him|her|himself|herself|" + YEAR_OLD
            // "arrested a suspected IED maker", "detained an alleged Taliban facilitator": a
            // suspect is a person, whatever the agent noun the lexicon lacks
            + "|(?:a|an|one)\\s+(?:suspected|alleged)\\s+(?:[\\w'’-]{1,25}\\s+){0,2}?"
            + "[\\w'’-]{1,22}(?:er|or|ist|ant|ive)" + "|(?:(?!" + STOP + end
            + ")[\\w'’-]{1,25}\\s+)"
            + "{0,2}?" + titleNoun + "(?=\\s+(?!" + STOP + end + ")[\\w'’-]))" + end);
    result = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + resultVerbs.alternation() + ")\\s+(?:(?:a|an|one|the|his|her"
            + "|their)\\s+(?:[\\w'’-]{1,25}\\s+){0,3}?(?:" + sgNoun + "|" + YEAR_OLD
            + ")|him|her)\\s+(?<tail>" + results.alternation() + ")" + end);
    singularName = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + active.alternation() + ")\\s+(?<name>[\\w'’-]{2,25})" + end);
    attributive = Pattern.compile(
        "(?<![\\w'’-])(?:a|an|one|another|the)\\s+(?:(?:critically|seriously|badly|gravely"
            + "|severely)\\s+)?(?<cue>injured|wounded|dead|slain)\\s+(?:[\\w'’-]{1,20}\\s+)?(?<subj>"
            + sgNoun + "|" + YEAR_OLD + ")" + end);
    homicideVictim = Pattern.compile(
        "(?<cue>homicide|murder|slaying)\\s+(?<subj>victim)" + end);
    died = Pattern.compile(
        "(?<![\\w'’-])(?:(?:later|also|eventually|subsequently|then|had|has|tragically|reportedly"
            + "|instantly)\\s+){0,2}(?<cue>died|dies)" + end);
    Set<String> starts = new java.util.HashSet<>(SentenceWords.NUMBER_WORDS);
    starts.addAll(List.of("he", "she", "another"));
    for (String noun : singularNouns) {
      starts.add(noun.split(" ")[0]);
    }
    singularStarts = Set.copyOf(starts);
    activeFirst = SentenceWords.firstWords(active);
    resultFirst = SentenceWords.firstWords(resultVerbs);
  }

  private static final Set<String> POSSESSIVE_FIRST = Set.of("assassination", "murder",
      "killing", "slaying", "execution", "kidnapping", "abduction", "death");

  /** The word sets {@link #find} asks a sentence's words about ({@link WordBits}). */
  List<Set<String>> wordSets() {
    return List.of(singularStarts, activeFirst, resultFirst, SINGULAR_VERB_FIRST,
        ATTRIBUTIVE_FIRST, HOMICIDE_FIRST, POSSESSIVE_FIRST);
  }

  /**
   * The possessor is one named person: capitalised, no function word, no plural ("the
   * Jesuits' murder"). A lower-case noun ("the officer's death") most often looks back at a
   * death told before, so it is left to the other rules.
   */
  private static boolean possessor(String text, int from, Matcher m) {
    String name = m.group("name");
    boolean plural = name.endsWith("s") && text.charAt(from + m.end("name")) != 's'
        && text.charAt(from + m.end("name")) != 'S'
        && !Character.isLetter(text.charAt(from + m.end("name") + 1));
    return !plural && Character.isUpperCase(text.charAt(from + m.start("name")))
        && !NOT_NAMES.contains(name) && !namesThing(name)
        && !NOT_NAME_WORD.matcher(name).matches();
  }

  /** A word of the stop list, a cue or a number: after a verb, no name. */
  private static final Pattern NOT_NAME_WORD = Pattern.compile("(?:" + STOP + "|" + "\\d.*)");

  /**
   * "KILLED ANGELA DE GUERRERO", "KIDNAPPED OLSON,": in upper-case copy the word after the verb
   * is a name when it is no thing ("KILLED TIME"), no plural ("KIDNAPPED PEASANTS"), no function
   * word and no other cue, and a name or a clause boundary follows it.
   */
  private boolean upperCaseName(CharSequence s, Matcher m) {
    String name = m.group("name");
    if (name.endsWith("s") || namesThing(name) || NOT_NAME_WORD.matcher(name).matches()
        || kindOf(active, name) != null || kindOf(passive, name) != null) {
      return false;
    }
    // "THE MURDERED JESUIT PRIESTS": after an article the verb is an adjective
    if (ARTICLE_BEFORE.matcher(s.subSequence(Math.max(0, m.start() - 8), m.start())).find()) {
      return false;
    }
    Matcher next = NAME_NEXT.matcher(s).region(m.end(), s.length());
    return next.lookingAt();
  }

  private static final Pattern ARTICLE_BEFORE =
      Pattern.compile("(?<![\\w'’-])(?:the|a|an|his|her|their|its)\\s+$");

  // Whole-word checks of a singular verb's groups (not Victims.PASSIVE_AUX, a find over text).
  private static final Pattern BE_AUX = Pattern.compile("was|is|has\\s+been|had\\s+been");
  private static final Pattern PERFECT_AUX = Pattern.compile("has|had");
  private static final Pattern DIED_CUE = Pattern.compile("died|dies");
  /** Punctuation closing the word before "died". */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");

  /** After a name in upper-case copy: a comma or full stop, or a word that is no stop word. */
  private static final Pattern NAME_NEXT = Pattern.compile(
      "\\s*[,.;]|\\s+(?!" + STOP + END + ")[\\w'’-]{2,25}" + END);

  /** A thing a person carries right before the verb: "A man carrying a rifle was shot". */
  private static final Pattern CARRIED = Pattern.compile("(?<![\\w'’-])(?:carrying|holding"
      + "|wielding|brandishing|armed\\s+with)\\s+(?:a|an|the|his|her)\\s+(?:[\\w'’-]+\\s+){0,2}?"
      + "[\\w'’-]+\\s*$");

  /** Adds the single victims of one sentence {@code s}, which starts at {@code from}. */
  void find(String text, int from, String s, int sentence, SentenceWords words,
      List<Candidate> out) {
    int[] cursor;
    Matcher m;
    int[] subjects = words.startsBefore(words.startsOfDigitsOr(singularStarts),
        passive.afterSpace());
    m = words.matcher(singular, subjects);
    cursor = new int[2];
    while (nextCount(m, s, subjects, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      String aux = m.group("aux");
      boolean passiveVoice = aux != null && PASSIVE_AUX.matcher(aux).find();
      if (kind == null || (!passiveVoice && (looksActive(s, m.end())
          || RELATIVE.matcher(aux).find()))
          || negationBefore(s.subSequence(Math.max(0, m.start() - 30), m.start()))) {
        continue;
      }
      out.add(one("singular", text, from, m.start(), m.end(), m.start("cue"), kind,
          Optional.of(TextSpan.of(text, from + m.start("subj"), from + m.end("subj"))),
          sentence));
    }
    int[] singularVerbAt =
        words.startsBefore(words.startsOf(SINGULAR_VERB_FIRST), passive.afterSpace());
    m = words.matcher(singularVerb, singularVerbAt);
    cursor = new int[2];
    while (nextCount(m, s, singularVerbAt, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      if (kind == null || looksActive(s, m.end())
          && !BE_AUX.matcher(m.group("aux").toLowerCase(Locale.ROOT)).matches()) {
        continue;
      }
      if (PERFECT_AUX.matcher(m.group("aux").toLowerCase(Locale.ROOT)).matches()
          && !DIED_CUE.matcher(m.group("cue").toLowerCase(Locale.ROOT)).matches()) {
        continue;
      }
      CharSequence before = s.subSequence(Math.max(0, m.start() - 40), m.start());
      if (negationBefore(before)) {
        continue; // the negated rule reads these
      }
      if (ANYONE_BEFORE.matcher(before).find()) {
        continue; // "No officers or anyone else at the store was injured", "if anyone was hurt"
      }
      Matcher last = LAST_WORD.matcher(before);
      if (last.find() && namesThing(last.group(1)) && !CARRIED.matcher(before).find()) {
        continue; // "the car was hit by gunfire" (not "a man carrying a rifle was shot")
      }
      out.add(one("singular-verb", text, from, m.start(), m.end(), m.start("cue"), kind,
          Optional.empty(), sentence));
    }
    int[] singularObjectAt = words.startsOf(activeFirst);
    m = words.matcher(singularObject, singularObjectAt);
    cursor = new int[2];
    while (nextCount(m, s, singularObjectAt, cursor)) {
      Kind kind = kindOf(active, m.group("cue"));
      if (kind == null || kind == Kind.AFFECTED
          || PASSIVE_BEFORE.matcher(s.subSequence(Math.max(0, m.start() - 30), m.start()))
              .find()) {
        continue;
      }
      out.add(one("singular-object", text, from, m.start(), m.end(), m.start("cue"), kind,
          Optional.empty(), sentence));
    }
    int[] resultAt = words.startsOf(resultFirst);
    m = words.matcher(result, resultAt);
    cursor = new int[2];
    while (nextCount(m, s, resultAt, cursor)) {
      Kind kind = kindOf(results, m.group("tail"));
      boolean hold = "HOLD".equals(resultVerbs.kindOf(m.group("cue")));
      if (kind == null
          || hold != (kind == Kind.HOSTAGE || kind == Kind.KIDNAPPED || kind == Kind.ARRESTED)) {
        continue;
      }
      out.add(one("singular-result", text, from, m.start(), m.end(), m.start("cue"), kind,
          Optional.empty(), sentence));
    }
    int[] singularNameAt = singularObjectAt; // the same cue verbs
    m = words.matcher(singularName, singularNameAt);
    cursor = new int[2];
    while (nextCount(m, s, singularNameAt, cursor)) {
      Kind kind = kindOf(active, m.group("cue"));
      String name = m.group("name");
      String cueText = text.substring(from + m.start("cue"), from + m.end("cue"));
      if (kind == null || kind == Kind.AFFECTED
          // "the shooting Saturday": a gerund here is mostly the noun; "aimed at capturing
          // Taliban leaders" is an aim
          || (kind == Kind.SHOT || kind == Kind.ARRESTED) && m.group("cue").endsWith("ing")
          // "Forces Kill Senior Commander": a title-case headline, where every word is capital
          || Character.isUpperCase(cueText.charAt(0))
              && !cueText.equals(cueText.toUpperCase(Locale.ROOT))
          // in upper-case wire copy every word looks like a name: only a word that cannot be
          // a common noun, a plural or a function word is taken for one
          || cueText.equals(cueText.toUpperCase(Locale.ROOT)) && !upperCaseName(s, m)
          || !Character.isUpperCase(text.charAt(from + m.start("name")))
          || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
          || CountPhrase.bounds(name).isPresent()
          || PASSIVE_BEFORE.matcher(s.subSequence(Math.max(0, m.start() - 30), m.start()))
              .find()) {
        continue;
      }
      out.add(one("singular-name", text, from, m.start(), m.end(), m.start("cue"), kind,
          Optional.of(TextSpan.of(text, from + m.start("name"), from + m.end("name"))),
          sentence));
    }
    int[] attributiveAt =
        words.startsBefore(words.startsOf(ATTRIBUTIVE_FIRST), ATTRIBUTIVE_CUE);
    m = words.matcher(attributive, attributiveAt);
    cursor = new int[2];
    while (nextCount(m, s, attributiveAt, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      if (kind != null) {
        out.add(one("attributive", text, from, m.start(), m.end(), m.start("cue"), kind,
            Optional.of(TextSpan.of(text, from + m.start("subj"), from + m.end("subj"))),
            sentence));
      }
    }
    int[] homicideAt = words.startsOf(HOMICIDE_FIRST);
    m = words.matcher(homicideVictim, homicideAt);
    cursor = new int[2];
    while (nextCount(m, s, homicideAt, cursor)) {
      out.add(one("attributive", text, from, m.start(), m.end(), m.start("cue"), Kind.KILLED,
          Optional.of(TextSpan.of(text, from + m.start("subj"), from + m.end("subj"))),
          sentence));
    }
    // the possessor comes before the cue: try the word before each cue noun
    int[] cues = words.startsOf(POSSESSIVE_FIRST);
    m = words.matcher(possessive, cues);
    cursor = new int[2];
    while (cursor[0] < cues.length) {
      int cue = cues[cursor[0]++];
      if (cue < 2) {
        continue;
      }
      int at = cue - 1;
      while (at > 0 && Character.isWhitespace(s.charAt(at))) {
        at--;
      }
      int wordStart = at;
      while (wordStart > 0 && cue - wordStart < 30
          && !Character.isWhitespace(s.charAt(wordStart - 1))) {
        wordStart--;
      }
      m.region(wordStart, s.length());
      if (wordStart < at && m.lookingAt() && m.start("cue") == cue
          && possessor(text, from, m)) {
        Kind kind = m.group("cue").startsWith("kidnap") || m.group("cue").startsWith("abduct")
            ? Kind.KIDNAPPED : Kind.KILLED;
        out.add(one("possessive", text, from, m.start(), m.end(), m.start("cue"), kind,
            Optional.of(TextSpan.of(text, from + m.start("name"), from + m.end("name"))),
            sentence));
      }
    }
    // every match holds its cue: most sentences have neither word
    m = SentenceWords.hasAny(s, "died", "dies") ? died.matcher(s) : null;
    while (m != null && m.find()) {
      int w = m.start();
      while (w > 0 && Character.isWhitespace(s.charAt(w - 1))) {
        w--;
      }
      int wEnd = w;
      while (w > 0 && !Character.isWhitespace(s.charAt(w - 1)) && wEnd - w < 25) {
        w--;
      }
      String pre = TRAILING_PUNCTUATION.matcher(s.subSequence(w, wEnd)).replaceAll("");
      if (pre.isEmpty() || PLURAL_SUBJECTS.contains(pre) || CountPhrase.bounds(pre).isPresent()
          || negationBefore(s.subSequence(Math.max(0, w - 30), wEnd))) {
        continue;
      }
      out.add(one("died", text, from, m.start("cue"), m.end(), m.start("cue"), Kind.KILLED,
          Optional.empty(), sentence));
    }
  }
}
