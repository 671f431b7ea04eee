package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.NameShapes.appositiveEndsInName;
import static org.newsextract.attribution.engine.NameShapes.capitalisedWord;
import static org.newsextract.attribution.engine.NameShapes.isAcronym;
import static org.newsextract.attribution.engine.NameShapes.isCapitalizedName;
import static org.newsextract.attribution.engine.NameShapes.lowerCaseWord;
import static org.newsextract.attribution.engine.NameShapes.nameAfterComma;
import static org.newsextract.attribution.engine.NameShapes.personalName;
import static org.newsextract.attribution.engine.NameShapes.titleOfName;
import static org.newsextract.attribution.engine.PeoplePhrases.COUNTS;
import static org.newsextract.attribution.engine.PeoplePhrases.POSSESSIVE;
import static org.newsextract.attribution.engine.PeoplePhrases.demonymPlural;
import static org.newsextract.attribution.engine.PeoplePhrases.genericPeople;
import static org.newsextract.attribution.engine.PeoplePhrases.possessed;
import static org.newsextract.attribution.engine.PeoplePhrases.respondents;
import static org.newsextract.attribution.engine.PeoplePhrases.share;
import static org.newsextract.attribution.engine.PeoplePhrases.unnamedPeople;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.FirstNames;
import org.newsextract.names.PersonNouns;
import org.newsextract.pattern.TokenSource;

/**
 * Decides the {@link SourceKind} of a source phrase from its words and tags.
 *
 * <ul>
 *   <li>PRONOUN: the phrase is a pronoun ("he", "they", "who").
 *   <li>ANONYMOUS: its head is a person noun from {@code anonymous-nouns.txt} ("official",
 *       "sources", "people") with no name in the phrase, and either the determiner is indefinite
 *       or a number ("a senior official", "two sources", bare "officials"), or the head is
 *       "source"/"official", or the phrase or sentence says why it is unnamed ("familiar with",
 *       "who asked not to be named", "on condition of anonymity").
 *   <li>NAMED_ORGANIZATION: a name with an organisation word ("the State Department", "the New
 *       York Times"), an acronym ("CIA"), a known outlet, or an organisation noun ("police").
 *   <li>NAMED_PERSON: any other phrase headed by a name.
 *   <li>OTHER: everything else ("the report", "the senator").
 * </ul>
 *
 * <p>Who the people of a phrase are is asked of {@link PeoplePhrases}; whether its words are
 * written as a name, of {@link NameShapes}.
 */
final class SourceClassifier {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it",
      "who", "which", "that", "one", "someone", "somebody", "everyone", "both", "many", "some",
      "others", "whom");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "four",
      "five", "six", "several", "some", "many", "other", "another", "few", "various", "numerous",
      "multiple", "senior", "second", "third", "most", "more", "u.s.", "western", "top");
  /** Heads of names of local governments, which speak as bodies: "Marion County said". */
  private static final Set<String> LOCAL_GOVERNMENTS = Set.of("county", "township", "borough",
      "parish", "municipality");
  private static final Set<String> ALWAYS_ANONYMOUS = Set.of("source", "sources", "official",
      "officials", "insider", "insiders", "people", "person");

  private SourceClassifier() {}

  static SourceKind classify(TokenSource ts, int start, int end, boolean sentenceMarksAnonymity) {
    if (end - start == 1 && TokenWords.is(ts, start, TokenWords.GROUP_NOUN)) {
      return SourceKind.UNNAMED_GROUP; // "others say", "some argue"
    }
    if (end - start == 1 && ts.tag(start).equals("PRON") || end - start == 1
        && PRONOUNS.contains(ts.lower(start))) {
      return SourceKind.PRONOUN;
    }
    // the core phrase: up to the first comma, preposition or relative pronoun
    int coreEnd = start;
    while (coreEnd < end) {
      String w = ts.lower(coreEnd);
      String t = ts.tag(coreEnd);
      int named = coreEnd > start ? WordClasses.namingAt(ts, coreEnd) : -1;
      if (named > 0 && named < end && capitalisedWord(ts, end - 1)
          && WordClasses.NAMED_BODIES.contains(ts.lower(coreEnd - 1))) {
        return SourceKind.NAMED_ORGANIZATION; // "A group known as BlackShade"
      }
      if (coreEnd > start && coreEnd + 2 < end && w.startsWith("call")
          && WordClasses.SELF_NAMING.contains(ts.lower(coreEnd + 1))) {
        if (ts.lower(coreEnd + 1).equals("itself") && capitalisedWord(ts, end - 1)) {
          return SourceKind.NAMED_ORGANIZATION; // "A group calling itself the Blood Battalion"
        }
        break; // "Protesters calling themselves patriots": the protesters
      }
      int titled = w.equals("of") && coreEnd > start ? titleOfName(ts, coreEnd, end) : coreEnd;
      if (titled > coreEnd) {
        // "secretary of state Madeleine Albright", "chief of staff Reince Priebus": a title's
        // "of" is inside the core when a name closes it
        coreEnd = titled;
        break;
      }
      if (w.equals(",") || t.equals("ADP") || w.equals("who") || w.equals("that")
          || w.equals("whose") || w.equals("(") && coreEnd > start) {
        // (a parenthesis after a name holds its party and state: "Gregory Meeks (D-N.Y.)")
        break;
      }
      boolean ingBeforeDeterminer = WordClasses.ingParticiple(w) && coreEnd + 1 < end
          && ts.tag(coreEnd + 1).equals("DET");
      if ((t.equals("VERB") || ingBeforeDeterminer) && coreEnd > start && (w.endsWith("ed")
          && ts.tag(coreEnd - 1).equals("NOUN") || w.endsWith("ing")
              && (ts.tag(coreEnd - 1).equals("NOUN") || ts.tag(coreEnd - 1).equals("PROPN")))) {
        // "a court document filed Thursday", "Democrats supporting Mrs. Clinton": the
        // participle's phrase is no head
        break;
      }
      coreEnd++;
    }
    if (coreEnd == start) {
      return SourceKind.OTHER;
    }
    // the head: the last noun of the core ("People familiar" -> People)
    int head = coreEnd - 1;
    // ("an AP-GfK poll/VERB": a document noun closing the core is its head, whatever the tag)
    while (head > start && (!isNominal(ts.tag(head)) || POSTMODIFIERS.contains(ts.lower(head))
        || NAME_SUFFIXES.contains(ts.lower(head)))
        && !TokenWords.is(ts, head, TokenWords.DOCUMENT_NOUN)) {
      head--;
    }
    String headWord = ts.lower(head);
    boolean properAnywhere = false;
    for (int x = start; x < end; x++) {
      if (ts.tag(x).equals("PROPN") && !TokenWords.is(ts, x, TokenWords.ORGANIZATION_WORD)) {
        properAnywhere = true;
      }
    }
    boolean organizationWord = false;
    boolean acronym = false;
    for (int x = start; x < coreEnd; x++) {
      organizationWord |= TokenWords.is(ts, x, TokenWords.ORGANIZATION_WORD);
      acronym |= isAcronym(ts, x);
    }
    boolean marker = sentenceMarksAnonymity || marksAnonymity(ts, start, end);
    // "experts", "critics", "many Republicans", "Trump supporters": a group nobody is named in;
    // counted ("two lawmakers") or unnamed on purpose, its members are anonymous individuals
    // "rights groups say", "patient advocacy groups note": plural with no determiner
    boolean someGroup = (headWord.equals("group") || headWord.equals("groups"))
        && (INDEFINITE.contains(ts.lower(start)) || headWord.endsWith("s")
            && !ts.tag(start).equals("DET") && !POSSESSIVE.contains(ts.lower(start))
            // (a sentence's first word may be tagged a name for its capital: "Aid groups")
            && !(ts.tag(start).equals("PROPN") && start > 0) && !capitalisedWord(ts, start));
    boolean share = share(ts, start, coreEnd, head) || respondents(ts, start, end);
    // "the two men", "both women": people the text has already named, no generic group
    boolean namedBefore = ts.lower(start).equals("both") && start + 1 == head
        || ts.lower(start).equals("the") && start + 1 < head
            && COUNTS.contains(ts.lower(start + 1));
    if ((Lexicons.GROUP_NOUNS.contains(headWord) || someGroup || share
        || demonymPlural(ts, start, head)) && !nameAfterComma(ts, coreEnd, end) && !namedBefore) {
      return marker || !share && COUNTS.contains(ts.lower(start)) ? SourceKind.ANONYMOUS
          : SourceKind.UNNAMED_GROUP;
    }
    // "the report found", "a Quinnipiac poll", "court documents show"
    if (Lexicons.DOCUMENT_NOUNS.contains(headWord) && !capitalisedWord(ts, head)
        && !(ts.tag(head).equals("PROPN") && head == start && start > 0)) {
      // (opening a sentence, "Polls show", "Report: ...", the capital is the sentence's)
      return SourceKind.DOCUMENT;
    }
    // "Sources told CNN": a sentence-initial capital makes no name of an anonymous noun
    boolean headProper = (ts.tag(head).equals("PROPN") || isCapitalizedName(ts, head))
        && !Lexicons.ANONYMOUS_NOUNS.contains(headWord);
    if (Lexicons.ANONYMOUS_NOUNS.contains(headWord) && !headProper) {
      // a name after the head noun ("official John Smith") or in an appositive names the person
      boolean namedLater = nameAfterComma(ts, coreEnd, end);
      String det = ts.lower(start);
      boolean indefinite = INDEFINITE.contains(det) || !ts.tag(start).equals("DET")
          && !ts.tag(start).equals("PROPN") && headWord.endsWith("s") && head == start;
      boolean bare = start == head || !ts.tag(start).equals("DET")
          && !POSSESSIVE.contains(det) && !ts.tag(start).equals("PROPN");
      if (!namedLater && !marker && SPOKESPEOPLE.contains(headWord)
          && namesOrganization(ts, start, end, head)) {
        return SourceKind.NAMED_ORGANIZATION; // "a Delta spokesperson": the airline on the record
      }
      // "his advisers", "Cruz's allies", "former Carson aides": people of someone, unnamed
      boolean theirPeople = headWord.endsWith("s") && !SPOKESPEOPLE.contains(headWord)
          && possessed(ts, start, head);
      if (!namedLater && (indefinite || bare || marker || theirPeople
          || ALWAYS_ANONYMOUS.contains(headWord))) {
        return SourceKind.ANONYMOUS;
      }
      if (namedLater && !ts.lower(head).endsWith("s")) {
        return SourceKind.NAMED_PERSON; // "the company's chief executive, Anna Perez,"
      }
      return organizationWord ? SourceKind.NAMED_ORGANIZATION : SourceKind.OTHER;
    }
    if (!headProper && capitalisedWord(ts, head) && head > start) {
      headProper = true; // a name the tagger took for a common word ("Sanders/NOUN")
    }
    // (a one-word name opening a sentence may be tagged a common noun: "Legambiente, ...")
    boolean oneCapitalWord = coreEnd - start == 1 && ts instanceof SentenceTokens st
        && Character.isUpperCase(st.text(start).charAt(0));
    if ((headProper || oneCapitalWord) && !anyWord(ts, start, coreEnd, FirstNames::any)
        && NameShapes.appositiveNamesBody(ts, coreEnd, end)) {
      return SourceKind.NAMED_ORGANIZATION; // "Tata Steel, the country's biggest steelmaker,"
    }
    if (headProper) {
      // the name is the run of proper nouns ending the core, after any title in it:
      // "Ohio Democratic Party chairman David Pepper", "White House Press Secretary Josh Earnest"
      int nameStart = head;
      // a lower-case word ends the name even where the tagger says PROPN: "ABC moderator David"
      while (nameStart > start && (ts.tag(nameStart - 1).equals("PROPN")
          && !lowerCaseWord(ts, nameStart - 1) || capitalisedWord(ts, nameStart - 1))) {
        nameStart--;
      }
      for (int x = head; x >= nameStart; x--) {
        if ((Lexicons.PERSON_TITLES.contains(ts.lower(x)) || PersonNouns.role(ts.lower(x)))
            && x < head) {
          nameStart = x + 1;
          break;
        }
      }
      // "Senate Whip Dick Durbin", "Atlantic City Mayor Don Guardian": a first name starts a
      // person's name, whatever bodies the words before or its surname are named like
      for (int x = nameStart; x < head; x++) {
        if (FirstNames.any(ts.lower(x))) {
          if (personalName(ts, x, head)) {
            return SourceKind.NAMED_PERSON;
          }
          break;
        }
      }
      boolean orgName = false;
      for (int x = nameStart; x <= head; x++) {
        orgName |= TokenWords.is(ts, x, TokenWords.ORGANIZATION_WORD) || isAcronym(ts, x);
      }
      boolean titled = nameStart > start
          && (Lexicons.PERSON_TITLES.contains(ts.lower(nameStart - 1))
              || Lexicons.ANONYMOUS_NOUNS.contains(ts.lower(nameStart - 1))
              || PersonNouns.role(ts.lower(nameStart - 1)));
      if (titled && !orgName) {
        return SourceKind.NAMED_PERSON;
      }
      if (orgName || organizationWord && head - nameStart < 1 || acronym && coreEnd - start <= 3) {
        return SourceKind.NAMED_ORGANIZATION;
      }
      if (LOCAL_GOVERNMENTS.contains(headWord)) {
        return SourceKind.NAMED_ORGANIZATION; // "Marion County said"; not "County Clerk Ann Ruiz"
      }
      if (nameStart == start + 1 && ts.lower(start).equals("the") && head > nameStart
          && headWord.endsWith("s") && !headWord.endsWith("ss")) {
        return SourceKind.NAMED_ORGANIZATION; // "The Rolling Stones", "the Dallas Cowboys"
      }
      return SourceKind.NAMED_PERSON;
    }
    if (Lexicons.ORGANIZATION_NOUNS.contains(headWord)) {
      return SourceKind.NAMED_ORGANIZATION;
    }
    if (PersonNouns.role(headWord) && appositiveEndsInName(ts, coreEnd, end)) {
      return SourceKind.NAMED_PERSON; // "Clinton's campaign manager, Robby Mook,"
    }
    if (properAnywhere && organizationWord) {
      return SourceKind.NAMED_ORGANIZATION;
    }
    if (appositiveEndsInName(ts, coreEnd, end)) {
      // "his wife, longtime party aide Huma Abedin,"; "The engine's maker, Pratt & Whitney,"
      // ("The union's president, Tom Keller,": a person's noun in the core is the head)
      boolean body = NameShapes.bodyKind(headWord)
          && !anyWord(ts, start, coreEnd, PersonNouns::person);
      return body || anyWord(ts, coreEnd, end, "&"::equals) ? SourceKind.NAMED_ORGANIZATION
          : SourceKind.NAMED_PERSON;
    }
    if (PersonNouns.person(headWord) && appositiveFirstName(ts, coreEnd, end)) {
      return SourceKind.NAMED_PERSON; // "Walsh's wife, Mary,": named by her first name
    }
    if (ts.tag(head).equals("NOUN") && marksAnonymity(ts, start, end)) {
      // "One nurse, who asked that her name not be used, ...": any person unnamed on purpose
      return SourceKind.ANONYMOUS;
    }
    if (unnamedPeople(ts, start, head, end)) {
      return SourceKind.ANONYMOUS; // "a former city planner testified", "the man who called"
    }
    if (genericPeople(ts, start, head, coreEnd, end)) {
      return SourceKind.UNNAMED_GROUP; // "fund managers who think", "any consumer who asks"
    }
    return sameKindJoined(ts, start, coreEnd, sentenceMarksAnonymity);
  }

  /**
   * "witnesses and a rights group": two phrases joined by "and" that are of one kind are that
   * kind together; else OTHER.
   */
  private static SourceKind sameKindJoined(TokenSource ts, int start, int coreEnd,
      boolean sentenceMarksAnonymity) {
    for (int a = start + 1; a + 1 < coreEnd; a++) {
      if (ts.lower(a).equals("and")) {
        SourceKind left = classify(ts, start, a, sentenceMarksAnonymity);
        SourceKind right = classify(ts, a + 1, coreEnd, sentenceMarksAnonymity);
        return left == right && left != SourceKind.PRONOUN ? left : SourceKind.OTHER;
      }
    }
    return SourceKind.OTHER;
  }

  /** Adjectives after the head that the tagger may take for nouns: "an official familiar". */
  private static final Set<String> POSTMODIFIERS = Set.of("familiar", "close", "knowledgeable",
      "involved", "briefed", "aware");

  /** After a name, no head: "Rep. Emanuel Cleaver II", "Martin Luther King Jr.". */
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii",
      "iv");

  /** Who speaks for a body on the record when the body is named. */
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman",
      "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "representative",
      "representatives", "press secretary", "secretary");

  /**
   * The phrase names a body besides its head: a proper noun or organisation word before the
   * head ("a Delta spokesperson", "a White House spokesman") or after it ("a spokesman for the
   * ministry").
   */
  private static boolean namesOrganization(TokenSource ts, int start, int end, int head) {
    for (int x = start; x < end; x++) {
      if (x == head) {
        continue;
      }
      if (ts.tag(x).equals("PROPN") || capitalisedWord(ts, x) || isAcronym(ts, x)
          || TokenWords.is(ts, x, TokenWords.ORGANIZATION_WORD)
          || Lexicons.ORGANIZATION_NOUNS.contains(ts.lower(x))
          || x < head && (ts.lower(x).equals("'s") || ts.lower(x).equals("’s"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNominal(String tag) {
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM");
  }

  /** True when the tokens from start to end contain an anonymity marker. */
  static boolean marksAnonymity(TokenSource ts, int start, int end) {
    if (ts instanceof SentenceTokens st) {
      return st.markersBetween(start, end) > 0;
    }
    for (int k = start; k < end; k++) {
      if (markerAt(ts, k, end)) {
        return true;
      }
    }
    return false;
  }

  /** An anonymity marker starts at token k and ends by {@code limit}. */
  static boolean markerAt(TokenSource ts, int k, int limit) {
    List<String[]> cands = MARKERS_BY_FIRST.get(ts.lower(k));
    if (cands == null || k > 0 && ts.lower(k - 1).equals("not")) {
      return false; // "experts not involved in the research": outsiders, named or not
    }
    for (String[] m : cands) {
      if (k + m.length > limit) {
        continue;
      }
      boolean ok = true;
      for (int x = 1; x < m.length && ok; x++) {
        ok = m[x].equals(ts.lower(k + x));
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** The words an anonymity marker starts with. */
  static Set<String> markerFirstWords() {
    return MARKERS_BY_FIRST.keySet();
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final Map<String, List<String[]>> MARKERS_BY_FIRST = markersByFirst();

  private static Map<String, List<String[]>> markersByFirst() {
    Map<String, List<String[]>> m = new HashMap<>();
    for (String marker : Lexicons.ANONYMITY_MARKERS) {
      String[] words = SPACES.split(marker.toLowerCase(java.util.Locale.ROOT));
      m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    return Map.copyOf(m);
  }

  /** The phrase after the comma is one first name alone: "Walsh's wife, Mary,". */
  private static boolean appositiveFirstName(TokenSource ts, int coreEnd, int end) {
    int last = end;
    while (last > coreEnd && ts.tag(last - 1).equals("PUNCT")) {
      last--;
    }
    return coreEnd + 2 == last && ts.lower(coreEnd).equals(",")
        && FirstNames.any(ts.lower(coreEnd + 1)) && capitalisedWord(ts, coreEnd + 1);
  }

  /**
   * A word in {@code [from, to)} (lower case) of which {@code test} holds: a first name ("Prime
   * Minister Claire Bowen"), "&" ("Pratt & Whitney"), a noun for one person ("president").
   */
  private static boolean anyWord(TokenSource ts, int from, int to, Predicate<String> test) {
    for (int x = from; x < to; x++) {
      if (test.test(ts.lower(x))) {
        return true;
      }
    }
    return false;
  }
}
