package org.newsextract.attribution;

import java.util.Objects;
import java.util.Optional;
import org.newsextract.TextSpan;

/**
 * Who said or reported what, to whom.
 *
 * @param span the whole attribution phrase (source, cue, recipient and content); for a quote that
 *     continues a speaker named in an earlier paragraph, the quote alone
 * @param source who says it, when the text names it
 * @param resolvedSource the fullest mention of the person the source is when the source is a
 *     pronoun or a short name ("Donald Trump" for "he" or "Trump"), as quotes have {@link
 *     org.newsextract.quote.Quote#resolvedSpeaker()}; empty when the source names itself fully
 *     or nobody can be told with confidence
 * @param sourceKind what kind of person, body or document the source is: of the entity, so a
 *     resolved "he" is {@link SourceKind#NAMED_PERSON}
 * @param cue the words that signal the attribution: "said", "told", "according to", ":"; empty
 *     for a quotation whose speaker the text gives only before it (a quote standing in its own
 *     paragraph, a paragraph continuing a speaker's turn)
 * @param recipient to whom or through which medium: "CNN", "the New York Times"
 * @param content the reported statement, direct or indirect
 * @param pattern the id of the attribution pattern that found it
 */
public record Attribution(
    TextSpan span,
    Optional<TextSpan> source,
    Optional<TextSpan> resolvedSource,
    SourceKind sourceKind,
    Optional<TextSpan> cue,
    Optional<TextSpan> recipient,
    Optional<TextSpan> content,
    String pattern) {

  /**
   * Checks that no component is null.
   *
   * @param span see {@link #span()}
   * @param source see {@link #source()}
   * @param resolvedSource see {@link #resolvedSource()}
   * @param sourceKind see {@link #sourceKind()}
   * @param cue see {@link #cue()}
   * @param recipient see {@link #recipient()}
   * @param content see {@link #content()}
   * @param pattern see {@link #pattern()}
   * @throws NullPointerException if a component is null
   */
  public Attribution {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(resolvedSource, "resolvedSource");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(pattern, "pattern");
  }

  /**
   * This attribution with its source resolved to {@code resolved} of kind {@code kind}.
   *
   * @param resolved the fullest mention of the source, or empty
   * @param kind the kind of the entity the source is
   * @return a copy with {@code resolvedSource} and {@code sourceKind} replaced
   */
  public Attribution withResolvedSource(Optional<TextSpan> resolved, SourceKind kind) {
    return new Attribution(span, source, resolved, kind, cue, recipient, content, pattern);
  }
}
