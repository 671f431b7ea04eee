package org.newsextract.quote;

/** What a quoted stretch of text is. Filter on it to keep only reported speech. */
public enum QuoteKind {
  /** Reported speech or writing: someone's words. */
  SPEECH,
  /** Short quoted words that are not speech: scare quotes, titles, glosses, nicknames. */
  OTHER
}
