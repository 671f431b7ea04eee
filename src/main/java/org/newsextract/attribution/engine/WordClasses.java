package org.newsextract.attribution.engine;

import java.util.Set;
import org.newsextract.analysis.TimeWords;
import org.newsextract.pattern.TokenSource;

/**
 * What kind of word a token is, as the phrase rules read it: quotation marks, possessives, time
 * words, relative pronouns, nominal tags, the words a clause starts after, the pieces of
 * hyphenated names and initials, group nouns the tagger calls verbs. Stateless.
 */
final class WordClasses {
  private WordClasses() {}

  static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NUM");
  static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  static final Set<String> NOT_NP_START = Set.of("that", "what", "how", "why", "whether",
      "if", "when", "where", "which", "there", "it", "this", "these", "those", "such");
  static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
      "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "earlier",
      "later", "last", "next", "ago", "recently");
  static final Set<String> POSSESSIVE_DETS = Set.of("his", "her", "their", "its", "our",
      "my", "your");
  /** Time-phrase ends besides the calendar's: "the day", "in the past", "at that point". */
  private static final Set<String> MORE_TIME_HEADS = Set.of("day", "past", "time", "point",
      "tonight", "earlier", "later", "recently", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
      "dec.");

  /** A word that ends a time phrase: "this month", "on Tuesday", "in late August", "in 2010". */
  static boolean timeHead(String w) {
    return TimeWords.isCalendarHead(w) || MORE_TIME_HEADS.contains(w);
  }

  /** A word a subject phrase can start after: punctuation, a conjunction, a verb of saying. */
  static boolean clauseBoundary(TokenSource ts, int k) {
    String t = ts.tag(k);
    return t.equals("PUNCT") || t.equals("CCONJ") || t.equals("SCONJ")
        || TokenWords.is(ts, k, TokenWords.CUE) || TokenWords.is(ts, k, TokenWords.RELATIVE)
        || isQuote(ts.lower(k)) || WH_OPENERS.contains(ts.lower(k));
  }

  // tagged as adverbs, these open a clause all the same: "when Rubio and Bush said"
  private static final Set<String> WH_OPENERS = Set.of("when", "where", "while", "whenever",
      "wherever", "once");

  /** "advocates", "supporters" tagged as a verb: a plural group noun all the same. */
  static boolean groupNounAsVerb(TokenSource ts, int x) {
    return ts.tag(x).equals("VERB") && ts.lower(x).endsWith("s")
        && TokenWords.is(ts, x, TokenWords.GROUP_NOUN);
  }

  /** "the planning/VERB for": an -ing form after a determiner is a noun. */
  static boolean gerundNoun(TokenSource ts, int x) {
    return x > 0 && ts.tag(x).equals("VERB") && ts.lower(x).endsWith("ing")
        && ts.tag(x - 1).equals("DET");
  }

  static boolean isLinkTag(String t) {
    return t.equals("ADP") || t.equals("CCONJ") || t.equals("SCONJ") || t.equals("PUNCT")
        || t.equals("PART") || t.equals("ADV") || t.equals("AUX") || t.equals("VERB");
  }

  /**
   * A possessive determiner that opens a noun phrase: "according to its annual report", "his
   * campaign's filings". The tagger tags it PRON; "told her the deal" keeps "her" alone.
   */
  static boolean possessiveOpener(TokenSource ts, int b) {
    if (!POSSESSIVE_DETS.contains(ts.lower(b)) || b + 1 >= ts.size()) {
      return false;
    }
    String next = ts.tag(b + 1);
    return next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ")
        || next.equals("NUM");
  }

  static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``")
        || w.equals("„");
  }

  /** A token the tokenizer split off a hyphenated name: "-GfK". */
  static boolean hyphenated(String w) {
    return w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
  }

  /** The token before {@code dot} is a name's initial: one letter, a name ("Paul D. Ryan"). */
  static boolean initialBefore(TokenSource ts, int dot) {
    String w = ts.lower(dot - 1);
    return w.length() == 1 && Character.isLetter(w.charAt(0)) && ts.tag(dot - 1).equals("PROPN");
  }

  static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("'");
  }

  /**
   * Bodies that go by a name given after "known as", "called" or "named": "A group known as
   * BlackShade", "a militia called the Northern Front" (not "a man known as Abu Ali").
   */
  static final Set<String> NAMED_BODIES = Set.of("group", "militia", "faction", "movement",
      "organization", "organisation", "network", "company", "firm", "outfit", "collective",
      "gang", "cell", "coalition", "alliance", "front", "brigade", "unit", "sect", "cult",
      "startup", "charity", "consortium", "syndicate", "cartel", "party");

  /**
   * Where the name starts when the word at {@code k} opens "known as X", "called X" or "named
   * X"; else -1.
   */
  static int namingAt(TokenSource ts, int k) {
    String w = ts.lower(k);
    if (w.equals("known") && k + 1 < ts.size() && ts.lower(k + 1).equals("as")) {
      return k + 2;
    }
    return w.equals("called") || w.equals("named") ? k + 1 : -1;
  }

  /** After "call", a name a group or people use for themselves: "a group calling itself ...". */
  static final Set<String> SELF_NAMING = Set.of("itself", "themselves");

  /** Words ending in "-ing" that are no participle: "thing", "during", "morning". */
  private static final Set<String> ING_NOUNS = Set.of("thing", "things", "something", "nothing",
      "anything", "everything", "during", "morning", "evening", "spring", "string", "king",
      "ring", "wing", "building", "ceiling", "meeting", "hearing", "briefing", "ruling",
      "funding", "housing", "training", "spending", "bombing", "shooting", "killing", "wedding");

  /** Every char of {@code s} is a letter (true for ""). */
  static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An "-ing" word that can head a participle phrase ("Landlords opposing the cap"), whatever
   * the tagger's guess; not a noun in "-ing" ("The last thing some want").
   */
  static boolean ingParticiple(String w) {
    return w.length() > 5 && w.endsWith("ing") && !ING_NOUNS.contains(w);
  }
}
