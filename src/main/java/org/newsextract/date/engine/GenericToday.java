package org.newsextract.date.engine;

import java.util.regex.Pattern;

/**
 * Whether "today" means nowadays ({@code PRESENT_REF}) rather than the reference day: "today's
 * youth", "the world of today", "Today, children grow up with phones", "Children today spend
 * ...". "Police today arrested" and "today's vote" stay the day.
 */
final class GenericToday {
  private GenericToday() {}

  /** Nouns after "today's" that make it mean "nowadays": "today's youth". */
  private static final Lexicon GENERIC_PRESENT_NOUNS = Lexicon.load("generic-present-nouns.txt");

  /** "today's youth", "today's world": the possessive at {@code b}, then such a noun. */
  static boolean beforeNoun(String s, int b) {
    return GENERIC_PRESENT_NOUNS.get(DateRelativeRules.nextWord(s, Math.min(s.length(), b + 1)))
        != null;
  }

  private static final Pattern OF_BEFORE =
      Pattern.compile("\\b(?:of|in)\\s$", Pattern.CASE_INSENSITIVE);
  /** "the youth of", "the world in": a generic noun before "today" (whole string). */
  private static final Pattern GENERIC_NOUN_OF_BEFORE =
      Pattern.compile(
          "(?s).*\\b(?:world|youth|generation|children|society|people|kids|women|men|business"
              + "|industry|media|problems?|challenges?|music|politics)\\s(?:of|in)\\s$");
  /** "And today", "but today" opening a clause (whole string). */
  private static final Pattern AND_BUT_BEFORE =
      Pattern.compile("(?s).*(?:^|[.!?]\\s|\\s)(?:[Aa]nd|[Bb]ut)\\s$");
  /** "Today, children grow up ...": a bare plural or a quantifier opens the clause. */
  private static final Pattern GENERIC_SUBJECT_AFTER =
      Pattern.compile(",?\\s{1,3}(?:(?:many|most|more|few|fewer|all|almost|nearly"
          + "|people|everyone|nobody|no\\sone)\\b|(?!(?:is|was|has|its|this|his|us|as|focus)\\b)"
          + "(?:[a-z]{3,20}s|children|women|men)\\s{1,3}(?:are|have|can|do|use|grow|live|need|want"
          + "|expect|know|see|face)\\b)");

  /**
   * "Children today spend ...": a generic plural (people by age, role or kind, no determiner)
   * opens the clause right before "today" (whole string). "Police today arrested" is a day.
   */
  private static final Pattern GENERIC_PLURAL_BEFORE =
      Pattern.compile("(?s)(?:.*(?:[.!?;:]\\s|,\\s"
          + "|\\b(?:and|but|while|that|said|says)\\s))?(?i:(?:many|most)\\s)?"
          + "(?i:children|kids|teens|teenagers|youngsters|young\\speople|students|parents"
          + "|families|women|men|people|consumers|workers|girls|boys)\\s$");
  /** A present-tense verb of habit or state after "today": "today spend", "today are". */
  private static final Pattern HABIT_VERB_AFTER = Pattern.compile(
      "\\s{1,3}(?:are|have|can|do|use|grow|live|need|want|expect|know|see|face|spend|tend"
          + "|prefer|rely|depend|struggle|worry|make|say|feel)\\b");

  /**
   * "today" meaning nowadays: "the youth of today", "in today's world" (see the check), and
   * "Today, children grow up with phones": at the head of a clause with no tense marker,
   * before a generic subject (a bare plural, "many", "most"); "Children today spend ...".
   */
  static boolean nowadays(DateContext c) {
    String s = c.sentence;
    String before = s.substring(Math.max(0, c.matchStart - 4), c.matchStart);
    if (OF_BEFORE.matcher(before).find() && (c.matchEnd >= s.length()
        || !Character.isLetterOrDigit(s.charAt(c.matchEnd)))
        && GENERIC_NOUN_OF_BEFORE.matcher(
            s.substring(Math.max(0, c.matchStart - 20), c.matchStart)).matches()) {
      return true; // "the youth of today"
    }
    if (GENERIC_PLURAL_BEFORE.matcher(s.substring(Math.max(0, c.matchStart - 40), c.matchStart))
        .matches() && HABIT_VERB_AFTER.matcher(s)
            .region(c.matchEnd, Math.min(s.length(), c.matchEnd + 12)).lookingAt()) {
      return true; // "Children today spend more time online"
    }
    boolean clauseHead = DateRelativeRules.sentenceInitial(s, c.matchStart)
        || AND_BUT_BEFORE.matcher(
            s.substring(Math.max(0, c.matchStart - 5), c.matchStart)).matches();
    return clauseHead && c.tense(true) == 0 && GENERIC_SUBJECT_AFTER.matcher(s)
        .region(c.matchEnd, Math.min(s.length(), c.matchEnd + 50)).lookingAt();
  }
}
