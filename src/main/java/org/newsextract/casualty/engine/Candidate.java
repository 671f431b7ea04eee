package org.newsextract.casualty.engine;

import java.util.Optional;
import org.newsextract.TextSpan;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CountPrecision;

/**
 * A count found by one rule, with what the totals need to know about it.
 *
 * @param rule the id of the rule that found it
 * @param span the whole phrase
 * @param cueStart where its cue word starts (two rules reading the same cue are one mention)
 * @param sentence the index of its sentence
 * @param singular a single victim named without a number ("a man was shot dead")
 * @param update the count updates an earlier one ("the death toll rose to 130")
 * @param additive the count adds to an earlier one ("another five were injured")
 * @param includedIn the larger count this one is part of ("including five attackers")
 * @param background a tally of a period, not the toll of one event ("more than 1,000 members
 *     have been killed since 1985", "in the past seven days")
 */
record Candidate(
    String rule,
    TextSpan span,
    int cueStart,
    Kind kind,
    long count,
    long countMax,
    CountPrecision precision,
    Optional<TextSpan> victims,
    int sentence,
    boolean singular,
    boolean update,
    boolean additive,
    Optional<TextSpan> includedIn,
    boolean background) {

  Candidate(String rule, TextSpan span, int cueStart, Kind kind, long count, long countMax,
      CountPrecision precision, Optional<TextSpan> victims, int sentence, boolean singular,
      boolean update, boolean additive, Optional<TextSpan> includedIn) {
    this(rule, span, cueStart, kind, count, countMax, precision, victims, sentence, singular,
        update, additive, includedIn, false);
  }

  /** This count, as a tally of a period. */
  Candidate asBackground() {
    return new Candidate(rule, span, cueStart, kind, count, countMax, precision, victims,
        sentence, singular, update, additive, includedIn, true);
  }

  boolean negated() {
    return count == 0;
  }

  boolean vague() {
    return precision == CountPrecision.APPROXIMATE && count != countMax;
  }

  CasualtyMention toMention() {
    return new CasualtyMention(span, kind.category(), count, countMax, precision, victims,
        includedIn);
  }

  /** A single victim named without a number: a count of 1. */
  static Candidate one(String rule, String text, int from, int start, int end,
      int cueStart, Kind kind, Optional<TextSpan> victims, int sentence) {
    return new Candidate(rule, TextSpan.of(text, from + start, from + end), from + cueStart,
        kind, 1, 1, CountPrecision.EXACT, victims, sentence, true, false, false,
        Optional.empty());
  }

  /** Nobody harmed: a count of 0. */
  static Candidate zero(String rule, String text, int from, int start, int end,
      int cueStart, Kind kind, int sentence) {
    return new Candidate(rule, TextSpan.of(text, from + start, from + end), from + cueStart,
        kind, 0, 0, CountPrecision.EXACT, Optional.empty(), sentence, false, false, false,
        Optional.empty());
  }
}
