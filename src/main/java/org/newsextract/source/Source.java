package org.newsextract.source;

import java.util.List;
import java.util.Objects;
import org.newsextract.TextSpan;
import org.newsextract.attribution.SourceKind;

/**
 * One person, body or document the text cites: every attribution it is the source of and every
 * quote it is the speaker of, however the text names it there ("Donald Trump", "Trump", "he").
 *
 * @param canonical the fullest mention: the full name for a person or organisation, else the
 *     words of its first mention ("two sources familiar with the talks")
 * @param kind what kind of source it is
 * @param attributions indexes into {@link org.newsextract.Extraction#attributions()}, ascending
 * @param quotes indexes into {@link org.newsextract.Extraction#quotes()}, ascending
 */
public record Source(
    TextSpan canonical, SourceKind kind, List<Integer> attributions, List<Integer> quotes) {

  /**
   * Checks the components and makes unmodifiable copies of the index lists.
   *
   * @param canonical see {@link #canonical()}
   * @param kind see {@link #kind()}
   * @param attributions see {@link #attributions()}
   * @param quotes see {@link #quotes()}
   * @throws NullPointerException if a component is null
   */
  public Source {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
    attributions = List.copyOf(attributions);
    quotes = List.copyOf(quotes);
  }
}
