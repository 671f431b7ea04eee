package org.newsextract.attribution.engine;

import java.util.Set;
import org.newsextract.names.FirstNames;
import org.newsextract.names.PersonNouns;
import org.newsextract.pattern.TokenSource;

/**
 * Whether words of a source phrase are written as a name: capitalised, lower case or all
 * capitals in the text ("Sanders", "CIA"), a person's name after a first name or a title
 * ("Don Guardian", "chief of staff Reince Priebus"), or a name after a comma ("the company's
 * chief executive, Anna Perez,"). Asked by {@link SourceClassifier} and {@link PeoplePhrases}.
 */
final class NameShapes {
  private NameShapes() {}

  /**
   * Where the core ends when the "of" at {@code of} belongs to a title that a name closes
   * ("Director of National Intelligence James Clapper", "chief of staff Reince Priebus"), or
   * {@code of} itself when it is an ordinary preposition ("the head of the agency").
   */
  static int titleOfName(TokenSource ts, int of, int end) {
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

  /**
   * A first name at {@code first} starts a person's name up to {@code head}: no body's word
   * after it ("Christian News Service"), except a surname that is also one ("Don Guardian"), and
   * no firm's last word ("Walt Disney Co.").
   */
  static boolean personalName(TokenSource ts, int first, int head) {
    for (int x = first + 1; x < head; x++) {
      if (TokenWords.is(ts, x, TokenWords.ORGANIZATION_WORD)) {
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

  /** After a comma, the phrase ends in a name of two or more words and names no body. */
  static boolean appositiveEndsInName(TokenSource ts, int coreEnd, int end) {
    if (coreEnd >= end || !ts.lower(coreEnd).equals(",")) {
      return false;
    }
    int last = end - 1;
    while (last > coreEnd && ts.tag(last).equals("PUNCT")) {
      last--;
    }
    int first = last + 1;
    while (first - 1 > coreEnd && (ts.tag(first - 1).equals("PROPN")
        && capitalisedWord(ts, first - 1)
        && !TokenWords.is(ts, first - 1, TokenWords.ORGANIZATION_WORD)
        || ts.lower(first - 1).equals("&") && first - 2 > coreEnd)) {
      first--; // ("Pratt & Whitney": a firm's name joins its names with "&")
    }
    for (int x = coreEnd; x < first; x++) {
      if (ts.lower(x).equals("who")) {
        return false; // "his wife, who met Bill Clinton": a clause, not an appositive
      }
    }
    return last - first >= 1;
  }

  /** Trades and kinds of body an appositive may give a name: "the country's biggest lender". */
  private static final Set<String> BODY_KINDS = Set.of("group", "firm", "company", "retailer",
      "chain", "carrier", "lender", "insurer", "charity", "broadcaster", "manufacturer",
      "conglomerate", "supplier", "startup", "utility", "airline", "bank", "party",
      "union", "organization", "organisation", "association", "network", "militia", "movement",
      "coalition", "alliance", "federation", "foundation", "institute", "agency", "watchdog",
      "regulator", "exporter", "importer", "refiner");

  /**
   * "Legambiente, Italy's largest environmental group,", "Tata Steel, the country's biggest
   * steelmaker,": the appositive after the comma is headed by a kind of body.
   */
  static boolean appositiveNamesBody(TokenSource ts, int coreEnd, int end) {
    if (coreEnd + 1 >= end || !ts.lower(coreEnd).equals(",")
        || ts.tag(coreEnd + 1).equals("VERB")) {
      return false; // (", visiting the flooded town": a participle's clause, no appositive)
    }
    int last = coreEnd + 1; // the appositive's head: before a comma, a preposition or "who"
    while (last < end && !ts.lower(last).equals(",") && !ts.tag(last).equals("ADP")
        && !ts.tag(last).equals("PRON") && last - coreEnd <= 8) {
      last++;
    }
    return last - 1 > coreEnd && ts.tag(last - 1).equals("NOUN") && bodyKind(ts.lower(last - 1));
  }

  /** A noun for a kind of body or a trade: "group", "lender", "steelmaker", "ministry". */
  static boolean bodyKind(String noun) {
    return BODY_KINDS.contains(noun) || noun.endsWith("maker")
        || Lexicons.ORGANIZATION_NOUNS.contains(noun);
  }

  /** A proper noun right after a comma in {@code [from, to)}: an appositive name. */
  static boolean nameAfterComma(TokenSource ts, int from, int to) {
    for (int x = Math.max(from, 1); x < to; x++) {
      if (ts.tag(x).equals("PROPN") && ts.lower(x - 1).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised in the text (and not all capitals), inside the sentence. */
  static boolean capitalisedWord(TokenSource ts, int x) {
    if (!(ts instanceof SentenceTokens st) || x == 0) {
      return false;
    }
    String w = st.text(x);
    return w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && Character.isLowerCase(w.charAt(w.length() - 1))
        && !ts.tag(x).equals("PRON") && !ts.tag(x).equals("DET");
  }

  /** Written in lower case in the text (so no part of a name). */
  static boolean lowerCaseWord(TokenSource ts, int x) {
    return ts instanceof SentenceTokens st && Character.isLowerCase(st.text(x).charAt(0));
  }

  static boolean isAcronym(TokenSource ts, int x) {
    String w = ts.lower(x);
    return w.length() >= 2 && w.length() <= 6
        && (ts.tag(x).equals("PROPN") || ts.tag(x).equals("NOUN"))
        && (WordClasses.allLetters(w) || dottedAfterThe(ts, x)) && isUpper(ts, x);
  }

  /** Letters with a dot each. */
  private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile(
      "(?:\\p{L}\\.){2,3}");

  /**
   * "the U.N.", "The E.U.": dotted initials after "the" name a body; alone they are a person's
   * ("J.M. Berger") or a state's ("Charlotte, N.C.").
   */
  private static boolean dottedAfterThe(TokenSource ts, int x) {
    return x > 0 && ts.lower(x - 1).equals("the") && DOTTED.matcher(ts.lower(x)).matches()
        && (x + 1 >= ts.size() || !capitalisedWord(ts, x + 1));
  }

  private static boolean isUpper(TokenSource ts, int x) {
    // TokenSource has no original case; SentenceTokens does
    return ts instanceof SentenceTokens st && st.text(x).equals(
        st.text(x).toUpperCase(java.util.Locale.ROOT));
  }

  static boolean isCapitalizedName(TokenSource ts, int x) {
    return ts.tag(x).equals("NOUN") && isAcronym(ts, x);
  }
}
