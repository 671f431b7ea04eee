package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.NameShapes.capitalisedWord;
import static org.newsextract.attribution.engine.NameShapes.nameAfterComma;

import java.util.Set;
import org.newsextract.names.PersonNouns;
import org.newsextract.number.NumberWords;
import org.newsextract.pattern.TokenSource;

/**
 * Who the people of a source phrase are, when no name says so: a share of those a poll asked
 * ("64 percent", "about 4 in 10", "those surveyed"), someone's own people ("his advisers"), one
 * person described but not named ("a former city planner"), people of a kind ("fund managers",
 * "any consumer") or the people of a country ("many Iraqis"). Asked by {@link
 * SourceClassifier}.
 */
final class PeoplePhrases {
  private PeoplePhrases() {}

  static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10");

  private static final Set<String> SHARES = Set.of("half", "majority", "majorities", "plurality",
      "third", "thirds", "quarter", "minority", "most", "percent", "%", "proportion", "share",
      "percentage", "fraction");

  /**
   * A share of people, as polls report them: "64 percent", "about 4 in 10", "half of voters",
   * "majorities in all five".
   */
  static boolean share(TokenSource ts, int start, int coreEnd, int head) {
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

  /** A number, whatever the tagger says: "Seven/PROPN in 10". */
  private static boolean number(TokenSource ts, int x) {
    return ts.tag(x).equals("NUM") || number(ts.lower(x));
  }

  private static boolean number(String word) {
    return NumberWords.parse(word).isPresent();
  }

  /** A possessive before the head: "his advisers", "Cruz's allies", "Former Carson advisers". */
  static boolean possessed(TokenSource ts, int start, int head) {
    for (int x = start; x < head; x++) {
      String w = ts.lower(x);
      if (POSSESSIVE.contains(w) || w.equals("'s") || w.equals("’s") || ts.tag(x).equals("PROPN")
          || capitalisedWord(ts, x)) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "its", "our", "my",
      "your");

  /**
   * People the text describes but does not name: one with "a", "an", "one" or "another" ("a
   * former city planner", "an emergency room nurse", "one delegate"), one picked out by a
   * relative clause ("the man who made the call"), or a count of them ("three of the
   * attackers"); the head is a person noun or an agent noun (-er, -or, -ist, -ian, -man).
   * Another "the ..." may be someone named before, whom the linker then finds.
   */
  static boolean unnamedPeople(TokenSource ts, int start, int head, int end) {
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

  /** "those surveyed", "those polled": the people a poll asked. */
  static boolean respondents(TokenSource ts, int start, int end) {
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
  static boolean genericPeople(TokenSource ts, int start, int head, int coreEnd,
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

  private static final Set<String> GROUP_QUANTIFIERS = Set.of("many", "most", "some", "few",
      "all", "ordinary", "young", "older", "fellow", "the", "other", "several", "millions",
      "thousands", "hundreds", "more", "fewer");

  /**
   * The people of a country or region, not a person: "Many Iraqis believe", "Palestinians say",
   * "most Japanese". A plural demonym in "-ians"/"-eans" stands alone; one in "-ans", "-is" or
   * "-ese" needs a quantifier before it (a surname can end so: "Evans said", "Davis said").
   */
  static boolean demonymPlural(TokenSource ts, int start, int head) {
    String w = ts.lower(head);
    if (w.length() < 5 || !(ts instanceof SentenceTokens st)
        || !Character.isUpperCase(st.text(head).charAt(0))) {
      return false; // (at a sentence's start too: "Palestinians say")
    }
    boolean quantified = head > start && GROUP_QUANTIFIERS.contains(ts.lower(head - 1));
    return (w.endsWith("ians") || w.endsWith("eans")) && head - start <= 1
        || quantified && (w.endsWith("ans") || w.endsWith("is") || w.endsWith("ese"));
  }
}
