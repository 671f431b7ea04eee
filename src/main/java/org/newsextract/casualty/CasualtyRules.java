package org.newsextract.casualty;

import static org.newsextract.casualty.CountPhrase.COUNT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsextract.TextSpan;

/**
 * The casualty rules, each a named pattern over one sentence. Every quantifier is bounded, so
 * the work per sentence is linear in its length. Immutable once built; shared by all calls.
 */
final class CasualtyRules {
  /** Rules match a lower-cased copy of the text (see {@link CasualtyExtractor}). */
  private static final int FLAGS = 0;
  private static final String BASE = "/org/newsextract/casualty/";

  // ---- lexicons
  private final Lexicon.Cues passive = Lexicon.cues(BASE + "passive-cues.tsv");
  private final Lexicon.Cues active;
  private final Lexicon.Cues resultVerbs;
  private final Lexicon.Cues results = Lexicon.cues(BASE + "result-cues.tsv");
  private final Lexicon.Cues nouns = Lexicon.cues(BASE + "noun-cues.tsv");
  private final Lexicon.Cues tolls = Lexicon.cues(BASE + "toll-cues.tsv");
  private final Set<String> notVictims = Lexicon.words(BASE + "not-victims.txt");
  private final ListedVictims lists;

  // ---- shared fragments
  /** Words that end a victim noun phrase ("two men who ...", "three in ..."). */
  static final String STOP =
      "(?:and|or|but|who|whom|whose|that|which|said|says|say|told|in|on|at|after|before|during"
          + "|when|while|with|by|from|for|to|as|than|if|of|were|was|are|is|be|been|being|have|has"
          + "|had|the|a|an|also|all|were|not|no|it|its|he|she|they|we|i|you|this|there|where"
          + "|then|allegedly|reportedly|later|earlier|yesterday|today|tonight|last|early|late"
          + "|since|until|because|although|though|including|among|inside|outside|near)";
  static final String WORD = "[\\w'’.-]{1,25}";
  /** Up to four words naming the victims ("people", "police officers", "of the victims"). */
  private static final String VICTIMS =
      "(?<vic>(?:\\s+of(?:\\s+(?:the|them|those|these|whom))?)?(?:\\s+(?!" + STOP + "(?![\\w'’-]))"
          + WORD + "(?:\\s+(?:(?:in|inside|at|aboard|near|from|on|of|the|a|an)\\s+){0,2}(?!" + STOP
          + "(?![\\w'’-]))" + WORD + "){0,4}?(?:\\s+(?:and|or|&)\\s+(?!(?:a|an|the|his|her|their"
          + "|its|one|two|three|four|five|six|seven|eight|nine|ten)(?![\\w'’-])|\\d)(?!" + STOP
          + "(?![\\w'’-]))" + WORD + ")?)?)";
  /** An aside between subject and verb: ", including two teenagers," or "(two of them)". */
  static final String ASIDE =
      "(?:\\s*,[^,;.]{1,80}?,|\\s*\\([^()]{1,60}\\)|\\s*[—–]\\s*[^—–;]{1,80}?[—–]|\\s+--[^;]{1,80}?--)?";
  private static final String AUX_WORDS =
      "(?:were|was|are|is|have|has|had|been|being|got|get|gets|remain|remained|remains"
          + "|reportedly|also|all|both|later|each|now|allegedly|critically|seriously|severely"
          + "|slightly|badly|gravely|believed|thought|feared|confirmed|reported|said|to|be|lay"
          + "|lie|lies|still|initially|subsequently|eventually|apparently|then|either|who|that"
          + "|themselves|later|listed|being)";
  static final String AUX = "(?<aux>(?:\\s+" + AUX_WORDS + "){0,4})";
  private static final String YEAR_OLD =
      "(?:\\d{1,3}|" + org.newsextract.number.NumberWords.WORD + ")-year-old";
  /** Capitalised words after a verb that are not the name of a victim. */
  private static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "police", "officers", "the", "a", "an", "in", "on", "at", "by",
      "and", "during", "after", "before", "when", "while", "with", "near", "outside", "inside",
      "early", "late", "last", "this", "that", "today", "tonight", "yesterday", "overnight",
      "about", "around", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "people", "several", "one", "for", "over", "from", "into", "as", "or", "but", "to", "him",
      "her", "them", "his", "their", "it", "its", "himself", "herself", "themselves", "up",
      "down", "off", "out", "i", "we", "you", "they", "he", "she", "there", "here", "because",
      "than", "then", "mr", "mrs", "ms", "dr", "so", "if", "all", "both", "no", "not", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "happened",
      "occurred", "suspect", "victim", "incident", "investigation");
  private static final Set<String> PLURAL_SUBJECTS = Set.of(
      "they", "we", "people", "others", "victims", "men", "women", "children", "both", "all",
      "none", "nobody", "might", "could", "would", "may", "nearly", "almost", "never", "not",
      "should", "must", "to", "can", "will", "many", "some", "residents", "soldiers", "officers",
      "civilians", "members", "thousands", "hundreds", "dozens", "scores", "you", "i", "teens",
      "boys", "girls", "students", "patients", "animals", "dogs", "cats", "horses", "cattle",
      "fish", "or");
  private static final Pattern SERIOUSLY = Pattern.compile(
      "\\b(?:seriously|critically|severely|badly|gravely)\\b");
  /** "the man who killed": a relative clause without a passive is active voice. */
  static final Pattern RELATIVE = Pattern.compile("\\bwho\\b");
  /** A digit or number word: count rules run only on sentences that have one. */
  private static final Pattern NUMBER_WORD = Pattern.compile(
      "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
          + "|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|both"
          + "|several|few|couple|handful|zero)\\b");
  static final Pattern PASSIVE_AUX =
      Pattern.compile("\\b(?:were|was|are|is|been|being|got|get|gets|be)\\b", FLAGS);

  // ---- patterns
  final Pattern subject;
  final Pattern among;
  final Pattern activeDirect;
  final Pattern activeResult;
  final Pattern noun;
  final Pattern toll;
  final Pattern singular;
  final Pattern singularVerb;
  final Pattern singularObject;
  final Pattern singularName;
  final Pattern deathOf;
  final Pattern attributive;
  final Pattern homicideVictim;
  final Pattern died;
  final Pattern negated;
  final Pattern negatedNoun;
  final Pattern notVerb;
  final Pattern including;
  final Pattern fate;
  private final Set<String> singularStarts;
  private final Set<String> activeFirst;
  private final Set<String> resultFirst;
  private final Set<String> tollFirst;
  private static final Set<String> SINGULAR_VERB_FIRST = Set.of("was", "has", "had", "is");
  private static final Set<String> ATTRIBUTIVE_FIRST = Set.of("a", "an", "one", "another", "the");
  private static final Set<String> DEATH_OF_FIRST = Set.of("shooting", "stabbing", "death",
      "assassination", "assassinations", "massacre", "massacres", "execution", "executions",
      "kidnapping", "kidnappings", "abduction", "abductions",
      "deaths", "killing", "killings", "murder", "murders", "slaying", "slayings", "fatal",
      "homicide", "homicides");
  private static final Pattern FATAL = Pattern.compile("fatally|mortally|died|dying|killed|dead");
  private static final Set<String> HOMICIDE_FIRST = Set.of("homicide", "murder", "slaying");
  static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Pattern LAST_WORD = Pattern.compile("([\\w'’-]+)\\s*$");
  private static final Set<String> NEGATED_FIRST = Set.of("no", "nobody", "none", "neither");
  private static final Set<String> NOT_VERB_FIRST =
      Set.of("was", "were", "unharmed", "unhurt", "uninjured", "escaped");

  static final Pattern SINGULAR_AUX =
      Pattern.compile("\\b(?:was|is|has)\\b");
  static final CountPhrase.Value ONE =
      new CountPhrase.Value(1, 1, CountPrecision.EXACT, false);
  private static final Pattern OBJECT_NEXT = Pattern.compile(
      "\\s+(?:(?:a|an|the|his|her|him|them|their|its|my|our|your|himself|herself|themselves"
          + "|each\\s+other|another|police|people|someone|everyone|civilians|one|two|three|four"
          + "|five|six|seven|eight|nine|ten|\\d{1,4}|at\\s+least|more\\s+than|dozens|both|several"
          + "|hundreds)(?![\\w'’-]))", FLAGS);
  static final Pattern PASSIVE_BEFORE = Pattern.compile(
      "\\b(?:was|were|been|being|is|are|be|get|got)\\s+(?:\\w+\\s+){0,1}$", FLAGS);
  private static final Pattern NEGATION_BEFORE = Pattern.compile(
      "(?:\\bno\\s+one|\\bno-one|\\bnobody|\\bnone|\\bneither|\\bno(?:\\s+[\\w-]{1,20}){1,2}"
          + "|\\bnothing)(?:\\s+else)?(?:\\s+of\\s+(?:the|them|those)(?:\\s+[\\w-]{1,20}){0,2})?"
          + "\\s*$", FLAGS);
  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
          + "|april|june|july|august|september|october|november|december|no|number|route"
          + "|highway|interstate|channel|page|aged|age|ages|suite|unit|room|block|grade"
          + "|class|category|level|ward|district|precinct|sector)\\.?|\\bi-|\\bus|\\bsr)\\s*$",
      FLAGS);
  private static final Pattern UPDATE_WORDS = Pattern.compile(
      "\\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|jumped|reached|grew"
          + "|mounted|soared|now|has\\s+hit|hit|revised|updated|raised)\\b", FLAGS);

  CasualtyRules() {
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
    String titleNoun = Lexicon.words(BASE + "title-nouns.txt").stream().map(Lexicon::phraseRegex)
        .collect(Collectors.joining("|", "(?:", ")"));
    String sgNoun = singularNouns.stream().map(Lexicon::phraseRegex)
        .collect(Collectors.joining("|", "(?:", ")"));
    String end = "(?![\\w'’-])";
    lists = new ListedVictims(passive, active, this::victimsOk);

    subject = Pattern.compile(
        COUNT + VICTIMS + ASIDE + AUX + "\\s+(?<cue>" + passive.alternation() + ")" + end, FLAGS);
    among = Pattern.compile(
        COUNT + VICTIMS + AUX + "\\s+(?<cue>among\\s+(?:the|those)\\s+(?:dead|killed|slain"
            + "|injured|wounded|hurt|hostages|missing|kidnapped|abducted|arrested|detained))" + end,
        FLAGS);
    activeDirect = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + active.alternation() + ")\\s+(?:(?:his|her|their|the|its)\\s+)?"
            + COUNT + end
            + "(?<vic>(?:\\s+(?!" + STOP + end + ")" + WORD + "){0,3})", FLAGS);
    activeResult = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + resultVerbs.alternation() + ")\\s+" + COUNT + VICTIMS
            + "\\s+(?<tail>" + results.alternation() + ")" + end, FLAGS);
    noun = Pattern.compile(
        COUNT + "(?<vic>(?:\\s+(?!" + STOP + end + ")" + WORD + "){0,2}?)\\s+(?<cue>"
            + nouns.alternation() + ")" + end, FLAGS);
    toll = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + tolls.alternation() + ")(?<gap>(?:\\s+(?!(?:said|says|and|but)"
            + end + ")[\\w'’-]{1,20}){0,7}?)\\s*[:,]?\\s+" + COUNT, FLAGS);
    singular = Pattern.compile(
        "(?<![\\w'’-])(?<subj>he|she|another|" + sgNoun + "|" + YEAR_OLD + ")" + ASIDE + AUX
            + "\\s+(?<cue>" + passive.alternation() + ")" + end, FLAGS);
    singularVerb = Pattern.compile(
        "(?<![\\w'’-])(?<aux>was|has\\s+been|had\\s+been|is|has|had)(?:\\s+(?:reportedly"
            + "|allegedly|later|also|critically|seriously|severely|slightly|badly|gravely|then"
            + "|apparently|subsequently|eventually|initially|found)){0,2}\\s+(?<cue>"
            + passive.alternation() + ")" + end, FLAGS);
    singularObject = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + active.alternation() + ")\\s+(?:(?:a|an|one|his|her|their|its"
            + "|the)\\s+(?:[\\w'’-]{1,25}\\s+){0,3}?(?:" + sgNoun + "|" + YEAR_OLD
            + ")|him|her|himself|herself|" + YEAR_OLD + "|(?:(?!" + STOP + end + ")[\\w'’-]{1,25}\\s+)"
            + "{0,2}?" + titleNoun + "(?=\\s+(?!" + STOP + end + ")[\\w'’-]))" + end, FLAGS);
    singularName = Pattern.compile(
        "(?<![\\w'’-])(?<cue>" + active.alternation() + ")\\s+(?<name>[\\w'’-]{2,25})" + end,
        FLAGS);
    attributive = Pattern.compile(
        "(?<![\\w'’-])(?:a|an|one|another|the)\\s+(?:(?:critically|seriously|badly|gravely"
            + "|severely)\\s+)?(?<cue>injured|wounded|dead|slain)\\s+(?:[\\w'’-]{1,20}\\s+)?(?<subj>"
            + sgNoun + "|" + YEAR_OLD + ")" + end, FLAGS);
    homicideVictim = Pattern.compile(
        "(?<cue>homicide|murder|slaying)\\s+(?<subj>victim)" + end, FLAGS);
    deathOf = Pattern.compile(
        "(?<![\\w'’-])(?<cue>(?:shooting\\s+|stabbing\\s+)?deaths?|killings?|murders?|slayings?"
            + "|fatal\\s+shootings?|homicides?|assassinations?|massacres?|executions?|kidnappings?"
            + "|abductions?)\\s+of\\s+(?:(?<one>(?:a|an|the|his|her|their|one)"
            + "\\s+(?:[\\w'’-]{1,25}\\s+){0,3}?(?:" + sgNoun + "|" + YEAR_OLD + "))" + end + "|"
            + COUNT + VICTIMS + end + "|(?<name>[\\w'’-]{2,25})" + end + ")", FLAGS);
    died = Pattern.compile(
        "(?<![\\w'’-])(?:(?:later|also|eventually|subsequently|then|had|has|tragically|reportedly"
            + "|instantly)\\s+){0,2}(?<cue>died|dies)" + end, FLAGS);
    negated = Pattern.compile(
        "(?<![\\w'’-])(?<neg>no\\s+one|no-one|nobody|none|neither|no(?:\\s+(?:other|more"
            + "|further|additional))?\\s+(?:[\\w-]{1,20}\\s+)?(?:people|persons|person|one"
            + "|officers?|students?|children|civilians|bystanders|residents|employees|customers"
            + "|passengers|deputies|troopers|soldiers|others?|victims?|injuries|deaths|hostages"
            + "|staff|members|workers|guests))(?:\\s+else)?(?:\\s+of\\s+(?:the|them|those)"
            + "(?:\\s+[\\w-]{1,20}){0,2})?(?:\\s+(?:inside|in|at|on)\\s+(?:the\\s+)?[\\w-]{1,20})?"
            + AUX + "\\s+(?<cue>" + passive.alternation() + ")" + end, FLAGS);
    negatedNoun = Pattern.compile(
        "(?<![\\w'’-])no\\s+(?:other\\s+|further\\s+|serious\\s+|reported\\s+|immediate\\s+"
            + "|known\\s+|additional\\s+|major\\s+|life-threatening\\s+)?(?<cue>injuries|deaths"
            + "|fatalities|casualties|arrests|injury|one\\s+hurt|one\\s+injured|one\\s+killed"
            + "|one\\s+else\\s+was\\s+(?:hurt|injured))" + end, FLAGS);
    notVerb = Pattern.compile(
        "(?<![\\w'’-])(?:was|were)\\s+(?:not|n't|never)\\s+(?:seriously\\s+)?(?<cue>injured"
            + "|hurt|harmed|wounded|killed|shot|struck)" + end
            + "|(?<![\\w'’-])(?<cue2>unharmed|unhurt|uninjured|escaped\\s+injury)" + end, FLAGS);
    including = Pattern.compile(
        "[^.;:!?]{0,50}?(?<![\\w'’-])(?:including|among\\s+them|among\\s+whom"
            + "|among\\s+those|among\\s+the\\s+dead\\s+(?:were|are))\\s+" + COUNT
            + "(?<vic>(?:\\s+(?!" + STOP + end + ")" + WORD + "){0,3})", FLAGS);
    fate = Pattern.compile(
        "\\s*(?:,|;|–|—|-)?\\s*(?:with\\s+|and\\s+|of\\s+whom\\s+|of\\s+them\\s+)?" + COUNT
            + "(?:\\s+of\\s+(?:them|whom|those|the\\s+victims))?(?:\\s+(?:later|since|have|has"
            + "|had|subsequently|was|were|is|are|who|remain|remains|still))*\\s+(?<fate>fatally"
            + "|mortally|died|dying|killed|dead|critically|seriously|in\\s+(?:critical|serious"
            + "|grave)\\s+condition)" + end, FLAGS);
    Set<String> starts = new java.util.HashSet<>(NUMBER_WORDS);
    starts.addAll(List.of("he", "she", "another"));
    for (String noun : singularNouns) {
      starts.add(noun.split(" ")[0]);
    }
    singularStarts = Set.copyOf(starts);
    activeFirst = firstWords(active);
    resultFirst = firstWords(resultVerbs);
    tollFirst = firstWords(tolls);
  }

  /** Finds every candidate count in one sentence {@code [from, to)} of {@code text}. */
  List<Candidate> find(String text, String lower, int from, int to, int sentence) {
    List<Candidate> out = new ArrayList<>();
    CharSequence s = lower.subSequence(from, to);
    if (!hasCueStem(s)) {
      return out;
    }
    boolean counts = NUMBER_WORD.matcher(s).find();
    Words words = new Words(s);
    int[] starts = counts ? words.countStarts() : new int[0];
    int[] cursor = new int[2];
    Matcher m = subject.matcher(s).useTransparentBounds(true);
    while (nextCount(m, s, starts, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      if (kind == null || !victimsOk(m.group("vic")) || badBefore(s, m.start())
          || isAge(s, m)) {
        continue;
      }
      String aux = m.group("aux");
      boolean passiveVoice = aux != null && PASSIVE_AUX.matcher(aux).find();
      if (!passiveVoice && (looksActive(s, m.end()) || RELATIVE.matcher(aux).find())) {
        continue;
      }
      addCount(out, "subject", text, from, m, m.start(), m.end(), kind, vicSpan(text, from, m),
          sentence, false);
    }
    lists.find(text, from, s, sentence, words, starts, out);
    m = among.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    while (nextCount(m, s, starts, cursor)) {
      String cue = m.group("cue").toLowerCase(Locale.ROOT);
      String what = cue.substring(cue.lastIndexOf(' ') + 1).trim();
      Kind kind = kindOf(passive, what);
      if (kind == null || !victimsOk(m.group("vic")) || badBefore(s, m.start())) {
        continue;
      }
      addCount(out, "among", text, from, m, m.start(), m.end(), kind, vicSpan(text, from, m),
          sentence, false);
    }
    m = activeDirect.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] activeDirectAt = counts ? words.startsOf(activeFirst) : new int[0];
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
    m = activeResult.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] activeResultAt = counts ? words.startsOf(resultFirst) : new int[0];
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
    m = noun.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    while (nextCount(m, s, starts, cursor)) {
      Kind kind = kindOf(nouns, m.group("cue"));
      if (kind == null || !victimsOk(m.group("vic")) || badBefore(s, m.start())
          || isAge(s, m)) {
        continue;
      }
      addCount(out, "noun", text, from, m, m.start(), m.end(), kind, vicSpan(text, from, m),
          sentence, false);
    }
    m = toll.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] tollAt = counts ? words.startsOf(tollFirst) : new int[0];
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
    m = singular.matcher(s).useTransparentBounds(true);
    int[] subjects = words.startsOfDigitsOr(singularStarts);
    cursor = new int[2];
    while (nextCount(m, s, subjects, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      String aux = m.group("aux");
      boolean passiveVoice = aux != null && PASSIVE_AUX.matcher(aux).find();
      if (kind == null || (!passiveVoice && (looksActive(s, m.end())
          || RELATIVE.matcher(aux).find()))
          || NEGATION_BEFORE.matcher(s.subSequence(Math.max(0, m.start() - 30), m.start()))
              .find()) {
        continue;
      }
      out.add(one("singular", text, from, m.start(), m.end(), m.start("cue"), kind,
          Optional.of(TextSpan.of(text, from + m.start("subj"), from + m.end("subj"))),
          sentence));
    }
    m = singularVerb.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] singularVerbAt = words.startsOf(SINGULAR_VERB_FIRST);
    while (nextCount(m, s, singularVerbAt, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      if (kind == null || looksActive(s, m.end()) && !m.group("aux").toLowerCase(Locale.ROOT)
          .matches("was|is|has\\s+been|had\\s+been")) {
        continue;
      }
      if (m.group("aux").toLowerCase(Locale.ROOT).matches("has|had")
          && !m.group("cue").toLowerCase(Locale.ROOT).matches("died|dies")) {
        continue;
      }
      CharSequence before = s.subSequence(Math.max(0, m.start() - 40), m.start());
      if (NEGATION_BEFORE.matcher(before).find()) {
        continue; // the negated rule reads these
      }
      Matcher last = LAST_WORD.matcher(before);
      if (last.find() && notVictims.contains(last.group(1))) {
        continue; // "the car was hit by gunfire"
      }
      out.add(one("singular-verb", text, from, m.start(), m.end(), m.start("cue"), kind,
          Optional.empty(), sentence));
    }
    m = singularObject.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] singularObjectAt = words.startsOf(activeFirst);
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
    m = singularName.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] singularNameAt = words.startsOf(activeFirst);
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
          // in upper-case wire copy every word looks like a name
          || cueText.equals(cueText.toUpperCase(Locale.ROOT))
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
    m = attributive.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] attributiveAt = words.startsOf(ATTRIBUTIVE_FIRST);
    while (nextCount(m, s, attributiveAt, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      if (kind != null) {
        out.add(one("attributive", text, from, m.start(), m.end(), m.start("cue"), kind,
            Optional.of(TextSpan.of(text, from + m.start("subj"), from + m.end("subj"))),
            sentence));
      }
    }
    m = homicideVictim.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] homicideAt = words.startsOf(HOMICIDE_FIRST);
    while (nextCount(m, s, homicideAt, cursor)) {
      out.add(one("attributive", text, from, m.start(), m.end(), m.start("cue"), Kind.KILLED,
          Optional.of(TextSpan.of(text, from + m.start("subj"), from + m.end("subj"))),
          sentence));
    }
    m = deathOf.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] deathOfAt = words.startsOf(DEATH_OF_FIRST);
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
    m = died.matcher(s);
    while (m.find()) {
      int w = m.start();
      while (w > 0 && Character.isWhitespace(s.charAt(w - 1))) {
        w--;
      }
      int wEnd = w;
      while (w > 0 && !Character.isWhitespace(s.charAt(w - 1)) && wEnd - w < 25) {
        w--;
      }
      String pre = s.subSequence(w, wEnd).toString().replaceAll("[,.;:]+$", "");
      if (pre.isEmpty() || PLURAL_SUBJECTS.contains(pre) || CountPhrase.bounds(pre).isPresent()
          || NEGATION_BEFORE.matcher(s.subSequence(Math.max(0, w - 30), wEnd)).find()) {
        continue;
      }
      out.add(one("died", text, from, m.start("cue"), m.end(), m.start("cue"), Kind.KILLED,
          Optional.empty(), sentence));
    }
    m = negated.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] negatedAt = words.startsOf(NEGATED_FIRST);
    while (nextCount(m, s, negatedAt, cursor)) {
      Kind kind = kindOf(passive, m.group("cue"));
      if (kind != null) {
        // "nobody was seriously hurt" says nothing about minor injuries
        String rule = SERIOUSLY.matcher(m.group("aux")).find() ? "not-seriously" : "negated";
        out.add(zero(rule, text, from, m.start(), m.end(), m.start("cue"), kind, sentence));
      }
    }
    m = negatedNoun.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] negatedNounAt = words.startsOf(NEGATED_FIRST);
    while (nextCount(m, s, negatedNounAt, cursor)) {
      String cue = m.group("cue").toLowerCase(Locale.ROOT);
      Kind kind = cue.startsWith("death") || cue.startsWith("fatal") || cue.endsWith("killed")
          ? Kind.KILLED
          : cue.startsWith("arrest") ? Kind.ARRESTED : Kind.INJURED;
      out.add(zero("negated-noun", text, from, m.start(), m.end(), m.start("cue"), kind,
          sentence));
    }
    m = notVerb.matcher(s).useTransparentBounds(true);
    cursor = new int[2];
    int[] notVerbAt = words.startsOf(NOT_VERB_FIRST);
    while (nextCount(m, s, notVerbAt, cursor)) {
      String cue = (m.group("cue") != null ? m.group("cue") : m.group("cue2"))
          .toLowerCase(Locale.ROOT);
      Kind kind = cue.equals("killed") ? Kind.KILLED : Kind.INJURED;
      int cueStart = m.group("cue") != null ? m.start("cue") : m.start("cue2");
      out.add(zero("not-harmed", text, from, m.start(), m.end(), cueStart, kind, sentence));
    }
    return subCounts(text, from, s, sentence, out);
  }

  /** "A toll of one person wounded": the count after a toll says another fate. */
  private static final Pattern OTHER_FATE_NEXT = Pattern.compile(
      "(?:\\s+(?!(?:and|or|but|in|on|at)(?![\\w'’-]))[\\w'’-]{1,25}){0,3}?\\s+(?:were\\s+|was\\s+)?"
          + "(?:wounded|injured|hurt|kidnapped|abducted|missing|arrested|detained)(?![\\w'’-])");

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
    String last = g.substring(g.lastIndexOf(' ') + 1).replaceAll("[,:;]+$", "");
    return gap.endsWith(",") || gap.endsWith(":") || TOLL_JOINS.contains(last);
  }

  /** Words that are (part of) a number: a count holds one of these or a digit. */
  private static final Set<String> NUMBER_WORDS = Set.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "zero",
      "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
      "scores", "tens", "several", "both", "few", "couple", "handful");

  private static Set<String> firstWords(Lexicon.Cues cues) {
    Set<String> out = new java.util.HashSet<>();
    for (String phrase : cues.kindByPhrase().keySet()) {
      out.add(phrase.split("[^\\p{L}\\p{N}]")[0]);
    }
    return Set.copyOf(out);
  }

  /** The words of a sentence (runs of letters and digits) and where they start. */
  static final class Words {
    private final int[] starts;
    private final String[] words;
    private final boolean[] digit;

    Words(CharSequence s) {
      int[] st = new int[32];
      String[] ws = new String[32];
      boolean[] dg = new boolean[32];
      int n = 0;
      int len = s.length();
      int i = 0;
      while (i < len) {
        if (!Character.isLetterOrDigit(s.charAt(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < len && Character.isLetterOrDigit(s.charAt(j))) {
          j++;
        }
        if (n == st.length) {
          st = java.util.Arrays.copyOf(st, n * 2);
          ws = java.util.Arrays.copyOf(ws, n * 2);
          dg = java.util.Arrays.copyOf(dg, n * 2);
        }
        st[n] = i;
        dg[n] = Character.isDigit(s.charAt(i));
        ws[n++] = j - i <= 25 ? s.subSequence(i, j).toString() : "";
        i = j;
      }
      starts = java.util.Arrays.copyOf(st, n);
      words = java.util.Arrays.copyOf(ws, n);
      digit = java.util.Arrays.copyOf(dg, n);
    }

    /** The starts of the words in {@code set}, in text order. */
    int[] startsOf(Set<String> set) {
      int[] out = new int[starts.length];
      int k = 0;
      for (int i = 0; i < starts.length; i++) {
        if (set.contains(words[i])) {
          out[k++] = starts[i];
        }
      }
      return java.util.Arrays.copyOf(out, k);
    }

    /** The starts of the words that are digits or in {@code set} (words up to 20 chars). */
    int[] startsOfDigitsOr(Set<String> set) {
      int[] out = new int[starts.length];
      int k = 0;
      for (int i = 0; i < starts.length; i++) {
        if (digit[i] || words[i].length() <= 20 && set.contains(words[i])) {
          out[k++] = starts[i];
        }
      }
      return java.util.Arrays.copyOf(out, k);
    }

    /**
     * Where a count may start: each number word or digit, and the three words before it (for
     * "at least 12", "a total of 30", "between 20 and 30").
     */
    int[] countStarts() {
      int[] out = new int[16];
      int k = 0;
      for (int n = 0; n < starts.length; n++) {
        if (digit[n] || words[n].length() <= 9 && NUMBER_WORDS.contains(words[n])) {
          if (k + 4 > out.length) {
            out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
          }
          for (int back = Math.max(0, n - 3); back <= n; back++) {
            if (k == 0 || starts[back] > out[k - 1]) {
              out[k++] = starts[back];
            }
          }
        }
      }
      return java.util.Arrays.copyOf(out, k);
    }
  }

  /** Some word of {@code s} starts with one of the cue stems. */
  private static boolean hasCueStem(CharSequence s) {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z' || i > 0 && Character.isLetter(s.charAt(i - 1))) {
        continue;
      }
      String[] stems = CUE_STEMS[c - 'a'];
      if (stems == null) {
        continue;
      }
      for (String stem : stems) {
        if (len - i >= stem.length() && regionIs(s, i, stem)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean regionIs(CharSequence s, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (s.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Word beginnings that a sentence must have for any rule to match, by first letter. */
  private static final String[][] CUE_STEMS = stems(
      "kill", "dead", "die", "dying", "slain", "murder", "fatal", "mortal", "wound", "injur",
      "hurt", "hospital", "shot", "shoot", "condition", "struck", "hit", "graze", "perish",
      "lives", "life", "lost", "execut", "massacr", "behead", "death", "casualt", "bod", "toll",
      "hostage", "captive", "kidnap", "abduct", "snatch", "seiz", "missing", "unaccounted",
      "arrest", "detain", "custody", "captur", "assassin", "apprehend", "rounded", "displac", "evacu", "homeless",
      "trapped", "strand", "flee", "harm", "treated", "unhurt", "uninjur", "unharm", "victim",
      "gunned", "gunshot", "suffer", "sustain", "airlift", "flown", "rushed", "transported",
      "taken", "sent", "put", "left", "leav", "took", "tak", "held", "hold", "fatalit", "remains",
      "pronounced", "succumb", "escaped", "slay", "homicid", "among", "intensive");

  private static String[][] stems(String... all) {
    String[][] out = new String[26][];
    for (String stem : all) {
      int k = stem.charAt(0) - 'a';
      String[] old = out[k] == null ? new String[0] : out[k];
      String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = stem;
      out[k] = grown;
    }
    return out;
  }

  /** The union of two sorted position lists, sorted. */
  static int[] merge(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      int next = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
      if (k == 0 || out[k - 1] != next) {
        out[k++] = next;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /**
   * Like {@link Matcher#find()} for a pattern that starts with a count, but tries only the
   * positions in {@code starts}: much cheaper than trying every position of the sentence.
   * {@code cursor} holds the next index into {@code starts} and the end of the last match.
   */
  static boolean nextCount(Matcher m, CharSequence s, int[] starts, int[] cursor) {
    while (cursor[0] < starts.length) {
      int start = starts[cursor[0]++];
      if (start < cursor[1]) {
        continue;
      }
      m.region(start, s.length());
      if (m.lookingAt()) {
        cursor[1] = m.end();
        return true;
      }
    }
    return false;
  }

  /** Adds "including five attackers" and "one fatally" counts linked to their total. */
  private List<Candidate> subCounts(String text, int from, CharSequence s, int sentence,
      List<Candidate> found) {
    List<Candidate> out = new ArrayList<>(found);
    for (Candidate c : found) {
      if (c.count() < 2 || c.singular()) {
        continue;
      }
      int at = c.span().end() - from;
      // lookingAt, not find: find would scan the rest of the sentence for every count
      Matcher m = including.matcher(s).useTransparentBounds(true);
      m.region(at, s.length());
      if (m.lookingAt()) {
        Optional<CountPhrase.Value> v = CountPhrase.read(m);
        if (v.isPresent() && v.get().countMax() <= c.countMax() && victimsOk(m.group("vic"))) {
          int start = m.start("num") >= 0 ? m.start("num") : m.start("lo");
          if (m.group("mod") != null) {
            start = m.start("mod");
          }
          out.add(new Candidate("including", TextSpan.of(text, from + start, from + m.end()),
              from + start, c.kind(), v.get().count(), v.get().countMax(), v.get().precision(),
              span(text, from, m, "vic"), sentence, false, false, false,
              Optional.of(c.span())));
        }
      }
      if (c.kind() == Kind.SHOT || c.kind() == Kind.INJURED) {
        m = fate.matcher(s).useTransparentBounds(true);
        m.region(at, s.length());
        if (m.lookingAt()) {
          Optional<CountPhrase.Value> v = CountPhrase.read(m);
          if (v.isPresent() && v.get().countMax() <= c.countMax()) {
            int start = m.start("mod") >= 0 ? m.start("mod")
                : m.start("num") >= 0 ? m.start("num") : m.start("lo");
            // "four shot, one fatally" is a death; "two critically" is part of the injured
            Kind fateKind = FATAL.matcher(m.group("fate")).lookingAt() ? Kind.KILLED
                : Kind.INJURED;
            out.add(new Candidate("fate", TextSpan.of(text, from + start, from + m.end()),
                from + m.start("fate"), fateKind, v.get().count(), v.get().countMax(),
                v.get().precision(), Optional.empty(), sentence, false, false, false,
                Optional.of(c.span())));
          }
        }
      }
    }
    return out;
  }

  private void addCount(List<Candidate> out, String rule, String text, int from, Matcher m,
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

  private static Candidate one(String rule, String text, int from, int start, int end,
      int cueStart, Kind kind, Optional<TextSpan> victims, int sentence) {
    return new Candidate(rule, TextSpan.of(text, from + start, from + end), from + cueStart,
        kind, 1, 1, CountPrecision.EXACT, victims, sentence, true, false, false,
        Optional.empty());
  }

  private static Candidate zero(String rule, String text, int from, int start, int end,
      int cueStart, Kind kind, int sentence) {
    return new Candidate(rule, TextSpan.of(text, from + start, from + end), from + cueStart,
        kind, 0, 0, CountPrecision.EXACT, Optional.empty(), sentence, false, false, false,
        Optional.empty());
  }

  static Kind kindOf(Lexicon.Cues cues, String matched) {
    return matched == null ? null : Kind.of(cues.kindOf(matched)).orElse(null);
  }

  /** The victim words are not a count of something else ("a dozen shots", "27 years"). */
  boolean victimsOk(String vic) {
    if (vic == null || vic.isBlank()) {
      return true;
    }
    String[] words = SPACES.split(vic.trim().toLowerCase(Locale.ROOT));
    if (words[0].equals("of")) {
      return true;
    }
    for (String w : words) {
      if (w.equals("of")) {
        break; // "the two occupants of the car": what follows "of" is where they were
      }
      int end = w.length();
      while (end > 0 && (w.charAt(end - 1) == ',' || w.charAt(end - 1) == '.')) {
        end--;
      }
      if (notVictims.contains(w.substring(0, end).replace('’', '\''))) {
        return false;
      }
    }
    return true;
  }

  /** A number right after a month name, "No." or "Route" is not a count. */
  static boolean badBefore(CharSequence s, int start) {
    return MONTH_BEFORE.matcher(s.subSequence(Math.max(0, start - 14), start)).find();
  }

  private static final Pattern AFTER_NAME = Pattern.compile("[\\w.)’']\\s*,\\s*$");

  /** "Nick Smith, 15, died": a number between commas right after a name is an age. */
  private static boolean isAge(CharSequence s, Matcher m) {
    int start = m.start("num");
    if (start < 0 || m.group("mod") != null || m.group("hi2") != null) {
      return false;
    }
    int end = m.end("num");
    boolean commaAfter = end < s.length() && s.charAt(end) == ',';
    return commaAfter
        && AFTER_NAME.matcher(s.subSequence(Math.max(0, start - 6), start)).find();
  }

  /** A bare verb followed by its object is active voice: "two gunmen killed a guard". */
  static boolean looksActive(CharSequence s, int end) {
    Matcher o = OBJECT_NEXT.matcher(s);
    o.region(end, s.length());
    return o.lookingAt();
  }

  private static boolean looksLikeYear(Matcher m) {
    String n = m.group("num");
    return n != null && n.matches("(?:1[89]|20)\\d\\d") && m.group("mod") == null;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_OF =
      Pattern.compile("^of\\s+(?:(?:the|them|those|these|whom)(?:\\s+|$))?",
          Pattern.CASE_INSENSITIVE);

  private static Optional<TextSpan> vicSpan(String text, int from, Matcher m) {
    return span(text, from, m, "vic");
  }

  private static Optional<TextSpan> span(String text, int from, Matcher m, String group) {
    int a = m.start(group);
    int b = m.end(group);
    if (a < 0 || b <= a) {
      return Optional.empty();
    }
    String g = m.group(group);
    int lead = g.length() - g.stripLeading().length();
    a += lead;
    String rest = text.substring(from + a, from + b);
    Matcher of = LEADING_OF.matcher(rest);
    if (of.find()) {
      a += of.end();
    }
    while (b > a && ",.;".indexOf(text.charAt(from + b - 1)) >= 0) {
      b--;
    }
    return b > a ? Optional.of(TextSpan.of(text, from + a, from + b)) : Optional.empty();
  }
}
