package org.newsextract.attribution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.FirstNames;
import org.newsextract.names.PersonNouns;
import org.newsextract.number.NumberWords;
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
    if (end - start == 1 && Lexicons.GROUP_NOUNS.contains(ts.lower(start))) {
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
      if (w.equals("of") && coreEnd > start && titleOfName(ts, coreEnd, end) > coreEnd) {
        // "secretary of state Madeleine Albright", "chief of staff Reince Priebus": a title's
        // "of" is inside the core when a name closes it
        coreEnd = titleOfName(ts, coreEnd, end);
        break;
      }
      if (w.equals(",") || t.equals("ADP") || w.equals("who") || w.equals("that")
          || w.equals("whose") || w.equals("(") && coreEnd > start) {
        // (a parenthesis after a name holds its party and state: "Gregory Meeks (D-N.Y.)")
        break;
      }
      if (t.equals("VERB") && w.endsWith("ed") && coreEnd > start
          && ts.tag(coreEnd - 1).equals("NOUN")) {
        break; // "a court document filed Thursday": the participle's phrase is no head
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
        && !Lexicons.DOCUMENT_NOUNS.contains(ts.lower(head))) {
      head--;
    }
    String headWord = ts.lower(head);
    boolean properAnywhere = false;
    for (int x = start; x < end; x++) {
      if (ts.tag(x).equals("PROPN") && !Lexicons.ORGANIZATION_WORDS.contains(ts.lower(x))) {
        properAnywhere = true;
      }
    }
    boolean organizationWord = false;
    boolean acronym = false;
    for (int x = start; x < coreEnd; x++) {
      organizationWord |= Lexicons.ORGANIZATION_WORDS.contains(ts.lower(x));
      acronym |= isAcronym(ts, x);
    }
    boolean marker = sentenceMarksAnonymity || marksAnonymity(ts, start, end);
    // "experts", "critics", "many Republicans", "Trump supporters": a group nobody is named in;
    // counted ("two lawmakers") or unnamed on purpose, its members are anonymous individuals
    // "rights groups say", "patient advocacy groups note": plural with no determiner
    boolean someGroup = (headWord.equals("group") || headWord.equals("groups"))
        && (INDEFINITE.contains(ts.lower(start)) || headWord.endsWith("s")
            && !ts.tag(start).equals("DET") && !POSSESSIVE.contains(ts.lower(start))
            && !ts.tag(start).equals("PROPN") && !capitalisedWord(ts, start));
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
        orgName |= Lexicons.ORGANIZATION_WORDS.contains(ts.lower(x)) || isAcronym(ts, x);
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
      return SourceKind.NAMED_PERSON; // "his wife, longtime party aide Huma Abedin,"
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
    return SourceKind.OTHER;
  }

  /**
   * Where the core ends when the "of" at {@code of} belongs to a title that a name closes
   * ("Director of National Intelligence James Clapper", "chief of staff Reince Priebus"), or
   * {@code of} itself when it is an ordinary preposition ("the head of the agency").
   */
  private static int titleOfName(TokenSource ts, int of, int end) {
    String before = ts.lower(of - 1);
    if (!Lexicons.PERSON_TITLES.contains(before) && !PersonNouns.role(before)
        || of + 2 >= end || ts.tag(of + 1).equals("DET")) {
      return of;
    }
    int stop = of + 1;
    while (stop < end && !ts.lower(stop).equals(",") && !ts.tag(stop).equals("ADP")
        && !ts.lower(stop).equals("(") && !ts.lower(stop).equals("who") && !ts.lower(stop).equals("that")) {
      stop++;
    }
    // the name: the capitalised run closing the core, with a first name in it or a lower-case
    // word of the title before it ("staff Reince Priebus")
    int nameStart = stop;
    boolean firstName = false;
    while (nameStart > of + 1 && capitalisedWord(ts, nameStart - 1)) {
      nameStart--;
      firstName |= FirstNames.any(ts.lower(nameStart));
    }
    boolean afterTitleWord = nameStart > of + 1;
    return nameStart < stop && (firstName || afterTitleWord) ? stop : of;
  }

  /** Adjectives after the head that the tagger may take for nouns: "an official familiar". */
  private static final Set<String> POSTMODIFIERS = Set.of("familiar", "close", "knowledgeable",
      "involved", "briefed", "aware");

  /**
   * A first name at {@code first} starts a person's name up to {@code head}: no body's word
   * after it ("Christian News Service"), except a surname that is also one ("Don Guardian"), and
   * no firm's last word ("Walt Disney Co.").
   */
  private static boolean personalName(TokenSource ts, int first, int head) {
    for (int x = first + 1; x < head; x++) {
      if (Lexicons.ORGANIZATION_WORDS.contains(ts.lower(x))) {
        return false;
      }
    }
    String last = ts.lower(head);
    return !FIRM_HEADS.contains(last)
        && (head == first + 1 || !Lexicons.ORGANIZATION_WORDS.contains(last));
  }

  /** Last words of bodies named after a person: "Walt Disney Co.", "the Gates Foundation". */
  private static final Set<String> FIRM_HEADS = Set.of("company", "corporation", "corp",
      "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "co", "co.", "group", "foundation",
      "institute", "university", "college", "bank", "party", "association", "fund", "trust",
      "center", "centre", "hospital", "school", "authority", "agency", "council", "committee",
      "campaign", "administration", "organization", "organisation");

  /** After a name, no head: "Rep. Emanuel Cleaver II", "Martin Luther King Jr.". */
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii",
      "iv");

  private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10");
  /** Who speaks for a body on the record when the body is named. */
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman",
      "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "representative",
      "representatives", "press secretary", "secretary");

  private static final Set<String> SHARES = Set.of("half", "majority", "majorities", "plurality",
      "third", "thirds", "quarter", "minority", "most", "percent", "%", "proportion", "share",
      "percentage", "fraction");

  /**
   * A share of people, as polls report them: "64 percent", "about 4 in 10", "half of voters",
   * "majorities in all five".
   */
  private static boolean share(TokenSource ts, int start, int coreEnd, int head) {
    if (SHARES.contains(ts.lower(head))) {
      return true;
    }
    // "4 in 10 Republican voters in each state": the "in" of the share ends no core phrase
    for (int x = start; x <= start + 2 && x + 2 < ts.size(); x++) {
      // the tag asked for first, as ever (tags depend on the order they are made in); a word
      // parsed as a number only before "in"
      boolean tagNum = ts.tag(x).equals("NUM");
      if (ts.lower(x + 1).equals("in") && (tagNum || number(ts.lower(x)))
          && number(ts, x + 2)) {
        return true; // "4 in 10", "Six in 10"
      }
    }
    return false;
  }

  /** After a comma, the phrase ends in a name of two or more words and names no body. */
  private static boolean appositiveEndsInName(TokenSource ts, int coreEnd, int end) {
    if (coreEnd >= end || !ts.lower(coreEnd).equals(",")) {
      return false;
    }
    int last = end - 1;
    while (last > coreEnd && ts.tag(last).equals("PUNCT")) {
      last--;
    }
    int first = last + 1;
    while (first - 1 > coreEnd && ts.tag(first - 1).equals("PROPN")
        && capitalisedWord(ts, first - 1)
        && !Lexicons.ORGANIZATION_WORDS.contains(ts.lower(first - 1))) {
      first--;
    }
    for (int x = coreEnd; x < first; x++) {
      if (ts.lower(x).equals("who")) {
        return false; // "his wife, who met Bill Clinton": a clause, not an appositive
      }
    }
    return last - first >= 1;
  }

  /** A number, whatever the tagger says: "Seven/PROPN in 10". */
  private static boolean number(TokenSource ts, int x) {
    return ts.tag(x).equals("NUM") || number(ts.lower(x));
  }

  private static boolean number(String word) {
    return NumberWords.parse(word).isPresent();
  }

  /** A proper noun right after a comma in {@code [from, to)}: an appositive name. */
  private static boolean nameAfterComma(TokenSource ts, int from, int to) {
    for (int x = Math.max(from, 1); x < to; x++) {
      if (ts.tag(x).equals("PROPN") && ts.lower(x - 1).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** A possessive before the head: "his advisers", "Cruz's allies", "Former Carson advisers". */
  private static boolean possessed(TokenSource ts, int start, int head) {
    for (int x = start; x < head; x++) {
      String w = ts.lower(x);
      if (POSSESSIVE.contains(w) || w.equals("'s") || w.equals("’s") || ts.tag(x).equals("PROPN")
          || capitalisedWord(ts, x)) {
        return true;
      }
    }
    return false;
  }

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
          || Lexicons.ORGANIZATION_WORDS.contains(ts.lower(x))
          || Lexicons.ORGANIZATION_NOUNS.contains(ts.lower(x))
          || x < head && (ts.lower(x).equals("'s") || ts.lower(x).equals("’s"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "its", "our", "my",
      "your");

  /**
   * People the text describes but does not name: one with "a", "an", "one" or "another" ("a
   * former city planner", "an emergency room nurse", "one delegate"), one picked out by a
   * relative clause ("the man who made the call"), or a count of them ("three of the
   * attackers"); the head is a person noun or an agent noun (-er, -or, -ist, -ian, -man).
   * Another "the ..." may be someone named before, whom the linker then finds.
   */
  private static boolean unnamedPeople(TokenSource ts, int start, int head, int end) {
    String det = ts.lower(start);
    boolean partitive = COUNTS.contains(det) && start + 2 < end
        && ts.lower(start + 1).equals("of");
    if (partitive) {
      // "three of the attackers": the core ends at the count; the people come after "of"
      int x = start + 2;
      if (ts.tag(x).equals("DET") || POSSESSIVE.contains(ts.lower(x))) {
        x++;
      }
      while (x + 1 < end && ts.tag(x + 1).equals("NOUN")) {
        x++;
      }
      head = x < end && ts.tag(x).equals("NOUN") ? x : head;
    }
    String w = ts.lower(head);
    if (head == start || !ts.tag(head).equals("NOUN")) {
      return false;
    }
    for (int x = head + 1; x < end; x++) {
      if (ts.lower(x).equals(",")) {
        return false; // "A lawyer for the family, Dana Ruiz,": the linker names the holder
      }
    }
    String next = head + 1 < end ? ts.lower(head + 1) : "";
    boolean one = ONE.contains(det) && !w.endsWith("s")
        && !next.equals("of"); // not "a host of new songs"
    boolean picked = det.equals("the") && !w.endsWith("s") && next.equals("who");
    boolean counted = partitive && head > start + 2 && w.endsWith("s");
    if (!one && !picked && !counted) {
      return false;
    }
    String singular = counted ? w.substring(0, w.length() - 1) : w;
    return personNoun(singular) || PersonNouns.person(singular);
  }

  // "a pastor", "one delegate", "another child": one person, not named
  private static final Set<String> ONE = Set.of("a", "an", "one", "another");

  /** A head noun for a person ("the real estate tycoon", "the senator", "the anchor"). */
  static boolean personNoun(String lowerWord) {
    return PersonNouns.speaker(lowerWord) || Lexicons.PERSON_TITLES.contains(lowerWord);
  }

  /** Capitalised in the text (and not all capitals), inside the sentence. */
  private static boolean capitalisedWord(TokenSource ts, int x) {
    if (!(ts instanceof SentenceTokens st) || x == 0) {
      return false;
    }
    String w = st.text(x);
    return w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && Character.isLowerCase(w.charAt(w.length() - 1))
        && !ts.tag(x).equals("PRON") && !ts.tag(x).equals("DET");
  }

  /** Written in lower case in the text (so no part of a name). */
  private static boolean lowerCaseWord(TokenSource ts, int x) {
    return ts instanceof SentenceTokens st && Character.isLowerCase(st.text(x).charAt(0));
  }

  /** "those surveyed", "those polled": the people a poll asked. */
  private static boolean respondents(TokenSource ts, int start, int end) {
    return end - start == 2 && ts.lower(start).equals("those")
        && RESPONDED.contains(ts.lower(start + 1));
  }

  private static final Set<String> RESPONDED = Set.of("surveyed", "polled", "questioned",
      "interviewed", "asked", "responding", "sampled");

  /** Quantifiers before a singular noun that make it anyone of a kind: "any consumer". */
  private static final Set<String> ANY = Set.of("any", "every", "each");

  /**
   * People of a kind, none of them picked out: a plural person noun with no determiner, or a
   * quantifier only ("fund managers", "many retired generals", "individuals"), or "any" before
   * a singular one ("any consumer"). Counted plurals ("two lawmakers") are decided before; a
   * name after a comma names someone; "attorneys for the family" are someone's own people.
   */
  private static boolean genericPeople(TokenSource ts, int start, int head, int coreEnd,
      int end) {
    String w = ts.lower(head);
    String after = coreEnd < end ? ts.lower(coreEnd) : "";
    if (!ts.tag(head).equals("NOUN") || nameAfterComma(ts, coreEnd, end)
        || capitalisedWord(ts, head) || after.equals("for") || after.equals("to")) {
      return false; // (not "attorneys for the family": someone's own people)
    }
    String first = ts.lower(start);
    if (ANY.contains(first) && head > start && !w.endsWith("s")) {
      return PersonNouns.person(w);
    }
    boolean bare = !ts.tag(start).equals("DET") && !POSSESSIVE.contains(first)
        && !COUNTS.contains(first) && !number(ts, start) && !ts.tag(start).equals("PROPN")
        || GROUP_QUANTIFIERS.contains(first) && !first.equals("the");
    if (!bare || w.length() < 5 || !w.endsWith("s") || w.endsWith("ss")) {
      return false;
    }
    String singular = w.endsWith("men") ? w.substring(0, w.length() - 3) + "man"
        : w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
        : w.substring(0, w.length() - 1);
    return PersonNouns.person(singular);
  }

  private static boolean isNominal(String tag) {
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM");
  }

  private static final Set<String> GROUP_QUANTIFIERS = Set.of("many", "most", "some", "few",
      "all", "ordinary", "young", "older", "fellow", "the", "other", "several", "millions",
      "thousands", "hundreds", "more", "fewer");

  /**
   * The people of a country or region, not a person: "Many Iraqis believe", "Palestinians say",
   * "most Japanese". A plural demonym in "-ians"/"-eans" stands alone; one in "-ans", "-is" or
   * "-ese" needs a quantifier before it (a surname can end so: "Evans said", "Davis said").
   */
  private static boolean demonymPlural(TokenSource ts, int start, int head) {
    String w = ts.lower(head);
    if (w.length() < 5 || !(ts instanceof SentenceTokens st)
        || !Character.isUpperCase(st.text(head).charAt(0))) {
      return false; // (at a sentence's start too: "Palestinians say")
    }
    boolean quantified = head > start && GROUP_QUANTIFIERS.contains(ts.lower(head - 1));
    return (w.endsWith("ians") || w.endsWith("eans")) && head - start <= 1
        || quantified && (w.endsWith("ans") || w.endsWith("is") || w.endsWith("ese"));
  }

  private static boolean isAcronym(TokenSource ts, int x) {
    String w = ts.lower(x);
    return w.length() >= 2 && w.length() <= 6
        && (ts.tag(x).equals("PROPN") || ts.tag(x).equals("NOUN"))
        && w.chars().allMatch(Character::isLetter) && isUpper(ts, x);
  }

  private static boolean isUpper(TokenSource ts, int x) {
    // TokenSource has no original case; SentenceTokens does
    return ts instanceof SentenceTokens st && st.text(x).equals(
        st.text(x).toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean isCapitalizedName(TokenSource ts, int x) {
    return ts.tag(x).equals("NOUN") && isAcronym(ts, x);
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
}
