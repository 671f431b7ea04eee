package org.newsextract.date.engine;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What normalisation knows while it walks one document in text order: the reference date, the
 * last day-level date mentioned (the anchor for "two days later"), the last quarter mentioned
 * (for "the quarter", "a year earlier" in earnings reports) and the sentence being read.
 * Mutable; one per {@code extract} call.
 */
final class DateContext {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{1,20}(?:['’][a-z]{1,2})?");
  private static final Set<String> FUTURE_WORDS =
      Set.of("will", "'ll", "’ll", "shall", "wo", "going", "scheduled", "plans", "planned",
          "planning", "expected", "expects", "expect", "due", "upcoming", "tomorrow", "would",
          "intends", "hopes", "until", "payable", "effective", "slated", "begins",
          "starts", "opens", "meets", "leaves", "arrives", "soon", "expires", "resumes",
          "convenes", "departs", "travels",
          // base forms: "meet separately Monday", "set to resume Monday"
          // (not "vote", "return", "visit": as nouns they say nothing of tense)
          "meet", "resume", "arrive", "testify", "decide", "plan", "intend", "intended",
          "convene", "depart");
  /** Before "plan" they make it the noun: "announced the plan Aug. 21". */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her",
      "their", "our", "this", "that", "new", "peace");
  private static final Set<String> PAST_WORDS =
      Set.of("said", "told", "was", "were", "had", "did", "met", "began", "came", "went", "took",
          "made", "left", "held", "saw", "gave", "sent", "led", "fled", "won", "lost", "struck",
          "fell", "rose", "ran", "spoke", "wrote", "found", "got", "shot", "hit", "put",
          "quit", "read", "broke", "brought", "bought", "sold", "paid", "became", "ago", "earlier",
          "last", "says", "say", "been", "yesterday", "since");
  private static final Pattern PLAN_AFTER_BE = Pattern.compile(
      "\\s{1,3}(?:not\\s{1,3})?(?:planning|going|expected|scheduled|due|set|slated|likely"
          + "|about)\\b");
  /** Words before "be" that put a participle ahead: "to be named", "must be held". */
  private static final Set<String> BE_AHEAD = Set.of("to", "must", "should", "can", "cannot");
  private static final Pattern EARLIEST_LIMIT =
      Pattern.compile("\\bas\\s(?:early|soon)\\sas\\s(?:on\\s)?$", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOT_PAST_ED = Set.of("scheduled", "planned", "expected",
      "slated", "red", "bed", "need", "speed", "seed", "feed", "indeed", "hundred", "united");

  final Optional<LocalDate> ref;
  /** Last day-level date mentioned, or null. */
  LocalDate anchor;
  private LocalDate monthAnchor;
  private LocalDate yearAnchor;
  private int seq;
  private int anchorSeq = -1;
  private int monthSeq = -1;
  private int yearSeq = -1;
  /** The sentence each anchor was mentioned in. */
  private int anchorSentence = -1000;
  private boolean daySeen;
  private int monthSentence = -1000;
  private int yearSentence = -1000;
  /** Last quarter mentioned: {year, quarter}, and the sentence it was in. */
  int quarterYear = -1;
  int quarter = -1;
  int quarterSentence = -1000;
  private int quarterSeq = -1;
  private int periodSeq = -1;

  /** The whole document, and where {@link #sentence} starts in it. */
  String doc = "";
  int chunkStart;
  String sentence = "";
  /** Bounds of the current sentence inside {@link #sentence} (which may be a paragraph). */
  int sentenceFrom;
  int sentenceTo;
  int sentenceIndex;
  int matchStart;
  int matchEnd;

  DateContext(Optional<LocalDate> ref) {
    this.ref = ref;
  }

  /** The reference date, or null. */
  LocalDate base() {
    return ref.orElse(null);
  }

  void noteDay(LocalDate d) {
    anchor = d;
    anchorSeq = ++seq;
    anchorSentence = sentenceIndex;
  }

  /** A day was named that no reference date resolves ("Monday" with no date): still near. */
  void noteDayNamed() {
    anchorSentence = sentenceIndex;
    daySeen = true;
  }

  void noteMonth(int year, int month) {
    monthAnchor = LocalDate.of(year, month, 1);
    monthSeq = ++seq;
    monthSentence = sentenceIndex;
  }

  void noteYear(int year) {
    yearAnchor = LocalDate.of(year, 1, 1);
    yearSeq = ++seq;
    yearSentence = sentenceIndex;
  }

  /**
   * Whether a date at least as fine as the unit was mentioned in this sentence or the one
   * before: "Rebels took the town on Monday. Two days later, ..." counts from Monday, while a
   * "Three days later" far from any date is a length of time.
   */
  boolean anchorNear(String unitCode) {
    int near = sentenceIndex - 1;
    boolean coarse = "M".equals(unitCode) || "Q".equals(unitCode) || "Y".equals(unitCode)
        || "DE".equals(unitCode) || "CE".equals(unitCode);
    return (anchorSeq >= 0 || daySeen) && anchorSentence >= near
        || coarse && monthSeq >= 0 && monthSentence >= near
        || coarse && !"M".equals(unitCode) && yearSeq >= 0 && yearSentence >= near;
  }

  /**
   * The anchor for "that year", "the following month": the latest date mentioned that is at
   * least as fine as the unit (a year for "that year", a month or day for "that month"), else
   * the reference date.
   */
  LocalDate anchorFor(String unitCode) {
    LocalDate best = mentionedAnchor(unitCode);
    return best != null ? best : base();
  }

  /** As {@link #anchorFor} but null when no date at least as fine was mentioned. */
  LocalDate mentionedAnchor(String unitCode) {
    LocalDate best = anchor;
    int bestSeq = anchorSeq;
    boolean coarse = "M".equals(unitCode) || "Q".equals(unitCode) || "Y".equals(unitCode)
        || "DE".equals(unitCode) || "CE".equals(unitCode);
    if (coarse && monthSeq > bestSeq) {
      best = monthAnchor;
      bestSeq = monthSeq;
    }
    if (coarse && !"M".equals(unitCode) && yearSeq > bestSeq) {
      best = yearAnchor;
    }
    return best;
  }

  /** The anchor for anchored relatives: last date mentioned, else the reference date. */
  LocalDate anchorOrBase() {
    return anchor != null ? anchor : base();
  }

  /**
   * Whether the clause around the current match speaks of the future ("will meet Friday",
   * "is scheduled to leave Tuesday"): the tense marker nearest to the expression decides, and
   * without one the past is assumed (news reports what happened).
   */
  boolean future() {
    return tense(true) > 0;
  }

  /**
   * +1 future, -1 past, 0 when no tense marker is near the current match. With {@code
   * edAsPast} false only listed words count (participles such as "extended to" mislead).
   */
  int tense(boolean edAsPast) {
    int from = Math.max(sentenceFrom, matchStart - 80);
    // at the head of a sentence ("On Tuesday, the league plans to ...") the verb comes after
    // the subject, so look further right
    int to = Math.min(sentenceTo, matchEnd + (matchStart - sentenceFrom <= 4 ? 90 : 40));
    // whole words only: "women" cut to "wo" would read as the "wo" of "won't"
    while (from > sentenceFrom && from < matchStart
        && Character.isLetter(sentence.charAt(from - 1))) {
      from--;
    }
    while (to < sentenceTo && to > matchEnd && Character.isLetter(sentence.charAt(to))) {
      to++;
    }
    if (from >= matchStart && to <= matchEnd) {
      return 0;
    }
    // "as early as Tuesday", "as soon as next week": a limit that lies ahead
    if (EARLIEST_LIMIT.matcher(sentence).region(from, matchStart).find()) {
      return 1;
    }
    int best = Integer.MAX_VALUE;
    int tense = 0;
    String prev1 = "";
    String prev2 = "";
    Matcher w = WORD.matcher(sentence);
    w.region(Math.max(0, from), Math.max(Math.max(0, from), Math.min(sentence.length(), to)));
    while (w.find()) {
      if (w.start() >= matchStart && w.end() <= matchEnd) {
        continue;
      }
      String word = w.group().toLowerCase(Locale.ROOT);
      Boolean f = null;
      int gap = w.end() <= matchStart ? matchStart - w.end() : w.start() - matchEnd;
      if (FUTURE_WORDS.contains(word) && !(word.equals("plan") && DETERMINERS.contains(prev1))
          && !planNoun(word, prev1, w.end())) {
        // "had been due to expire Friday": a plan in the past perfect is past
        f = prev1.equals("had") || prev1.equals("been") && prev2.equals("had")
            ? Boolean.FALSE : Boolean.TRUE;
      } else if (word.equals("effect") && (prev1.equals("takes") || prev1.equals("take"))) {
        f = Boolean.TRUE; // "takes effect on Dec. 31": a date set ahead
      } else if ((word.equals("was") || word.equals("were"))
          && PLAN_AFTER_BE.matcher(sentence).region(w.end(),
              Math.min(sentence.length(), w.end() + 24)).lookingAt()) {
        // "were planning to", "was expected to": the plan's tense, not the auxiliary's, counts
        f = null;
      } else if (PAST_WORDS.contains(word)
          // an "-ed" word counts only right next to the expression ("announced in March"):
          // further away it is as often an adjective ("a still unspecified date in January")
          || edAsPast && gap <= 16 && word.length() > 4 && word.endsWith("ed")
              && !NOT_PAST_ED.contains(word) && verbLike(w.end())) {
        // a participle after "be" ("will be held", "to be named") is not past; after a modal
        // that looks nowhere ("could not be reached", "could be located") it says nothing
        if (prev1.equals("be")) {
          f = FUTURE_WORDS.contains(prev2) || BE_AHEAD.contains(prev2) ? Boolean.TRUE : null;
        } else {
          f = prev2.equals("be") && FUTURE_WORDS.contains(prev1) ? Boolean.TRUE : Boolean.FALSE;
        }
      }
      prev2 = prev1;
      prev1 = word;
      if (f == null || reportingTail(word, w.start())) {
        continue;
      }
      int dist = w.end() <= matchStart ? matchStart - w.end() : w.start() - matchEnd;
      // markers after the expression are weaker: "Friday, the team will ..." is loose
      if (w.start() >= matchEnd) {
        dist += 10;
      }
      // a sentence-initial "until" takes the tense of its clause: "Until Thursday, they had
      // not called him" (but "postponed until Tuesday" looks ahead)
      if (word.equals("until") && w.start() - sentenceFrom <= 1) {
        dist += 20;
      }
      if (dist < best) {
        best = dist;
        tense = f ? 1 : -1;
      }
    }
    return tense;
  }

  /** Verbs of the attribution that closes a reported clause: "..., he said". */
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "wrote",
      "added", "noted", "explained", "stated", "insisted", "warned", "predicted");

  /**
   * "We will have a budget before Christmas, he said": a reporting verb after a comma that
   * follows the expression is the reporter's tense, not the reported clause's (an expression
   * that opens its sentence, "On Friday, officials said", takes the verb after it).
   */
  private boolean reportingTail(String word, int at) {
    if (at < matchEnd || matchStart - sentenceFrom <= 4 || !REPORTING.contains(word)) {
      return false;
    }
    for (int k = matchEnd; k < at; k++) {
      if (sentence.charAt(k) == ',') {
        return true;
      }
    }
    return false;
  }

  /** After "plans": what makes it the noun ("vacation plans for the trip", "its plans."). */
  private static final Pattern NOUN_PLANS_AFTER = Pattern.compile(
      "^(?:\\s{0,2}[,.;:)]|\\s{1,3}(?:for|and|or|of|were|are|had|have|fell|collapsed)\\b)");
  private static final Set<String> PLAN_PARTICIPLES = Set.of("planned", "scheduled", "expected");

  /**
   * "plans" used as a noun ("set aside vacation plans for the trip"), and "planned" used as an
   * adjective ("the hastily planned trip", "the planned merger"): neither looks ahead.
   */
  private boolean planNoun(String word, String prev1, int end) {
    if (word.equals("plans") || word.equals("plan")) {
      return NOUN_PLANS_AFTER.matcher(sentence).region(end, Math.min(sentence.length(), end + 12))
          .lookingAt();
    }
    if (PLAN_PARTICIPLES.contains(word)) {
      return prev1.endsWith("ly") && !prev1.equals("only") || DETERMINERS.contains(prev1);
    }
    return false;
  }

  private static final Pattern AFTER_VERB =
      Pattern.compile("^(?:[,.;]|\\s{1,3}(?:in|on|at|by|last|this|the|a|an|for|from|until|to"
          + "|during|early|late|since|after|before|about|over|and|its|his|her|their)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * An "-ed" word ending at {@code end} reads as a verb when a preposition, determiner or
   * punctuation follows it, or the expression itself; before a noun it is an adjective ("a
   * still unspecified date").
   */
  private boolean verbLike(int end) {
    if (end >= matchStart && end <= matchStart + 1 || end >= sentence.length()) {
      return true;
    }
    String after = sentence.substring(end, Math.min(sentence.length(), end + 12));
    return AFTER_VERB.matcher(after).find()
        || end < matchStart && sentence.substring(end, matchStart).isBlank();
  }

  /**
   * A quarter was mentioned in this or the previous five sentences, and no longer reporting
   * period since.
   */
  boolean quarterInContext() {
    return quarter > 0 && sentenceIndex - quarterSentence <= 5 && periodSeq < quarterSeq;
  }

  void noteQuarter(int year, int q) {
    if (year > 0) {
      quarterYear = year;
      quarter = q;
      quarterSentence = sentenceIndex;
      quarterSeq = ++seq;
    }
  }

  /** "the first nine months" was mentioned after the last quarter. */
  boolean periodAfterQuarter() {
    return periodSeq > quarterSeq;
  }

  /**
   * A longer reporting period ("the first nine months", "the first half") was mentioned: until
   * the next quarter, "a year earlier" compares with that period's year, not a quarter.
   */
  void notePeriod() {
    periodSeq = ++seq;
  }

  static int quarterOf(LocalDate d) {
    return d.get(IsoFields.QUARTER_OF_YEAR);
  }
}
