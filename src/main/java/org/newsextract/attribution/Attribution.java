package org.newsextract.attribution;

import java.util.Objects;
import java.util.Optional;
import org.newsextract.TextSpan;

/**
 * Who said or reported what, to whom.
 *
 * @param span the whole attribution phrase (source, cue, recipient and content)
 * @param source who says it, when the text names it
 * @param sourceKind what kind of source it is
 * @param cue the words that signal the attribution: "said", "told", "according to"
 * @param recipient to whom or through which medium: "CNN", "the New York Times"
 * @param content the reported statement, direct or indirect
 * @param pattern the id of the attribution pattern that found it
 */
public record Attribution(
    TextSpan span,
    Optional<TextSpan> source,
    SourceKind sourceKind,
    TextSpan cue,
    Optional<TextSpan> recipient,
    Optional<TextSpan> content,
    String pattern) {

  public Attribution {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(pattern, "pattern");
  }
}
