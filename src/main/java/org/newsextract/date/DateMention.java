package org.newsextract.date;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Objects;
import java.util.Optional;
import org.newsextract.TextSpan;

/**
 * One temporal expression found in the text.
 *
 * @param span the expression in the caller's text
 * @param type its TIMEX3 type
 * @param value its TIMEX3 value ({@code 2012-09-11}, {@code P4D}, {@code XXXX-WXX-5},
 *     {@code PAST_REF}, ...); underspecified ({@code XXXX-XX-XX}) where no reference date allowed
 *     resolving it
 * @param granularity how finely the value is known
 * @param temporal the value as java.time ({@code LocalDate}, {@code YearMonth}, {@code Year},
 *     {@code LocalDateTime}) when it is a fully specified point
 * @param amount the value as java.time ({@code Period} or {@code Duration}) for durations with a
 *     definite length
 * @param rule the id of the rule that found it
 * @param mod the TIMEX3 {@code mod} its words give ("about two years" is {@link
 *     TimexMod#APPROX}, "early March" {@link TimexMod#START})
 * @param quant the TIMEX3 {@code quant} of a set: {@code EVERY} or {@code EACH}
 * @param freq the TIMEX3 {@code freq} of a set: {@code 2X} for "twice a week"
 * @param anchor the event the expression is counted from ("the attack" in "two days after the
 *     attack"), resolved or not; empty for expressions not anchored on an event
 */
public record DateMention(
    TextSpan span,
    TimexType type,
    String value,
    Granularity granularity,
    Optional<Temporal> temporal,
    Optional<TemporalAmount> amount,
    String rule,
    Optional<TimexMod> mod,
    Optional<String> quant,
    Optional<String> freq,
    Optional<EventAnchor> anchor) {

  /**
   * Checks that no component is null.
   *
   * @param span see {@link #span()}
   * @param type see {@link #type()}
   * @param value see {@link #value()}
   * @param granularity see {@link #granularity()}
   * @param temporal see {@link #temporal()}
   * @param amount see {@link #amount()}
   * @param rule see {@link #rule()}
   * @param mod see {@link #mod()}
   * @param quant see {@link #quant()}
   * @param freq see {@link #freq()}
   * @param anchor see {@link #anchor()}
   * @throws NullPointerException if a component is null
   */
  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(temporal, "temporal");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(mod, "mod");
    Objects.requireNonNull(quant, "quant");
    Objects.requireNonNull(freq, "freq");
    Objects.requireNonNull(anchor, "anchor");
  }

  /**
   * A mention not anchored on an event.
   *
   * @param span see {@link #span()}
   * @param type see {@link #type()}
   * @param value see {@link #value()}
   * @param granularity see {@link #granularity()}
   * @param temporal see {@link #temporal()}
   * @param amount see {@link #amount()}
   * @param rule see {@link #rule()}
   * @param mod see {@link #mod()}
   * @param quant see {@link #quant()}
   * @param freq see {@link #freq()}
   * @throws NullPointerException if a component is null
   */
  public DateMention(TextSpan span, TimexType type, String value, Granularity granularity,
      Optional<Temporal> temporal, Optional<TemporalAmount> amount, String rule,
      Optional<TimexMod> mod, Optional<String> quant, Optional<String> freq) {
    this(span, type, value, granularity, temporal, amount, rule, mod, quant, freq,
        Optional.empty());
  }
}
