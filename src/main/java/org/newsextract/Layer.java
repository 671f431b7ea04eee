package org.newsextract;

/** The kinds of fact the extractor finds; each can be switched off in the builder. */
public enum Layer {
  /** Temporal expressions: {@link Extraction#dates()}. */
  DATES,
  /** Direct quotations and their speakers: {@link Extraction#quotes()}. */
  QUOTES,
  /**
   * Who said or reported what: {@link Extraction#attributions()} and, from them and the quotes,
   * {@link Extraction#sources()}.
   */
  ATTRIBUTIONS,
  /** Casualty counts: {@link Extraction#casualties()} and {@link Extraction#casualtyTotals()}. */
  CASUALTIES
}
