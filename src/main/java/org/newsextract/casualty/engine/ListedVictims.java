package org.newsextract.casualty.engine;

import static org.newsextract.casualty.engine.CountPhrase.COUNT;
import static org.newsextract.casualty.engine.Victims.ASIDE;
import static org.newsextract.casualty.engine.Victims.AUX;
import static org.newsextract.casualty.engine.Victims.ONE;
import static org.newsextract.casualty.engine.Victims.PASSIVE_AUX;
import static org.newsextract.casualty.engine.Victims.STOP;
import static org.newsextract.casualty.engine.Victims.WORD;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.casualty.CountPrecision;

/**
 * Victims listed one by one add up: "two men and a woman were killed" is 3 and "detained a
 * Taliban leader and two associates" is 3. Each part starts with a count or an article and
 * names people in up to three words without a verb or state among them. Bounded like every
 * casualty rule: linear in the sentence.
 */
final class ListedVictims {
  private static final String END = "(?![\\w'’-])";

  /** The words naming one part of the list: no verb, state or function word among them. */
  private static final String NOUN_WORDS = "(?:\\s+(?!(?:" + STOP.substring(3, STOP.length() - 1)
      + "|dead|killed|slain|died|wounded|injured|hurt|shot|missing|arrested|detained"
      + "|kidnapped|abducted|captured|hostages?|critically|seriously|fatally)" + END + ")" + WORD
      + "){1,3}?";

  /** The joins of a list, part of every match after its start (see SentenceWords#startsBefore). */
  private static final Pattern AND = Pattern.compile("\\s(?:and|&)\\s");
  private static final Pattern JOIN = Pattern.compile("\\s(?:and|&)\\s|,\\s");

  /** A list followed by a verb is the subject of a clause of its own, not an object. */
  private static final Pattern VERB_NEXT = Pattern.compile(
      "\\s+(?:were|was|are|is|had|have|has|will|would|fled|escaped)" + END);

  private final Lexicon.Cues passive;
  private final Lexicon.Cues active;
  /** "Two men and a woman were killed": a list as the subject of a passive cue. */
  private final Pattern subject;
  /**
   * "He and eight others were gunned down", "the father and two children were found dead": one
   * person named without a count (a pronoun, a noun for one person, a name) and those listed
   * with them, as the subject of a passive cue.
   */
  private final Pattern withOne;
  private final java.util.Set<String> singularNouns;
  private final java.util.Set<String> withOneFirst;
  /** "Detained a Taliban leader and two associates": a list as the object of an active cue. */
  private final Pattern object;
  private final java.util.Set<String> activeFirst;
  /** An active cue right before a position. */
  private final Pattern objectBefore;

  /**
   * Builds the patterns from the cue lexicons and the nouns that name one person ({@code
   * singularNouns}, and as a regex {@code sgNoun}).
   */
  ListedVictims(Lexicon.Cues passive, Lexicon.Cues active, java.util.Set<String> singularNouns,
      String sgNoun) {
    this.passive = passive;
    this.active = active;
    this.singularNouns = singularNouns;
    String second = "(?:(?:his|her|their|its)\\s+)?(?:(?<art2>a|an|another)" + END + "|"
        + CountPhrase.count("X") + ")"
        // "and three of his children": a part of the people named
        + "(?:\\s+of\\s+(?:his|her|their|its|the)" + END + ")?(?<vic2>" + NOUN_WORDS + ")";
    // "2 adults, 6 children dead": a headline joins counts with a comma
    subject = Pattern.compile(
        "(?:(?<![\\w'’-])(?<art1>a|an)|" + COUNT + ")(?<vic1>" + NOUN_WORDS
            + ")(?<join>\\s+(?:and|&)"
            + "|\\s*,)\\s+" + second + ASIDE + AUX + "\\s+(?<cue>" + passive.alternation()
            + ")" + END);
    withOne = Pattern.compile(
        "(?<![\\w'’-])(?<one>he|she|" + sgNoun + "|[\\w'’-]{2,25})\\s+(?:and|&)\\s+" + second
            + ASIDE + AUX + "\\s+(?<cue>" + passive.alternation() + ")" + END);
    java.util.Set<String> firsts = new java.util.HashSet<>(java.util.Set.of("he", "she"));
    for (String noun : singularNouns) {
      firsts.add(noun.split(" ")[0]);
    }
    withOneFirst = java.util.Set.copyOf(firsts);
    object = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + active.alternation() + ")\\s+(?:(?<art1>a|an|the)" + END + "|"
            + COUNT + ")(?<vic1>" + NOUN_WORDS + ")"
            // "the leader of the party and 14 of his aides": one person, by the body led
            + "(?:\\s+of(?:\\s+the" + END + ")?" + NOUN_WORDS + ")?"
            + "\\s*,?\\s+(?:and|&)\\s+" + second + END);
    objectBefore = Pattern.compile(
        "(?<![\\w'’-])" + active.alternation() + "\\s+(?:(?:the|his|her|their|its)\\s+)?$");
    activeFirst = SentenceWords.firstWords(active);
  }

  /** The word sets {@link #find} asks a sentence's words about ({@link WordBits}). */
  List<java.util.Set<String>> wordSets() {
    return List.of(withOneFirst, activeFirst);
  }

  /** Adds the listed counts of one sentence {@code s}, which starts at {@code from}. */
  void find(String text, int from, CharSequence s, int sentence, SentenceWords words,
      int[] starts, List<Candidate> out) {
    int[] at = SentenceWords.merge(starts, words.startsOf(Victims.ARTICLES));
    // the cheaper cue first: the order of the two filters does not change what they keep
    at = words.startsBefore(words.startsBefore(at, JOIN), passive.afterSpace());
    Matcher m = words.matcher(subject, at);
    int[] cursor = new int[2];
    while (SentenceWords.nextCount(m, s, at, cursor)) {
      Kind kind = Kind.kindOf(passive, m.group("cue"));
      String aux = m.group("aux");
      boolean passiveVoice = aux != null && PASSIVE_AUX.matcher(aux).find();
      if (kind == null || Victims.SINGULAR_AUX.matcher(aux).find()
          // "troops killed three rebels and two soldiers were wounded": the first part is the
          // object of the verb before it
          || objectBefore.matcher(s.subSequence(Math.max(0, m.start() - 40), m.start())).find()
          || Victims.badBefore(s, m.start())
          || !passiveVoice && (Victims.looksActive(s, m.end())
              || Victims.RELATIVE.matcher(aux).find())) {
        continue;
      }
      if (m.group("join").endsWith(",") && !commaList(m)) {
        continue;
      }
      add(out, "conjoined", text, from, m, kind, m.start(), sentence);
    }
    at = words.startsBefore(words.startsBefore(
        words.startsOfOrCapitalised(withOneFirst, text, from), AND), passive.afterSpace());
    m = words.matcher(withOne, at);
    cursor = new int[2];
    while (SentenceWords.nextCount(m, s, at, cursor)) {
      Kind kind = Kind.kindOf(passive, m.group("cue"));
      String aux = m.group("aux");
      boolean passiveVoice = aux != null && PASSIVE_AUX.matcher(aux).find();
      if (kind == null || !namesOne(text, from, m) || Victims.SINGULAR_AUX.matcher(aux).find()
          || objectBefore.matcher(s.subSequence(Math.max(0, m.start() - 40), m.start())).find()
          || !passiveVoice && (Victims.looksActive(s, m.end())
              || Victims.RELATIVE.matcher(aux).find())) {
        continue;
      }
      add(out, "conjoined", text, from, m, kind, m.start(), sentence);
    }
    at = words.startsBefore(words.startsOf(activeFirst), AND);
    m = words.matcher(object, at);
    cursor = new int[2];
    while (SentenceWords.nextCount(m, s, at, cursor)) {
      Kind kind = Kind.kindOf(active, m.group("cue"));
      if (kind == null || kind == Kind.AFFECTED
          // "the guards and two passengers": a plural after "the" is no single person
          || m.group("art1") != null && m.group("art1").equals("the")
              && m.group("vic1").stripTrailing().endsWith("s")
          || VERB_NEXT.matcher(s).region(m.end(), s.length()).lookingAt()
          || Victims.PASSIVE_BEFORE.matcher(
              s.subSequence(Math.max(0, m.start() - 30), m.start())).find()) {
        continue;
      }
      add(out, "conjoined-object", text, from, m, kind, m.start(), sentence);
    }
  }

  /**
   * A list joined by a comma holds counts only, of people ("2 adults, 6 children"), not "two
   * men, both 19," where the second part is an aside.
   */
  private static boolean commaList(Matcher m) {
    String second = m.group("numX");
    return m.group("art1") == null && m.group("art2") == null && second != null
        && !second.equals("both") && !second.equals("all")
        && m.group("vic2").chars().anyMatch(Character::isLetter);
  }

  /**
   * The first part of a {@link #withOne} list is one person: "he", "she", a noun for one person
   * ("father"), or a name in mixed case ("Smith and two others"; in upper-case copy every word
   * looks like a name) followed by "others".
   */
  private boolean namesOne(String text, int from, Matcher m) {
    String one = m.group("one");
    if (one.equals("he") || one.equals("she") || singularNouns.contains(one)) {
      return true;
    }
    String original = text.substring(from + m.start("one"), from + m.end("one"));
    return Character.isUpperCase(original.charAt(0))
        && original.chars().skip(1).anyMatch(Character::isLowerCase)
        && !Victims.NOT_NAMES.contains(one)
        // "1 Killed and 4 Others Hurt": a title-case headline's verb is no name
        && Kind.kindOf(passive, one) == null && Kind.kindOf(active, one) == null
        && m.group("vic2").strip().startsWith("other");
  }

  private void add(List<Candidate> out, String rule, String text, int from, Matcher m, Kind kind,
      int start, int sentence) {
    boolean one = m.pattern() == withOne || m.group("art1") != null;
    Optional<CountPhrase.Value> first = one ? Optional.of(ONE) : CountPhrase.read(m, "");
    Optional<CountPhrase.Value> second = m.group("art2") != null
        ? Optional.of(ONE) : CountPhrase.read(m, "X");
    String vic1 = m.pattern() == withOne ? m.group("one") : m.group("vic1");
    if (first.isEmpty() || second.isEmpty() || !Victims.victimsOk(vic1)
        || !Victims.victimsOk(m.group("vic2"))) {
      return;
    }
    CountPhrase.Value a = first.get();
    CountPhrase.Value b = second.get();
    CountPrecision precision = a.precision() == CountPrecision.EXACT ? b.precision()
        : a.precision();
    String vicGroup = m.pattern() == withOne ? "one" : "vic1";
    int vicStart = from + m.start(vicGroup) + (m.group(vicGroup).length()
        - m.group(vicGroup).stripLeading().length());
    // "detained two minors and three men.": without the sentence's full stop
    int vicEnd = Victims.beforeStop(text, vicStart, from + m.end("vic2"));
    out.add(new Candidate(rule, TextSpan.of(text, from + start,
            Victims.beforeStop(text, from + start, from + m.end())),
        from + m.start("cue"), kind, a.count() + b.count(), a.countMax() + b.countMax(),
        precision, Optional.of(TextSpan.of(text, vicStart, vicEnd)), sentence,
        false, false, false, Optional.empty()));
  }
}
