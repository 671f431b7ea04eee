package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.LabelsAndLinks.discourseMarker;
import static org.newsextract.attribution.engine.LabelsAndLinks.headlineNounBeforeVerb;
import static org.newsextract.attribution.engine.LabelsAndLinks.pageLabel;
import static org.newsextract.attribution.engine.VerbSenses.addsToSomething;
import static org.newsextract.attribution.engine.VerbSenses.answersACall;
import static org.newsextract.attribution.engine.VerbSenses.appearsInPerson;
import static org.newsextract.attribution.engine.VerbSenses.attributiveParticiple;
import static org.newsextract.attribution.engine.VerbSenses.byATime;
import static org.newsextract.attribution.engine.VerbSenses.citedForOffence;
import static org.newsextract.attribution.engine.VerbSenses.foundSomethingElse;
import static org.newsextract.attribution.engine.VerbSenses.headlinePassive;
import static org.newsextract.attribution.engine.VerbSenses.namingCalled;
import static org.newsextract.attribution.engine.VerbSenses.reducedRelative;
import static org.newsextract.attribution.engine.VerbSenses.resultNotStatement;
import static org.newsextract.attribution.engine.VerbSenses.searchers;
import static org.newsextract.attribution.engine.VerbSenses.showAsProgram;
import static org.newsextract.attribution.engine.VerbSenses.showsCredentials;

import java.util.Set;
import org.newsextract.pattern.PatternMatch;

/**
 * Whether a cue word that a pattern matched is used in its speech sense here: the answers to
 * "is this 'show' a broadcast, this 'found' a founding, this 'posted' a score?". Each check
 * reads a few tokens around the cue; the verb's other senses are asked of {@link VerbSenses},
 * page labels, headlines and sentence links of {@link LabelsAndLinks}. Internal to the
 * attribution layer.
 */
final class CueSenses {
  private CueSenses() {}

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
  static final Set<String> PHRASAL_PARTICLES =
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
    if (m.cueEnd() < ts.size() && TokenWords.is(ts, m.cueEnd(), TokenWords.PHRASAL_PARTICLE)) {
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
    if (VerbSenses.calledOut(ts, m)) {
      return false; // "Police were called to the 200 block of Main Street": sent, not named
    }
    if (VerbSenses.tipAppeal(ts, m)) {
      return false; // "Anyone with information is asked to call Crime Stoppers": an appeal
    }
    if (m.cueStart() > 0 && ts.lower(m.cueStart() - 1).equals("life")
        && ts.lower(m.cueStart()).startsWith("threaten")) {
      return false; // "the wounds were not life threatening": a degree of harm, no threat
    }
    if (showsCredentials(ts, m)) {
      return false; // "required voters to show photo identification": showing a thing
    }
    if (citedForOffence(ts, m)) {
      return false; // "had been cited for safety violations": penalised, not quoted
    }
    if (m.patternId().endsWith("-after-quote") && m.cueStart() > 0
        && ts.lower(m.cueStart()).endsWith("ing") && ts.lower(m.cueStart() - 1).equals(",")) {
      return false; // "“...,” she said, adding that ...": the quote is the first verb's
    }
    if (LabelsAndLinks.creditLine(ts, m)) {
      return false; // "(Additional reporting by Kylie MacLellan; Editing by ...)": a credit
    }
    if (VerbSenses.byMeans(ts, m)) {
      return false; // "The Post reported by phone that ...": how, not who
    }
    if (byATime(ts, m)) {
      return false; // "No deaths had been reported by Thursday evening": by when, not by whom
    }
    if (headlinePassive(ts, m)) {
      return false; // "Pilot error blamed for crash": a headline's passive, nobody blames here
    }
    if (VerbSenses.demandNoun(ts, m)) {
      return false; // "as demand for personal computers weakens": the market's, no one's
    }
    if (VerbSenses.accusedOf(ts, m)) {
      return false; // "firms accused of helping Iran": the accused, nobody's accusation
    }
    if (VerbSenses.withoutSaying(ts, m)) {
      return false; // "fired without saying a word", "left without commenting"
    }
    if (discourseMarker(ts, m)) {
      return false; // "That said, the audience skews older": "nevertheless", nobody speaks
    }
    if (m.cueEnd() - m.cueStart() == 1 && TokenWords.is(ts, m.cueStart(), TokenWords.CLAIM_NOUN)
        && m.cueEnd() + 1 < ts.size() && ts.lower(m.cueEnd()).equals("that")
        && (ts.tag(m.cueEnd() + 1).equals("AUX") || ts.tag(m.cueEnd() + 1).equals("VERB"))) {
      return false; // "..., comments that were echoed by aides": a noun and its relative clause
    }
    if (m.patternId().equals("claim-noun-pronoun") && m.has("source")
        && (m.slots().get("source")[1] != m.cueStart()
            || !WordClasses.POSSESSIVE_DETS.contains(ts.lower(m.cueStart() - 1)))) {
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
    return k >= 0 && TokenWords.is(ts, k, TokenWords.PASSIVE_AUXILIARY);
  }

  private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "or", "yet", "so",
      "while", "although", "though", "because", "as", "many", "some", "most", "other");

  /**
   * A sourceless cue that is also a plural group noun ("advocates", "supporters"), opening its
   * clause: it is the subject of the verb that follows, not a verb itself.
   */
  private static boolean groupNounOpening(SentenceTokens ts, PatternMatch m) {
    int k = m.cueStart();
    return m.cueEnd() - k == 1 && TokenWords.is(ts, k, TokenWords.GROUP_NOUN)
        && ts.lower(k).endsWith("s")
        && (k == 0 || CLAUSE_OPENERS.contains(ts.lower(k - 1)) || ts.tag(k - 1).equals("ADJ"));
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
      if (WordClasses.isQuote(w) || t.equals("AUX")
          || t.equals("VERB") && !w.endsWith("ing") && !(k > content[0]
              && (ts.lower(k - 1).equals(",") || ts.tag(k - 1).equals("DET")
                  || ts.tag(k - 1).equals("ADJ")))) {
        return true;
      }
    }
    return false;
  }

  private static final String QUOTE_CHARS = "\"“”'‘’`";
}
