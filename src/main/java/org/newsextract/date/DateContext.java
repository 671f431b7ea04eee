package org.newsextract.date;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What normalisation knows while it walks one document in text order: the reference date, the
 * last day-level date mentioned (the anchor for "two days later"), the last quarter mentioned
 * (for "the quarter", "a year earlier" in earnings reports) and the sentence being read.
 * Mutable; one per {@code extract} call.
 */
final class DateContext {
  private static final Pattern FUTURE_CUE =
      Pattern.compile(
          "\\b(?:will|won't|wo n't|'ll|’ll|shall|going to|plans? to|planned|planning|scheduled|"
              + "expects? to|expected to|is to|are to|due to|is due|are due|set to|"
              + "upcoming|would|could|might|until|payable|hopes? to|intends? to|ahead|tomorrow)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST_BEFORE =
      Pattern.compile(
          "(?:\\b(?:said|says|told|announced|reported|added|was|were|had|did|died|killed|"
              + "met|began|ended|came|went|held|took|made|left|fell|rose|closed|opened)|\\w{2,}ed)"
              + "(?:\\s+(?:on|late|early|last))?\\s*$",
          Pattern.CASE_INSENSITIVE);

  final Optional<LocalDate> ref;
  /** Last day-level date mentioned, or null. */
  LocalDate anchor;
  /** Last quarter mentioned: {year, quarter}, and the sentence it was in. */
  int quarterYear = -1;
  int quarter = -1;
  int quarterSentence = -1000;

  String sentence = "";
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

  /** The anchor for anchored relatives: last date mentioned, else the reference date. */
  LocalDate anchorOrBase() {
    return anchor != null ? anchor : base();
  }

  /**
   * Whether the words around the current match speak of the future ("will meet Friday"). A
   * past-tense verb right before the expression ("said Friday") wins.
   */
  boolean future() {
    int from = Math.max(0, matchStart - 60);
    String before = sentence.substring(from, matchStart);
    if (PAST_BEFORE.matcher(before).find()) {
      return false;
    }
    int to = Math.min(sentence.length(), matchEnd + 40);
    String window = sentence.substring(from, matchStart) + " " + sentence.substring(matchEnd, to);
    return FUTURE_CUE.matcher(window).find();
  }

  /** A quarter was mentioned in this or the previous two sentences. */
  boolean quarterInContext() {
    return quarter > 0 && sentenceIndex - quarterSentence <= 2;
  }

  void noteQuarter(int year, int q) {
    if (year > 0) {
      quarterYear = year;
      quarter = q;
      quarterSentence = sentenceIndex;
    }
  }

  static int quarterOf(LocalDate d) {
    return d.get(IsoFields.QUARTER_OF_YEAR);
  }
}
