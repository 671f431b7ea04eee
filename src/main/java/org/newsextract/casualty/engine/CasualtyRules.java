package org.newsextract.casualty.engine;

import static org.newsextract.casualty.engine.Candidate.one;
import static org.newsextract.casualty.engine.CountPhrase.COUNT;
import static org.newsextract.casualty.engine.Kind.kindOf;
import static org.newsextract.casualty.engine.SentenceWords.nextCount;
import static org.newsextract.casualty.engine.Victims.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.RegexChars;
import org.newsextract.casualty.CountPrecision;

/**
 * The casualty rules of one sentence. This class holds the counted forms, where a verb or noun
 * says what happened to a number of people ("12 were killed", "gunmen killed 12", "left 27
 * dead", "18 deaths", "the death toll rose to 130", "the killing of six priests"); it runs the
 * rules of single victims ({@link SingleVictims}), lists ({@link ListedVictims}), negations
 * ({@link Negations}) and parts of a count ({@link SubCounts}). Who the victims are and
 * whether a number counts people is {@link Victims}; which figure is the total is {@link
 * HeadlineTotals}. Every quantifier is bounded, so the work per sentence is linear in its
 * length. Immutable; built once per JVM ({@link #shared}) and shared by every extractor.
 */
final class CasualtyRules {
  private static final String BASE = "/org/newsextract/casualty/engine/";

  // ---- lexicons: which category a verb or noun means
  private final Lexicon.Cues passive = Lexicon.cues(BASE + "passive-cues.tsv");
  private final Lexicon.Cues active;
  private final Lexicon.Cues resultVerbs;
  private final Lexicon.Cues results = Lexicon.cues(BASE + "result-cues.tsv");
  private final Lexicon.Cues nouns = Lexicon.cues(BASE + "noun-cues.tsv");
  private final Lexicon.Cues tolls = Lexicon.cues(BASE + "toll-cues.tsv");
  private final ListedVictims lists;
  private final SingleVictims singles;
  private final Negations negations;

  /** The number words of {@link #NUMBER_WORD}: those of a count but "tens" (of thousands). */
  private static final Set<String> COUNT_WORDS = SentenceWords.NUMBER_WORDS.stream()
      .filter(w -> !w.equals("tens")).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final String[][] COUNT_WORD_STEMS =
      SentenceWords.stems(COUNT_WORDS.toArray(new String[0]));
  /** A digit or number word: count rules run only on sentences that have one. */
  private static final Pattern NUMBER_WORD = Pattern.compile(
      "\\d|\\b(?:" + String.join("|", new java.util.TreeSet<>(COUNT_WORDS)) + ")\\b");

  // ---- patterns
  private final Pattern subject;
  private final Pattern among;
  private final Pattern activeDirect;
  private final Pattern activeResult;
  private final Pattern noun;
  private final Pattern toll;
  private final Pattern deathOf;
  private final Set<String> activeFirst;
  private final Set<String> resultFirst;
  private final Set<String> tollFirst;
  /** Every word set the rules find start words with, for one lookup per word. */
  private final WordBits wordBits;
  private static final Set<String> DEATH_OF_FIRST = Set.of("shooting", "stabbing", "death",
      "assassination", "assassinations", "massacre", "massacres", "execution", "executions",
      "kidnapping", "kidnappings", "abduction", "abductions",
      "deaths", "killing", "killings", "murder", "murders", "slaying", "slayings", "fatal",
      "homicide", "homicides");
  /** "double murder", "triple-homicide", "quadruple killing": killings counted in one word. */
  private static final Pattern MULTIPLE_KILLING = Pattern.compile(
      "(?<![\\w'’-])(?<times>double|triple|quadruple|quintuple)[\\s-]+(?:murders?|homicides?"
          + "|killings?|slayings?)(?![\\w'’-])");
  /** Part of every match of {@link #among} (see {@link SentenceWords#startsBefore}). */
  private static final Pattern AMONG_CUE = Pattern.compile("\\samong\\s");
  private static final Pattern UPDATE_WORDS = Pattern.compile(
      "\\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|jumped|reached|grew"
          + "|mounted|soared|now|has\\s+hit|hit|revised|updated|raised)\\b");

  private CasualtyRules() {
    Map<String, String> direct = new HashMap<>();
    Map<String, String> result = new HashMap<>();
    Lexicon.cues(BASE + "active-cues.tsv").kindByPhrase().forEach((phrase, kind) -> {
      if (kind.equals("RESULT") || kind.equals("HOLD")) {
        result.put(phrase, kind);
      } else {
        direct.put(phrase, kind);
      }
    });
    active = new Lexicon.Cues(Map.copyOf(direct));
    resultVerbs = new Lexicon.Cues(Map.copyOf(result));
    Set<String> singularNouns = Lexicon.words(BASE + "singular-victims.txt");
    // "KILLED JUDGE CARLOS PEREZ": a title before a name is one person, article or not
    String titleNoun = Lexicon.alternation(Lexicon.words(BASE + "title-nouns.txt"));
    String sgNoun = Lexicon.alternation(singularNouns);
    String end = "(?![\\w'’-])";
    lists = new ListedVictims(passive, active, singularNouns, sgNoun);
    singles = new SingleVictims(passive, active, resultVerbs, results, singularNouns, sgNoun,
        titleNoun);
    negations = new Negations(passive);

    subject = Pattern.compile(
        COUNT + VICTIMS + ASIDE + RELATIVE_ASIDE + AUX + "\\s+(?<cue>" + passive.alternation()
            + ")" + end);
    among = Pattern.compile(
        COUNT + VICTIMS + AUX + "\\s+(?<cue>among\\s+(?:the|those)\\s+(?:dead|killed|slain"
            + "|injured|wounded|hurt|hostages|missing|kidnapped|abducted|arrested|detained))"
            + end);
    activeDirect = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + active.alternation() + ")\\s+(?:(?:his|her|their|the|its)\\s+)?"
            + COUNT + end
            + "(?<vic>(?:\\s+(?!" + STOP + end + ")" + WORD + "){0,3})");
    activeResult = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + resultVerbs.alternation() + ")\\s+" + COUNT + VICTIMS
            + "\\s+(?<tail>" + results.alternation() + ")" + end);
    noun = Pattern.compile(
        COUNT + "(?<vic>(?:\\s+(?!" + STOP + end + ")" + WORD + "){0,2}?)\\s+(?<cue>"
            + nouns.alternation() + ")" + end);
    toll = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + tolls.alternation() + ")(?<gap>(?:\\s+(?!(?:said|says|and|but)"
            + end + ")[\\w'’-]{1,20}){0,7}?)\\s*[:,]?\\s+" + COUNT);
    deathOf = Pattern.compile(
        "(?<![\\w'’-])(?<cue>(?:shooting\\s+|stabbing\\s+)?deaths?|killings?|murders?|slayings?"
            + "|fatal\\s+shootings?|homicides?|assassinations?|massacres?|executions?|kidnappings?"
            + "|abductions?)\\s+of\\s+(?:(?<one>(?:(?:a|an|the|his|her|their|one)"
            + "\\s+(?:[\\w'’-]{1,25}\\s+){0,3}?|(?:[\\w'’-]{1,25}\\s+)?)"
            // headlines drop the article: "fatal shooting of 1-year-old", "of teen girl"
            + "(?:" + sgNoun + "|" + YEAR_OLD + "))" + end + "|"
            + COUNT + VICTIMS + end + "|(?<name>[\\w'’-]{2,25})" + end + ")");
    activeFirst = SentenceWords.firstWords(active);
    resultFirst = SentenceWords.firstWords(resultVerbs);
    tollFirst = SentenceWords.firstWords(tolls);
    List<Set<String>> wordSets = new ArrayList<>(List.of(SentenceWords.NUMBER_WORDS,
        CountPhrase.LEAD_WORDS, activeFirst, resultFirst, tollFirst, DEATH_OF_FIRST,
        Victims.ARTICLES));
    wordSets.addAll(lists.wordSets());
    wordSets.addAll(singles.wordSets());
    wordSets.addAll(Negations.WORD_SETS);
    wordBits = new WordBits(wordSets);
  }

  /** The rules are the same for every extractor: built once, on first use. */
  private static final class Shared {
    static final CasualtyRules RULES = new CasualtyRules();
  }

  /** The rules, built once per JVM (immutable, so every extractor and thread shares them). */
  static CasualtyRules shared() {
    return Shared.RULES;
  }

  /**
   * Finds every candidate count in one sentence {@code [from, to)} of {@code text}, with the
   * document's {@code matchers}.
   */
  List<Candidate> find(String text, String lower, int from, int to, int sentence,
      SentenceWords.Matchers matchers) {
    List<Candidate> out = new ArrayList<>();
    String s = lower.substring(from, to);
    if (!SentenceWords.hasCueStem(s)) {
      return out;
    }
    boolean counts = hasCount(s);
    SentenceWords words = new SentenceWords(s, wordBits, matchers);
    int[] starts = counts ? words.countStarts() : new int[0];
    int[] cursor = new int[2];
    int[] subjectAt = words.startsBefore(starts, passive.afterSpace());
    Matcher m = words.matcher(subject, subjectAt);
    while (nextCount(m, s, subjectAt, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      if (kind == null || !victimsOk(m.group("vic")) || badBefore(s, m.start())
          || isAge(s, m)) {
        continue;
      }
      String aux = m.group("aux");
      String vic = m.group("vic");
      if (aux != null && RELATIVE.matcher(aux).find() && vic != null
          && vic.stripLeading().startsWith("of ")) {
        // "one of two men who were shot to death": the men who were shot are the two; read
        // the count inside instead
        cursor[1] = m.start() + 1;
        continue;
      }
      boolean passiveVoice = aux != null && PASSIVE_AUX.matcher(aux).find();
      if (!passiveVoice && (looksActive(s, m.end()) || RELATIVE.matcher(aux).find()
          || m.group("rel") != null)) {
        continue; // (after "who tried to run" only "were shot dead", not "killed two guards")
      }
      addCount(out, "subject", text, from, m, m.start(), m.end(), kind, vicSpan(text, from, m),
          sentence, false);
    }
    lists.find(text, from, s, sentence, words, starts, out);
    int[] amongAt = words.startsBefore(starts, AMONG_CUE);
    m = words.matcher(among, amongAt);
    cursor = new int[2];
    while (nextCount(m, s, amongAt, cursor)) {
      String cue = m.group("cue").toLowerCase(Locale.ROOT);
      String what = cue.substring(cue.lastIndexOf(' ') + 1).trim();
      Kind kind = kindOf(passive, what);
      if (kind == null || !victimsOk(m.group("vic")) || badBefore(s, m.start())) {
        continue;
      }
      addCount(out, "among", text, from, m, m.start(), m.end(), kind, vicSpan(text, from, m),
          sentence, false);
    }
    int[] activeDirectAt = counts ? words.startsOf(activeFirst) : new int[0];
    m = words.matcher(activeDirect, activeDirectAt);
    cursor = new int[2];
    while (nextCount(m, s, activeDirectAt, cursor)) {
      Kind kind = kindOf(active, m.group("cue"));
      if (kind == null || badBefore(s, m.start("cue") + m.group("cue").length() + 1)
          || PASSIVE_BEFORE.matcher(s.subSequence(Math.max(0, m.start() - 30), m.start()))
              .find()
          || !victimsOk(m.group("vic"))) {
        continue;
      }
      int end = m.end("vic") > m.start("vic") ? m.end() : m.end("vic");
      addCount(out, "active", text, from, m, m.start(), end, kind, vicSpan(text, from, m),
          sentence, false);
    }
    int[] activeResultAt = counts ? words.startsOf(resultFirst) : new int[0];
    m = words.matcher(activeResult, activeResultAt);
    cursor = new int[2];
    while (nextCount(m, s, activeResultAt, cursor)) {
      String verb = resultVerbs.kindOf(m.group("cue"));
      Kind kind = kindOf(results, m.group("tail"));
      if (kind == null || !victimsOk(m.group("vic"))) {
        continue;
      }
      boolean hold = "HOLD".equals(verb);
      if (hold != (kind == Kind.HOSTAGE || kind == Kind.KIDNAPPED || kind == Kind.ARRESTED)) {
        continue;
      }
      addCount(out, "result", text, from, m, m.start(), m.end(), kind, vicSpan(text, from, m),
          sentence, false);
    }
    int[] nounAt = words.startsBefore(starts, nouns.afterSpace());
    m = words.matcher(noun, nounAt);
    cursor = new int[2];
    while (nextCount(m, s, nounAt, cursor)) {
      Kind kind = kindOf(nouns, m.group("cue"));
      // "the 2015 death of": a year before a noun is no count
      if (kind == null || !victimsOk(m.group("vic")) || badBefore(s, m.start())
          || isAge(s, m) || looksLikeYear(m)) {
        continue;
      }
      addCount(out, "noun", text, from, m, m.start(), m.end(), kind, vicSpan(text, from, m),
          sentence, false);
    }
    int[] tollAt = counts ? words.startsOf(tollFirst) : new int[0];
    m = words.matcher(toll, tollAt);
    cursor = new int[2];
    while (nextCount(m, s, tollAt, cursor)) {
      Kind kind = kindOf(tolls, m.group("cue"));
      if (kind == null || looksLikeYear(m) || isAge(s, m) || !tollJoins(m.group("gap"))
          || kind == Kind.KILLED && OTHER_FATE_NEXT.matcher(s).region(m.end(), s.length())
              .lookingAt()) {
        continue;
      }
      boolean update = UPDATE_WORDS.matcher(m.group("gap")).find();
      addCount(out, "toll", text, from, m, m.start(), m.end(), kind, Optional.empty(),
          sentence, update);
    }
    int[] deathOfAt = words.startsOf(DEATH_OF_FIRST);
    m = words.matcher(deathOf, deathOfAt);
    cursor = new int[2];
    while (nextCount(m, s, deathOfAt, cursor)) {
      String deathCue = m.group("cue");
      Kind deathKind = deathCue.startsWith("kidnap") || deathCue.startsWith("abduct")
          ? Kind.KIDNAPPED : Kind.KILLED;
      if (m.group("one") != null) {
        out.add(one("death-of", text, from, m.start(), m.end(), m.start("cue"), deathKind,
            Optional.of(TextSpan.of(text, from + m.start("one"), from + m.end("one"))),
            sentence));
      } else if (m.group("name") != null) {
        String name = m.group("name");
        if (Character.isUpperCase(text.charAt(from + m.start("name")))
            && !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
          out.add(one("death-of", text, from, m.start(), m.end(), m.start("cue"), deathKind,
              Optional.of(TextSpan.of(text, from + m.start("name"), from + m.end("name"))),
              sentence));
        }
      } else if (victimsOk(m.group("vic")) && !looksLikeYear(m) && !isAge(s, m)) {
        addCount(out, "death-of", text, from, m, m.start(), m.end(), deathKind,
            vicSpan(text, from, m), sentence, false);
      }
    }
    // every match holds one of these words
    m = SentenceWords.hasAny(s, "double", "triple", "quadruple", "quintuple")
        ? MULTIPLE_KILLING.matcher(s) : null;
    while (m != null && m.find()) {
      // "the double murder of a father and his son", "a triple homicide": the count in a word
      long n = switch (m.group("times")) {
        case "double" -> 2;
        case "triple" -> 3;
        case "quadruple" -> 4;
        default -> 5;
      };
      out.add(new Candidate("multiple", TextSpan.of(text, from + m.start(), from + m.end()),
          from + m.start(), Kind.KILLED, n, n, CountPrecision.EXACT, Optional.empty(), sentence,
          false, false, false, Optional.empty()));
    }
    singles.find(text, from, s, sentence, words, out);
    negations.find(text, from, s, sentence, words, out);
    return SubCounts.add(text, from, s, sentence, words, out);
  }

  /**
   * Whether {@link #NUMBER_WORD} matches in {@code s}, by a plain scan for the most part. An
   * ASCII digit is a match of its {@code \d}. Its number words match only as a whole run of
   * ASCII word chars (on every JDK {@code \b} counts [a-zA-Z0-9_] as word chars), so the regex
   * runs only from the first run that is one of them, if any, to settle the rest of what
   * {@code \b} means.
   */
  private static boolean hasCount(String s) {
    int first = -1;
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (first < 0 && RegexChars.isWordChar(c)
          && (i == 0 || !RegexChars.isWordChar(s.charAt(i - 1)))) {
        int j = i + 1;
        while (j < len && RegexChars.isWordChar(s.charAt(j))) {
          j++;
        }
        if (SentenceWords.wordAt(s, i, j, COUNT_WORD_STEMS)) {
          first = i;
        }
      }
    }
    return first >= 0 && NUMBER_WORD.matcher(s).find(first);
  }

  /** "A toll of one person wounded": the count after a toll says another fate. */
  private static final Pattern OTHER_FATE_NEXT = Pattern.compile(
      "(?:\\s+(?!(?:and|or|but|in|on|at)(?![\\w'’-]))[\\w'’-]{1,25}){0,3}?"
          + "\\s+(?:were\\s+|was\\s+)?(?:wounded|injured|hurt|kidnapped|abducted|missing"
          + "|arrested|detained)(?![\\w'’-])");

  /**
   * Words that may stand right before the count of a toll ("rose to 130", "stood at 27", "the
   * bodies of 12"): after any other word the number names something else ("the bodies of the
   * victims of the Boeing 727").
   */
  private static final Set<String> TOLL_JOINS = Set.of(
      "to", "at", "of", "is", "was", "were", "are", "be", "been", "now", "hit", "hits", "reached",
      "reaches", "topped", "tops", "passed", "past", "surpassed", "exceeded", "neared",
      "approached", "stood", "stands", "remained", "remains", "totaled", "totalled", "totals",
      "rose", "climbed", "jumped", "grew", "increased", "reaching", "rising", "climbing",
      "standing", "including", "least", "than", "about", "around", "some", "nearly", "almost",
      "only", "just", "another", "further", "additional", "estimated", "officially", "so", "far",
      "had", "has", "risen", "put", "placed", "the", "these", "those", "all", "its", "their",
      "over", "above", "beyond", "stand");

  /** The toll's gap ends in a word that joins a toll to its count (or is empty). */
  private static boolean tollJoins(String gap) {
    String g = gap.strip();
    if (g.isEmpty()) {
      return true;
    }
    String last = g.substring(g.lastIndexOf(' ') + 1);
    int cut = last.length();
    while (cut > 0 && ",:;".indexOf(last.charAt(cut - 1)) >= 0) {
      cut--; // trailing punctuation (no regex here: this runs per candidate toll)
    }
    last = last.substring(0, cut);
    return gap.endsWith(",") || gap.endsWith(":") || TOLL_JOINS.contains(last);
  }

  /** Adds the count a rule matched, its span without trailing punctuation. */
  private static void addCount(List<Candidate> out, String rule, String text, int from, Matcher m,
      int start, int end, Kind kind, Optional<TextSpan> victims, int sentence, boolean update) {
    Optional<CountPhrase.Value> v = CountPhrase.read(m);
    if (v.isEmpty()) {
      return;
    }
    while (end > start && (Character.isWhitespace(text.charAt(from + end - 1))
        || ",.;:".indexOf(text.charAt(from + end - 1)) >= 0)) {
      end--;
    }
    out.add(new Candidate(rule, TextSpan.of(text, from + start, from + end),
        from + m.start("cue"), kind, v.get().count(), v.get().countMax(), v.get().precision(),
        victims, sentence, false, update, v.get().additive(), Optional.empty()));
  }
}
