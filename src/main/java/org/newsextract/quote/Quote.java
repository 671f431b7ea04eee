package org.newsextract.quote;

import java.util.Objects;
import java.util.Optional;
import org.newsextract.TextSpan;

/**
 * One direct quotation.
 *
 * @param span the quoted words, without the quote marks
 * @param kind reported speech or other quoted words
 * @param speaker who says it, as the text puts it near the quote ("he", "a senior official")
 * @param cue the words that attribute it ("said", "told CNN", a colon)
 * @param resolvedSpeaker for a pronoun or short name, the fullest earlier mention of the same
 *     speaker ("Mokhtar Belmokhtar"); when the speaker is an attribution's source, that
 *     attribution's {@code resolvedSource()}
 */
public record Quote(
    TextSpan span,
    QuoteKind kind,
    Optional<TextSpan> speaker,
    Optional<TextSpan> cue,
    Optional<TextSpan> resolvedSpeaker) {

  /**
   * Checks that no component is null.
   *
   * @param span see {@link #span()}
   * @param kind see {@link #kind()}
   * @param speaker see {@link #speaker()}
   * @param cue see {@link #cue()}
   * @param resolvedSpeaker see {@link #resolvedSpeaker()}
   * @throws NullPointerException if a component is null
   */
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(resolvedSpeaker, "resolvedSpeaker");
  }
}
