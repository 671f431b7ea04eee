package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.ContentPhrases.contentLeft;
import static org.newsextract.attribution.engine.ContentPhrases.contentRight;
import static org.newsextract.attribution.engine.NounChunks.chunkLeft;
import static org.newsextract.attribution.engine.NounChunks.chunkRight;
import static org.newsextract.attribution.engine.SourcePhrases.sourceLeft;
import static org.newsextract.attribution.engine.SourcePhrases.sourceRight;

import org.newsextract.pattern.SlotFinder;
import org.newsextract.pattern.TokenSource;

/**
 * Finds the phrases that fill attribution slots, with a small bounded chunker over UD tags:
 * {@code source} and {@code recipient} are noun phrases next to the boundary (a source may carry
 * an appositive, "Brian Fallon, a spokesman for the campaign,", or a relative clause, "officials
 * who asked not to be named"); {@code content} is the rest of the clause on its side. Every call
 * looks at a bounded number of tokens. Stateless and thread-safe.
 *
 * <p>The rules live in one class per question: {@link SourcePhrases} (with {@link
 * Appositives} and {@link SharedSubjects}), {@link ContentPhrases}, and {@link NounChunks},
 * the chunker they share. A recipient is a plain noun chunk.
 */
final class PhraseFinder implements SlotFinder {
  static final int RECIPIENT_MAX_TOKENS = 8;

  /** How many slot kinds are remembered per sentence ({@link #kind}). */
  static final int KINDS = 6;

  @Override
  public int[] find(String name, Side side, TokenSource ts, int boundary) {
    int kind = kind(name, side);
    if (kind < 0 || !(ts instanceof SentenceTokens st)) {
      return findAnew(name, side, ts, boundary);
    }
    int[] seen = st.remembered(kind, boundary);
    if (seen != null) {
      return seen == SentenceTokens.NOTHING_FOUND ? null : seen;
    }
    int[] found = findAnew(name, side, ts, boundary);
    st.remember(kind, boundary, found);
    return found;
  }

  /** The slot and side as one small number, or -1 for a slot no rule here fills. */
  static int kind(String name, Side side) {
    int slot = switch (name) {
      case "source" -> 0;
      case "recipient" -> 1;
      case "content" -> 2;
      default -> -1;
    };
    return slot < 0 ? -1 : slot * 2 + side.ordinal();
  }

  private int[] findAnew(String name, Side side, TokenSource ts, int boundary) {
    return switch (name) {
      case "source" -> side == Side.LEFT ? sourceLeft(ts, boundary) : sourceRight(ts, boundary);
      case "recipient" -> side == Side.LEFT ? chunkLeft(ts, boundary, RECIPIENT_MAX_TOKENS)
          : recipientRight(ts, boundary);
      case "content" -> side == Side.LEFT ? contentLeft(ts, boundary) : contentRight(ts, boundary);
      default -> null;
    };
  }

  private int[] recipientRight(TokenSource ts, int b) {
    return chunkRight(ts, b, RECIPIENT_MAX_TOKENS, false);
  }
}
