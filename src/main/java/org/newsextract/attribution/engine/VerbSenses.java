package org.newsextract.attribution.engine;

import java.util.Set;
import org.newsextract.pattern.PatternMatch;

/**
 * Whether a cue verb is used in another sense than speech: a broadcast "show", a founding or a
 * search's "found", a naming "called", an "appear" in person, a participle that modifies a
 * noun, an "add to" that increases, a result "posted", a bail "denied", a call "responded"
 * to. Asked by {@link CueSenses}.
 */
final class VerbSenses {
  private VerbSenses() {}

  private static final Set<String> PARTICIPLE_ADJUNCTS = Set.of("online", "by");
  private static final Set<String> WHERE_PUT = Set.of("on", "to", "in", "at", "via", "through");

  /**
   * "show" as a broadcast: after a media word ("TV show", "radio show", "the late night show",
   * "the morning shows") or before "on", "host" or an opening quotation mark; "showing" as the
   * noun for a result ("his strong showing in Iowa").
   */
  static boolean showAsProgram(SentenceTokens ts, PatternMatch m) {
    String cue = ts.lower(m.cueStart());
    if (m.cueEnd() - m.cueStart() != 1) {
      return false;
    }
    String prev = m.cueStart() > 0 ? ts.lower(m.cueStart() - 1) : "";
    String next = m.cueEnd() < ts.size() ? ts.lower(m.cueEnd()) : "";
    if (cue.equals("showing")) {
      // "his strong second-place showing", "a 22 percent showing": the noun, a result
      return m.cueStart() > 0 && (ts.tag(m.cueStart() - 1).equals("ADJ")
          || WordClasses.POSSESSIVE_DETS.contains(prev) || prev.equals("'s")
          || prev.equals("percent"));
    }
    if (cue.equals("shows")) {
      // "the morning shows" (not "ABC News shows": a poll's sponsor)
      return PROGRAM_WORDS.contains(prev) && !prev.equals("news");
    }
    return cue.equals("show") && (PROGRAM_WORDS.contains(prev) || next.equals("on")
        || next.equals("host") || next.equals("hosts") || next.equals("'s") || next.equals("“"));
  }

  private static final Set<String> PROGRAM_WORDS = Set.of("tv", "television", "radio", "talk",
      "morning", "night", "late-night", "news", "daily", "hit", "game", "cooking", "reality",
      "cable", "comedy", "variety");

  /**
   * "find" as a finding takes a clause or an object with a verdict; reflexive, "a way",
   * passive and "to found" uses are other verbs: "found himself quickly again on the trail",
   * "found ways to press his agenda", "when he's found", "helped found Fox News".
   */
  static boolean foundSomethingElse(SentenceTokens ts, PatternMatch m) {
    String head = ts.lower(m.cueEnd() - 1);
    if (!(head.equals("found") || head.equals("finds") || head.equals("find"))) {
      return false;
    }
    String prev = m.cueStart() > 0 ? ts.lower(m.cueStart() - 1) : "";
    if (Lexicons.PASSIVE_AUXILIARIES.contains(prev) || prev.equals("helped")
        || prev.equals("help")) {
      return true;
    }
    if (m.cueEnd() >= ts.size()) {
      return false;
    }
    String next = ts.lower(m.cueEnd());
    int after = m.cueEnd();
    if (after + 1 < ts.size() && next.length() > 4 && next.endsWith("ly")) {
      after++; // "found fatally shot" (the tagger may not call "fatally" an adverb)
    }
    // "family found fatally shot", "man found dead": a passive with its "were" left out, as
    // headlines write it: the family was found, nobody reports a finding
    boolean state = FOUND_STATES.contains(ts.lower(after))
        // ("found reduced crime": a participle before its noun is the finding)
        || ts.lower(after).endsWith("ed") && ts.tag(after).equals("VERB")
            && (after + 1 >= ts.size() || !NOUN_PHRASE_TAGS.contains(ts.tag(after + 1)));
    return REFLEXIVES.contains(next) || next.equals("ways") || next.equals("way")
        || next.equals("a") && m.cueEnd() + 1 < ts.size() && ts.lower(m.cueEnd() + 1).equals("way")
        || state;
  }

  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET",
      "NUM", "PRON");

  /** States a body is found in: "found dead", "found shot", "found unresponsive". */
  private static final Set<String> FOUND_STATES = Set.of("dead", "alive", "shot", "slain",
      "unresponsive", "unconscious", "stabbed", "hanged", "hung", "beaten", "burned", "burnt",
      "murdered", "killed", "wounded", "injured", "missing", "safe", "lying");

  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself",
      "themselves", "myself", "ourselves", "yourself", "yourselves");

  /**
   * "called" after an indefinite noun phrase gives a name: "a super PAC called Future45", "one
   * called therapeutic cloning" (a definite subject still calls: "the senator called it ...").
   */
  static boolean namingCalled(SentenceTokens ts, PatternMatch m) {
    if (m.cueEnd() - m.cueStart() != 1 || !ts.lower(m.cueStart()).equals("called")) {
      return false;
    }
    for (int k = m.cueStart() - 1; k >= 0 && k >= m.cueStart() - 6; k--) {
      String w = ts.lower(k);
      if (w.equals("a") || w.equals("an") || w.equals("one")) {
        return true;
      }
      String t = ts.tag(k);
      // ("A warm-up band called ...": the hyphen of a compound is part of the phrase)
      if (!(t.equals("NOUN") || t.equals("PROPN") || t.equals("ADJ") || t.equals("NUM")
          || w.equals("-") && ts.joinedToPrevious(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "appear" with a place, a time or nothing after it is showing up, not seeming: "will appear
   * in court Wednesday", "stories that have appeared in chain emails", "where Clinton appeared
   * Sunday" (but "appears to be", "appeared tired", "it appears that").
   */
  static boolean appearsInPerson(SentenceTokens ts, PatternMatch m) {
    if (!ts.lower(m.cueEnd() - 1).startsWith("appear")) {
      return false;
    }
    if (m.cueEnd() >= ts.size()) {
      return true;
    }
    String next = ts.lower(m.cueEnd());
    String tag = ts.tag(m.cueEnd());
    return tag.equals("ADP") && !next.equals("to") && !next.equals("that") && !next.equals("as")
        && !next.equals("like") || tag.equals("PUNCT") || tag.equals("PROPN");
  }

  /**
   * A one-word "-ed" cue between a determiner, number, adjective, preposition or verb and a noun
   * modifies the noun: "its list of 25 recommended delegates", "for alleged ties", "investigating
   * alleged payments".
   */
  static boolean attributiveParticiple(SentenceTokens ts, PatternMatch m) {
    if (m.cueEnd() - m.cueStart() != 1 || !ts.lower(m.cueStart()).endsWith("ed")
        || m.cueStart() == 0 || m.cueEnd() >= ts.size()) {
      return false;
    }
    String before = ts.tag(m.cueStart() - 1);
    String after = ts.tag(m.cueEnd());
    boolean modifierBefore = before.equals("DET") || before.equals("NUM")
        || before.equals("ADJ") || before.equals("ADP") || before.equals("VERB");
    return modifierBefore && (after.equals("NOUN") || after.equals("ADJ")
        && m.cueEnd() + 1 < ts.size() && ts.tag(m.cueEnd() + 1).equals("NOUN"));
  }

  /**
   * "add to" with a noun phrase is "increase", not speech: "only added to the picture", "adding
   * to her run of victories" ("added to reporters that ..." still reports).
   */
  static boolean addsToSomething(SentenceTokens ts, PatternMatch m) {
    String head = ts.lower(m.cueEnd() - 1);
    if (!head.startsWith("add") || m.cueEnd() + 1 >= ts.size()) {
      return false;
    }
    int to = m.cueEnd();
    // "added the fees to car loans": a short object, then "to"
    while (to < ts.size() && to < m.cueEnd() + 4 && !ts.lower(to).equals("to")
        && (ts.tag(to).equals("DET") || ts.tag(to).equals("NOUN") || ts.tag(to).equals("ADJ")
            || ts.tag(to).equals("NUM") || ts.tag(to).equals("PRON"))) {
      to++;
    }
    if (to + 1 >= ts.size() || !ts.lower(to).equals("to")) {
      return false;
    }
    for (int k = to + 1; k < ts.size() && k < m.cueEnd() + 6; k++) {
      String w = ts.lower(k);
      if (w.equals("that") || w.equals(":") || WordClasses.isQuote(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A participle right after a noun and followed by "online" or an agent rather than an object
   * or a clause modifies the noun: "a statement posted online", "a video released by the
   * campaign".
   */
  static boolean reducedRelative(SentenceTokens ts, PatternMatch m) {
    String head = ts.lower(m.cueEnd() - 1);
    if (m.cueEnd() - m.cueStart() != 1 || !head.endsWith("ed") || m.cueStart() == 0
        || !ts.tag(m.cueStart() - 1).equals("NOUN") || m.cueEnd() >= ts.size()
        || !(PARTICIPLE_ADJUNCTS.contains(ts.lower(m.cueEnd()))
            // "a statement posted on a website", "a video sent to reporters"
            || TokenWords.is(ts, m.cueStart() - 1, TokenWords.DOCUMENT_NOUN)
                && WHERE_PUT.contains(ts.lower(m.cueEnd())))) {
      return false;
    }
    for (int k = m.cueEnd(); k < ts.size() && k < m.cueEnd() + 4; k++) {
      String w = ts.lower(k);
      if (w.equals("that") || WordClasses.isQuote(w) || w.equals(":")) {
        return false; // "The company announced on Tuesday that ...": a clause follows
      }
    }
    return true;
  }

  static final Set<String> RESULT_VERBS = Set.of("post", "posts", "posted", "posting",
      "add", "adds", "added", "adding", "score", "scores", "scored", "record", "records",
      "recorded", "notch", "notched", "register", "registered", "log", "logged");
  /** What a game or a company posts, adds or records when it is no statement. */
  private static final Set<String> RESULTS = Set.of("win", "wins", "victory", "victories",
      "loss", "losses", "defeat", "draw", "goal", "goals", "point", "points", "run", "runs",
      "touchdown", "touchdowns", "assist", "assists", "try", "tries", "wicket", "wickets",
      "century", "hat-trick", "shutout", "birdie", "lap", "lead", "profit", "profits", "gain",
      "gains", "revenue", "revenues", "earnings", "sales", "deficit", "surplus", "decline",
      "increase", "rise", "growth", "record", "score", "time", "result", "results");

  /** Who find things and people in a search: "Officers found two people with wounds". */
  private static final Set<String> SEARCHERS = Set.of("police", "officers", "officer",
      "deputies", "deputy", "troopers", "firefighters", "rescuers", "searchers", "crews",
      "divers", "troops", "soldiers", "guards", "agents", "responders", "paramedics",
      "medics", "workers", "volunteers", "hikers", "residents", "neighbors", "neighbours");

  /** A searcher heads the source phrase: "Police", "Officers responding to a 911 call". */
  static boolean searchers(SentenceTokens ts, int[] source) {
    for (int k = source[0]; k < source[1]; k++) {
      if (SEARCHERS.contains(ts.lower(k))) {
        return true;
      }
      if (ts.tag(k).equals("VERB") || ts.tag(k).equals("ADP")) {
        return false; // (the head comes before a participle or preposition)
      }
    }
    return false;
  }

  /** What police, firefighters and medics respond to when they say nothing. */
  private static final Set<String> EMERGENCIES = Set.of("call", "calls", "911", "scene",
      "alarm", "alarms", "emergency", "fire", "blaze", "disturbance");

  /** "responding to a 911 call", "responded to the scene": answering an emergency. */
  static boolean answersACall(SentenceTokens ts, PatternMatch m) {
    String verb = ts.lower(m.cueEnd() - 1);
    int k = m.cueEnd();
    if (!verb.startsWith("respond") || k >= ts.size() || !ts.lower(k).equals("to")) {
      return false;
    }
    for (int x = k + 1; x < ts.size() && x <= k + 4; x++) {
      if (EMERGENCIES.contains(ts.lower(x))) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> ATTACK_VERBS = Set.of("attack", "attacks", "attacked",
      "attacking");
  /** What armed men attack when nobody is criticised: "attacked a National Guard post". */
  private static final Set<String> TARGETS = Set.of("post", "posts", "base", "bases", "convoy",
      "convoys", "village", "villages", "town", "towns", "checkpoint", "checkpoints", "station",
      "stations", "building", "buildings", "camp", "camps", "patrol", "patrols", "vehicle",
      "vehicles", "bus", "market", "mosque", "church", "school", "hospital", "embassy", "hotel",
      "position", "positions", "outpost", "outposts", "barracks", "compound", "headquarters",
      "garrison", "airport", "pipeline", "ship", "ships", "train", "prison", "jail");

  static final Set<String> DENY_VERBS = Set.of("deny", "denies", "denied", "denying");
  /** What a court, a border or an office denies someone when it says nothing. */
  private static final Set<String> GRANTS = Set.of("bail", "parole", "entry", "access",
      "permission", "visa", "visas", "asylum", "request", "requests", "application",
      "applications", "appeal", "appeals", "permit", "permits", "admission", "approval",
      "funding", "coverage", "service", "boarding", "custody", "release");

  /**
   * "posted a 3-1 win", "added a second goal", "recorded a $2 billion loss": the object, a few
   * words on, is a result, not a statement; "denied bail to", "denies him entry": a thing
   * withheld, not an allegation denied; "attacked a police post": a raid, not criticism.
   */
  static boolean resultNotStatement(SentenceTokens ts, PatternMatch m) {
    int verb = m.cueEnd() - 1;
    Set<String> objects = ts.is(verb, TokenWords.RESULT_VERB) ? RESULTS
        : ts.is(verb, TokenWords.DENY_VERB) ? GRANTS
        : ts.is(verb, TokenWords.ATTACK_VERB) ? TARGETS : null;
    if (objects == null) {
      return false;
    }
    for (int k = m.cueEnd(); k < ts.size() && k < m.cueEnd() + 5; k++) {
      String w = ts.lower(k);
      if (objects.contains(w)) {
        return true;
      }
      if (w.equals("that") || w.equals(",") || w.equals(":") || WordClasses.isQuote(w)
          || ts.tag(k).equals("VERB") || ts.tag(k).equals("ADP")) {
        return false;
      }
    }
    return false;
  }

  /** What people show at a door or a desk, not a finding: "show photo identification". */
  private static final Set<String> CREDENTIALS = Set.of("identification", "id", "ids",
      "passport", "passports", "license", "licence", "licenses", "papers", "badge", "badges",
      "ticket", "tickets", "receipt", "receipts", "documentation", "proof");

  /**
   * "required voters to show photo identification": a show-cue whose object's head, within its
   * first three words, is a credential.
   */
  static boolean showsCredentials(SentenceTokens ts, PatternMatch m) {
    if (!ts.lower(m.cueEnd() - 1).startsWith("show") || !m.has("content")) {
      return false;
    }
    int[] content = m.slots().get("content");
    for (int k = content[0]; k < content[1] && k < content[0] + 3; k++) {
      if (CREDENTIALS.contains(ts.lower(k))) {
        return true;
      }
      if (ts.lower(k).equals(",") || ts.lower(k).equals("that")) {
        return false;
      }
    }
    return false;
  }

  /** "had been cited for safety violations": a passive "cited for" is a penalty. */
  static boolean citedForOffence(SentenceTokens ts, PatternMatch m) {
    return ts.lower(m.cueEnd() - 1).equals("cited") && m.cueEnd() < ts.size()
        && m.cueStart() > 0 && ts.lower(m.cueEnd()).equals("for")
        && TokenWords.is(ts, m.cueStart() - 1, TokenWords.PASSIVE_AUXILIARY);
  }

  /**
   * "Police were called to 942 Main Street", "crews were called to the scene": sent somewhere,
   * not named or criticised ("was called to testify" keeps its verb after "to").
   */
  static boolean calledOut(SentenceTokens ts, PatternMatch m) {
    int c = m.cueEnd() - 1;
    if (!ts.lower(c).equals("called") || c == 0 || c + 2 >= ts.size()) {
      return false;
    }
    String prev = ts.lower(c - 1);
    String next = ts.lower(c + 1);
    return (Lexicons.PASSIVE_AUXILIARIES.contains(prev) || prev.equals("got")
        || prev.equals("get"))
        && (next.equals("to") && !ts.tag(c + 2).equals("VERB") && !ts.tag(c + 2).equals("AUX")
            || next.equals("into") || next.equals("out"));
  }

  /** Where a tip goes: "Crime Stoppers", "the tip line", "a hotline", a phone number. */
  static final java.util.regex.Pattern TIP_LINE = java.util.regex.Pattern.compile(
      "(?i)crime\\s?stoppers|\\btip[- ]?line|\\bhotline|\\btips?\\b|\\banyone with information"
          + "|\\d{3}[-.)]\\s?\\d{3}[-.]\\d{4}|\\d{3}-\\d{4}|\\(\\d{3}\\)");
  /** Words an appeal addresses its readers with. */
  static final Set<String> READERS = Set.of("anyone", "anybody", "you", "those");
  static final Set<String> ANYONE = Set.of("anyone", "anybody", "those", "you",
      "people", "witnesses", "residents", "information", "tips");

  /**
   * A "source" that is who the appeal is to ("Anyone with information", "Those who wish to
   * remain anonymous") or a scrap of it ("333-2677 or"), not someone making it.
   */
  private static boolean appealedTo(SentenceTokens ts, int[] source) {
    String last = ts.lower(source[1] - 1);
    if (last.equals("or") || last.equals("and") || Character.isDigit(last.charAt(0))) {
      return true;
    }
    if (source[1] - source[0] == 1 && last.equals("who") && source[0] > 0
        && TokenWords.is(ts, source[0] - 1, TokenWords.ANYONE)) {
      return true; // "Anyone who wants to give information can call"
    }
    for (int k = source[0]; k < source[1]; k++) {
      if (ts.is(k, TokenWords.ANYONE) && (k == source[0] || !ts.lower(k).equals("people"))) {
        return true;
      }
    }
    return false;
  }
  static final Set<String> APPEALS = Set.of("asked", "urged", "encouraged",
      "requested", "call", "contact", "asks", "urges", "encourages");

  /**
   * "Anyone with information is asked to call Crime Stoppers at 555-1234", "please call the
   * homicide tip line", "Anyone who wants to stay anonymous can call": an appeal for tips, the
   * page's request, nobody's statement (a source making the appeal keeps it: "Police asked").
   */
  static boolean tipAppeal(SentenceTokens ts, PatternMatch m) {
    boolean appeal = TokenWords.is(ts, m.cueEnd() - 1, TokenWords.APPEAL);
    boolean toAnyone = m.has("source") && appealedTo(ts, m.slots().get("source"));
    if (m.has("source") && !toAnyone) {
      return false; // ("The mayor urged residents to send tips": the mayor's appeal)
    }
    // a cue with no source in an appeal to anyone: "Anyone who knows him can call" (its
    // "knows" and "can call" are the reader's, not a statement)
    if (!appeal && !toAnyone && !ts.addressesReaders()) {
      return false; // (most source-less cues: no sentence text built, no regex run)
    }
    return ts.hasTipLine();
  }

  /** "reported by Thursday evening": "by" a time is a deadline, no agent. */
  static boolean byATime(SentenceTokens ts, PatternMatch m) {
    return m.cueEnd() + 1 < ts.size() && ts.lower(m.cueEnd()).equals("by")
        && (WordClasses.TIME_WORDS.contains(ts.lower(m.cueEnd() + 1))
            || WordClasses.timeHead(ts.lower(m.cueEnd() + 1)));
  }

  /** Ways a message travels: "by phone", "by email" (not who sent it). */
  private static final Set<String> MEANS = Set.of("phone", "telephone", "email", "e-mail",
      "text", "mail", "fax", "video", "videolink", "satellite", "radio", "letter", "courier",
      "hand", "post");

  /** "reported by phone that ...", "told by email": "by" a means, no agent. */
  static boolean byMeans(SentenceTokens ts, PatternMatch m) {
    // only where "by" brings the source in: "X said by phone that ..." keeps X
    // (or what the pattern takes for the content: "were reported | by phone to the station")
    int by = ts.lower(m.cueEnd() - 1).equals("by") ? m.cueEnd() - 1
        : m.cueEnd() < ts.size() && ts.lower(m.cueEnd()).equals("by")
            && (m.patternId().startsWith("by-agent")
                || m.has("content") && m.slots().get("content")[0] == m.cueEnd()) ? m.cueEnd()
        : -1;
    return by >= 0 && by + 1 < ts.size() && MEANS.contains(ts.lower(by + 1));
  }

  /** Participles that, right before "for", read as a headline's passive. */
  private static final Set<String> BLAMED = Set.of("blamed", "criticized", "criticised",
      "praised", "faulted", "slammed", "condemned", "accused", "hailed");

  /** "Pilot error blamed for crash": the phrase before the participle is its object. */
  static boolean headlinePassive(SentenceTokens ts, PatternMatch m) {
    return m.has("source") && m.cueEnd() - m.cueStart() == 1 && m.cueEnd() < ts.size()
        && ts.lower(m.cueEnd()).equals("for") && BLAMED.contains(ts.lower(m.cueStart()))
        && m.slots().get("source")[1] == m.cueStart();
  }

  /**
   * "as demand slows", "the demand for housing", "strong demand": "demand" is the noun after
   * "as", a determiner, a preposition or an adjective, before a verb, and before "for" unless a
   * subject (a pronoun, a name, a plural noun) stands right before it ("Residents demand for").
   */
  static boolean demandNoun(SentenceTokens ts, PatternMatch m) {
    if (m.cueEnd() - m.cueStart() != 1 || m.cueStart() == 0
        || !ts.lower(m.cueStart()).equals("demand")) {
      return false;
    }
    String before = ts.lower(m.cueStart() - 1);
    String tag = ts.tag(m.cueStart() - 1);
    String next = m.cueEnd() < ts.size() ? ts.tag(m.cueEnd()) : "PUNCT";
    boolean plural = before.endsWith("s") && !before.endsWith("ss");
    if (before.equals("as") || tag.equals("DET") || tag.equals("ADP") || tag.equals("ADJ")
        || next.equals("VERB") || next.equals("AUX")) {
      return true; // ("Strong demand pushed prices up": the noun is the next verb's subject)
    }
    if (next.equals("PUNCT")) {
      // "any ransom demand,": nothing a verb would demand, unless a pronoun or a plural
      // before it demands ("“...,” they demand.")
      return !tag.equals("PRON") && !plural;
    }
    boolean subject = tag.equals("PRON") || tag.equals("PROPN") || tag.equals("NOUN") && plural;
    return !subject && ts.lower(m.cueEnd()).equals("for");
  }

  /** "fired without saying a word": nothing was said. */
  static boolean withoutSaying(SentenceTokens ts, PatternMatch m) {
    return m.cueStart() > 0 && ts.lower(m.cueStart() - 1).equals("without");
  }

  /** Participles that, right before "of", are said of the one accused. */
  private static final Set<String> ACCUSED = Set.of("accused", "suspected", "convicted");

  /**
   * "shipping companies accused of helping Iran", "Mayor accused of taking bribes": the phrase
   * before is the accused, no accuser ("accused his rival of lying" has its object between).
   */
  static boolean accusedOf(SentenceTokens ts, PatternMatch m) {
    // ("who he accused of", "whom she has accused of": active, the object is the relative)
    return m.cueEnd() - m.cueStart() == 1 && m.cueStart() > 0 && m.cueEnd() < ts.size()
        && ts.lower(m.cueEnd()).equals("of") && ACCUSED.contains(ts.lower(m.cueStart()))
        && (ts.tag(m.cueStart() - 1).equals("NOUN") || ts.tag(m.cueStart() - 1).equals("PROPN"));
  }
}
