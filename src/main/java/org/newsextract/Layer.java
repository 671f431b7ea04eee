package org.newsextract;

/** The kinds of fact the extractor finds; each can be switched off in the builder. */
public enum Layer {
  DATES,
  QUOTES,
  ATTRIBUTIONS,
  CASUALTIES
}
