package org.newsextract.attribution.engine;

import java.util.Set;
import org.newsextract.pattern.PatternMatch;

/**
 * Whether a cue word that a pattern matched is used in its speech sense here: the answers to
 * "is this 'show' a broadcast, this 'found' a founding, this 'posted' a score?". Each check
 * reads a few tokens around the cue. Internal to the attribution layer.
 */
final class CueSenses {
  private CueSenses() {}

  private static final Set<String> PARTICIPLE_ADJUNCTS = Set.of("online", "by");
  /** "who asked not to be named", "said, asking not to be identified". */
  private static final Set<String> ASKED = Set.of("asked", "requested", "asking",
      "requesting");
  private static boolean askedToStayUnnamed(SentenceTokens ts, PatternMatch m) {
    String head = ts.lower(m.cueEnd() - 1);
    if (!ASKED.contains(head)) {
      return false;
    }
    for (int k = m.cueEnd(); k + 1 < ts.size() && k < m.cueEnd() + 5; k++) {
      if ((ts.lower(k).equals("name") || ts.lower(k).equals("names"))
          && (ts.lower(k + 1).equals("not") || ts.lower(k + 1).equals("be"))) {
        return true;
      }
      // "who asked not to be named", "who requested anonymity"
      if (ts.lower(k).equals("anonymity") || k + 3 < ts.size() && ts.lower(k).equals("not")
          && ts.lower(k + 1).equals("to") && ts.lower(k + 2).equals("be")
          && UNNAMED_PARTICIPLES.contains(ts.lower(k + 3))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> UNNAMED_PARTICIPLES = Set.of("named", "identified",
      "quoted");

  private static final Set<String> UNNAMED_BECAUSE = Set.of("anonymity", "publicly",
      "authorized", "authorised", "permitted", "allowed");
  private static final Set<String> WHERE_PUT = Set.of("on", "to", "in", "at", "via", "through");
  private static final Set<String> PHRASAL_PARTICLES =
      Set.of("up", "off", "down", "away", "back", "around", "out");

  /**
   * A cue is no cue inside markup ("&lt;tweet author=...&gt;") or as a part of a hyphenated
   * compound ("so-called", "self-described", "sought-after"); and a cue with no source to lean
   * on must be read as a verb ("the show", "a call").
   */
  static boolean plausibleCue(String text, SentenceTokens ts, PatternMatch m) {
    int start = ts.token(m.cueStart()).start();
    if (start > 0 && (text.charAt(start - 1) == '<' || text.charAt(start - 1) == '-'
        || text.charAt(start - 1) == '/' && start > 1 && text.charAt(start - 2) == '<')) {
      return false;
    }
    int end = ts.token(m.cueEnd() - 1).end();
    if (end + 1 < text.length() && text.charAt(end) == '-'
        && Character.isLetter(text.charAt(end + 1))) {
      return false; // "a sought-after interviewer": the head of a hyphenated compound
    }
    if (m.cueEnd() < ts.size() && PHRASAL_PARTICLES.contains(ts.lower(m.cueEnd()))) {
      return false; // "showed up", "backed down", "called off": another verb than the cue
    }
    if (reducedRelative(ts, m)) {
      return false; // "a statement posted online": the statement is what was posted
    }
    if (ts.lower(m.cueEnd() - 1).equals("that") && m.cueEnd() < ts.size() && m.cueStart() > 0
        && (ts.tag(m.cueEnd()).equals("AUX") || ts.tag(m.cueEnd()).equals("VERB"))
        && (ts.tag(m.cueStart() - 1).equals("NOUN") || ts.tag(m.cueStart() - 1).equals("ADJ"))) {
      return false; // "the stock figures that were released": a noun and its relative clause
    }
    if (m.cueStart() >= 2 && ts.lower(m.cueStart() - 1).equals("to")
        && UNNAMED_BECAUSE.contains(ts.lower(m.cueStart() - 2))) {
      return false; // "spoke on condition of anonymity to discuss ...": why, not what
    }
    if (askedToStayUnnamed(ts, m)) {
      return false; // "who asked that her name not be used": why unnamed, not a statement
    }
    if (addsToSomething(ts, m)) {
      return false; // "only added to the picture", "added the fees to car loans"
    }
    if (ts.lower(m.cueEnd() - 1).equals("think") && m.cueEnd() < ts.size()
        && ts.lower(m.cueEnd()).startsWith("tank")) {
      return false; // "a conservative think tank"
    }
    if (showAsProgram(ts, m)) {
      return false; // "on radio show Joney's Jukebox", "the Breitbart News Daily show on XM"
    }
    if (foundSomethingElse(ts, m)) {
      return false; // "found himself at the center", "found ways to", "helped found Fox News"
    }
    if (namingCalled(ts, m)) {
      return false; // "a company called Cambridge Analytica": a name, not an attribution
    }
    if (appearsInPerson(ts, m)) {
      return false; // "will appear in court Wednesday", "where Clinton appeared Sunday"
    }
    if (attributiveParticiple(ts, m)) {
      return false; // "25 recommended delegates", "alleged ties", "for added comfort"
    }
    if (answersACall(ts, m)) {
      return false; // "Officers responding to a 911 call found", "crews responded to the scene"
    }
    if (resultNotStatement(ts, m)) {
      return false; // "posted a 3-1 win", "added a second goal", "denied bail to"
    }
    if (headlineNounBeforeVerb(ts, m)) {
      return false; // "Bomb Blast Kills 23 in Lahore": the cue word is a noun here
    }
    if (pageLabel(ts, m)) {
      return false; // "READ MORE:", "WATCH BELOW:", "Photo:": page furniture, not a source
    }
    if (m.has("source") && m.cueEnd() < ts.size() && ts.lower(m.cueEnd()).equals("by")
        && Lexicons.PASSIVE_PARTICIPLES.contains(ts.lower(m.cueEnd() - 1))
        && !m.patternId().startsWith("by-agent") && !m.patternId().equals("reported-by")) {
      return false; // "Nader, still excoriated by Democrats": Democrats excoriate, not Nader
    }
    if (m.patternId().equals("say-inverted") && m.has("content")
        && !clauseWithVerb(ts, m.slots().get("content"))) {
      return false; // "Prime Minister Claire Bowen, visiting the area, promised funds": no "X,
      // promised funds" inversion, the subject comes first
    }
    if (m.patternId().equals("found-clause") && m.has("content") && m.has("source")
        && searchers(ts, m.slots().get("source"))
        && !clauseWithVerb(ts, m.slots().get("content"))) {
      return false; // "Police found two bodies in the house": a search, not a finding reported
    }
    if (discourseMarker(ts, m)) {
      return false; // "That said, the audience skews older": "nevertheless", nobody speaks
    }
    if (m.cueEnd() - m.cueStart() == 1 && Lexicons.CLAIM_NOUNS.contains(ts.lower(m.cueStart()))
        && m.cueEnd() + 1 < ts.size() && ts.lower(m.cueEnd()).equals("that")
        && (ts.tag(m.cueEnd() + 1).equals("AUX") || ts.tag(m.cueEnd() + 1).equals("VERB"))) {
      return false; // "..., comments that were echoed by aides": a noun and its relative clause
    }
    if (m.patternId().equals("claim-noun-pronoun") && m.has("source")
        && (m.slots().get("source")[1] != m.cueStart()
            || !NounChunks.POSSESSIVE_DETS.contains(ts.lower(m.cueStart() - 1)))) {
      // "her claim that", not "..., comments that were echoed" with the sentence's subject
      return false;
    }
    if (m.has("source") || m.has("recipient")) {
      return true;
    }
    if (groupNounOpening(ts, m)) {
      return false; // "But advocates within the field cite ...": the subject, not a cue
    }
    if (passiveWithoutAgent(ts, m)) {
      return false; // "the deal could be announced Monday": an event, not a statement
    }
    for (int k = m.cueStart(); k < m.cueEnd(); k++) {
      if (ts.tag(k).equals("VERB") || ts.tag(k).equals("ADP") || ts.tag(k).equals("PUNCT")
          || k == m.cueEnd() - 1 && k > m.cueStart() && ts.lower(k).equals("that")) {
        return true; // "complaints that he is a crusader": a noun and its content clause
      }
    }
    return false;
  }

  /**
   * "show" as a broadcast: after a media word ("TV show", "radio show", "the late night show")
   * or before "on", "host" or an opening quotation mark.
   */
  private static boolean showAsProgram(SentenceTokens ts, PatternMatch m) {
    if (m.cueEnd() - m.cueStart() != 1 || !ts.lower(m.cueStart()).equals("show")) {
      return false;
    }
    String prev = m.cueStart() > 0 ? ts.lower(m.cueStart() - 1) : "";
    String next = m.cueEnd() < ts.size() ? ts.lower(m.cueEnd()) : "";
    return PROGRAM_WORDS.contains(prev) || next.equals("on") || next.equals("host")
        || next.equals("hosts") || next.equals("'s") || next.equals("“");
  }

  private static final Set<String> PROGRAM_WORDS = Set.of("tv", "television", "radio", "talk",
      "morning", "night", "late-night", "news", "daily", "hit", "game", "cooking", "reality",
      "cable", "comedy", "variety");

  /**
   * "find" as a finding takes a clause or an object with a verdict; reflexive, "a way",
   * passive and "to found" uses are other verbs: "found himself quickly again on the trail",
   * "found ways to press his agenda", "when he's found", "helped found Fox News".
   */
  private static boolean foundSomethingElse(SentenceTokens ts, PatternMatch m) {
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
    return REFLEXIVES.contains(next) || next.equals("ways") || next.equals("way")
        || next.equals("a") && m.cueEnd() + 1 < ts.size() && ts.lower(m.cueEnd() + 1).equals("way");
  }

  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself",
      "themselves", "myself", "ourselves", "yourself", "yourselves");

  /**
   * "called" after an indefinite noun phrase gives a name: "a super PAC called Future45", "one
   * called therapeutic cloning" (a definite subject still calls: "the senator called it ...").
   */
  private static boolean namingCalled(SentenceTokens ts, PatternMatch m) {
    if (m.cueEnd() - m.cueStart() != 1 || !ts.lower(m.cueStart()).equals("called")) {
      return false;
    }
    for (int k = m.cueStart() - 1; k >= 0 && k >= m.cueStart() - 4; k--) {
      String w = ts.lower(k);
      if (w.equals("a") || w.equals("an") || w.equals("one")) {
        return true;
      }
      String t = ts.tag(k);
      if (!(t.equals("NOUN") || t.equals("PROPN") || t.equals("ADJ") || t.equals("NUM"))) {
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
  private static boolean appearsInPerson(SentenceTokens ts, PatternMatch m) {
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
  private static boolean attributiveParticiple(SentenceTokens ts, PatternMatch m) {
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
  private static boolean addsToSomething(SentenceTokens ts, PatternMatch m) {
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
      if (w.equals("that") || w.equals(":") || NounChunks.isQuote(w)) {
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
  private static boolean reducedRelative(SentenceTokens ts, PatternMatch m) {
    String head = ts.lower(m.cueEnd() - 1);
    if (m.cueEnd() - m.cueStart() != 1 || !head.endsWith("ed") || m.cueStart() == 0
        || !ts.tag(m.cueStart() - 1).equals("NOUN") || m.cueEnd() >= ts.size()
        || !(PARTICIPLE_ADJUNCTS.contains(ts.lower(m.cueEnd()))
            // "a statement posted on a website", "a video sent to reporters"
            || Lexicons.DOCUMENT_NOUNS.contains(ts.lower(m.cueStart() - 1))
                && WHERE_PUT.contains(ts.lower(m.cueEnd())))) {
      return false;
    }
    for (int k = m.cueEnd(); k < ts.size() && k < m.cueEnd() + 4; k++) {
      String w = ts.lower(k);
      if (w.equals("that") || NounChunks.isQuote(w) || w.equals(":")) {
        return false; // "The company announced on Tuesday that ...": a clause follows
      }
    }
    return true;
  }

  private static boolean passiveWithoutAgent(SentenceTokens ts, PatternMatch m) {
    String head = ts.lower(m.cueEnd() - 1);
    // only verbs of reporting: "was criticized", "has been asked about" judge or address
    // someone and stay attributions with an implicit source
    if (!(head.endsWith("ed") || head.endsWith("en") || head.equals("said"))
        || !Lexicons.SAY.contains(head) || Lexicons.TELL.contains(head)) {
      return false;
    }
    int k = m.cueStart() - 1; // an auxiliary inside the cue is the pattern's own ("is expected")
    while (k >= 0 && ts.tag(k).equals("ADV")) {
      k--;
    }
    return k >= 0 && Lexicons.PASSIVE_AUXILIARIES.contains(ts.lower(k));
  }


  private static final Set<String> RESULT_VERBS = Set.of("post", "posts", "posted", "posting",
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
  private static boolean searchers(SentenceTokens ts, int[] source) {
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
  private static boolean answersACall(SentenceTokens ts, PatternMatch m) {
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

  private static final Set<String> DENY_VERBS = Set.of("deny", "denies", "denied", "denying");
  /** What a court, a border or an office denies someone when it says nothing. */
  private static final Set<String> GRANTS = Set.of("bail", "parole", "entry", "access",
      "permission", "visa", "visas", "asylum", "request", "requests", "application",
      "applications", "appeal", "appeals", "permit", "permits", "admission", "approval",
      "funding", "coverage", "service", "boarding", "custody", "release");

  /**
   * "posted a 3-1 win", "added a second goal", "recorded a $2 billion loss": the object, a few
   * words on, is a result, not a statement; "denied bail to", "denies him entry": a thing
   * withheld, not an allegation denied.
   */
  private static boolean resultNotStatement(SentenceTokens ts, PatternMatch m) {
    String verb = ts.lower(m.cueEnd() - 1);
    Set<String> objects = RESULT_VERBS.contains(verb) ? RESULTS
        : DENY_VERBS.contains(verb) ? GRANTS : null;
    if (objects == null) {
      return false;
    }
    for (int k = m.cueEnd(); k < ts.size() && k < m.cueEnd() + 5; k++) {
      String w = ts.lower(k);
      if (objects.contains(w)) {
        return true;
      }
      if (w.equals("that") || w.equals(",") || w.equals(":") || NounChunks.isQuote(w)
          || ts.tag(k).equals("VERB") || ts.tag(k).equals("ADP")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "or", "yet", "so",
      "while", "although", "though", "because", "as", "many", "some", "most", "other");

  /**
   * A sourceless cue that is also a plural group noun ("advocates", "supporters"), opening its
   * clause: it is the subject of the verb that follows, not a verb itself.
   */
  private static boolean groupNounOpening(SentenceTokens ts, PatternMatch m) {
    int k = m.cueStart();
    return m.cueEnd() - k == 1 && Lexicons.GROUP_NOUNS.contains(ts.lower(k))
        && ts.lower(k).endsWith("s")
        && (k == 0 || CLAUSE_OPENERS.contains(ts.lower(k - 1)) || ts.tag(k - 1).equals("ADJ"));
  }

  /**
   * In a headline written in title case, a cue word that cannot agree with the word before it
   * is the noun of a compound subject: "Bomb Blast Kills 23 in Lahore" (a verb after the
   * singular "Bomb" would be "Blasts"), "Pipeline Report Sparks Protest". The tagger calls
   * every word of such a line a proper noun, so agreement is read from the letters.
   */
  private static boolean headlineNounBeforeVerb(SentenceTokens ts, PatternMatch m) {
    int next = m.cueEnd();
    int prev = m.cueStart() - 1;
    if (m.cueEnd() - m.cueStart() != 1 || next >= ts.size() || prev < 0) {
      return false;
    }
    String cue = ts.text(m.cueStart());
    String before = ts.text(prev);
    String after = ts.text(next);
    if (cue.endsWith("s") || cue.endsWith("ed") || before.endsWith("s")
        || !Character.isUpperCase(before.charAt(0)) || before.length() < 2
        || !Character.isUpperCase(after.charAt(0)) || !after.endsWith("s")) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (int k = 0; k < ts.size(); k++) {
      String w = ts.text(k);
      if (Character.isLetter(w.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  /**
   * Content a cue can follow inverted ("The plan is dead, said the mayor"): a quotation, or a
   * clause with a finite verb (an auxiliary, or a verb that is no -ing form and does not follow
   * a comma, a determiner or an adjective).
   */
  private static boolean clauseWithVerb(SentenceTokens ts, int[] content) {
    String first = ts.text(content[0]);
    String last = ts.lower(content[1] - 1);
    if (QUOTE_CHARS.indexOf(first.charAt(0)) >= 0 || last.equals("!") || last.equals("?")) {
      return true; // "''It's an enormous moment,'' said ...", "Thanks Sarah! wrote ..."
    }
    for (int k = content[0]; k < content[1]; k++) {
      String w = ts.lower(k);
      String t = ts.tag(k);
      // (not "the flooded town": a participle after a determiner or adjective modifies a noun)
      if (NounChunks.isQuote(w) || t.equals("AUX")
          || t.equals("VERB") && !w.endsWith("ing") && !(k > content[0]
              && (ts.lower(k - 1).equals(",") || ts.tag(k - 1).equals("DET")
                  || ts.tag(k - 1).equals("ADJ")))) {
        return true;
      }
    }
    return false;
  }

  private static final String QUOTE_CHARS = "\"“”'‘’`";

  /** "That said,", "That being said,", "Having said that,": a sentence's link, not a cue. */
  private static boolean discourseMarker(SentenceTokens ts, PatternMatch m) {
    int c = m.cueStart();
    int after = m.cueEnd();
    if (c == 0 || after >= ts.size() || !ts.lower(c).equals("said")) {
      return false;
    }
    String before = ts.lower(c - 1);
    String next = ts.lower(after);
    int start; // where the marker begins
    if (before.equals("that") && next.equals(",")) {
      start = c - 1; // "That said,"
    } else if (before.equals("being") && c >= 2 && ts.lower(c - 2).equals("that")
        && (next.equals(",") || next.equals("that"))) {
      start = c - 2; // "That being said,"
    } else if (before.equals("having") && next.equals("that") && after + 1 < ts.size()
        && ts.lower(after + 1).equals(",")) {
      start = c - 1; // "Having said that,"
    } else {
      return false;
    }
    return start <= 2 && onlyOpeners(ts, start);
  }

  /** Only conjunctions or adverbs before {@code k}: "But that said, ...", "Still, that said". */
  private static boolean onlyOpeners(SentenceTokens ts, int k) {
    for (int x = 0; x < k; x++) {
      String t = ts.tag(x);
      if (!t.equals("CCONJ") && !t.equals("ADV") && !t.equals("PUNCT")) {
        return false;
      }
    }
    return true;
  }

  /** Labels of web pages that precede a colon: "READ MORE:", "WATCH:", "Photo:", "RELATED:". */
  private static final Set<String> PAGE_LABEL_WORDS = Set.of("read", "more", "watch", "below",
      "above", "related", "see", "also", "click", "here", "video", "videos", "photo", "photos",
      "image", "images", "picture", "pictures", "caption", "credit", "update", "updated",
      "advertisement", "subscribe", "follow", "share", "listen", "live", "latest", "breaking",
      "editor's", "note", "correction", "gallery", "slideshow", "story", "continues", "top",
      "news", "opinion", "file", "graphic");

  private static boolean pageLabel(SentenceTokens ts, PatternMatch m) {
    int[] source = m.slots().get("source");
    if (!ts.lower(m.cueStart()).equals(":") || source == null) {
      return false;
    }
    for (int k = source[0]; k < source[1]; k++) {
      if (!PAGE_LABEL_WORDS.contains(ts.lower(k))) {
        return false;
      }
    }
    return true;
  }
}
