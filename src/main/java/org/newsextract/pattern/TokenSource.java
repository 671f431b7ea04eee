package org.newsextract.pattern;

/**
 * The tokens of one sentence as a pattern sees them. Tags may be computed lazily: the matcher asks
 * for a tag only after the words of a pattern's cue have matched.
 */
public interface TokenSource {
  int size();

  /** The token's text in lower case (Locale.ROOT). */
  String lower(int i);

  /** The token's Universal Dependencies POS tag (NOUN, VERB, PROPN, PUNCT, ...). */
  String tag(int i);

  /**
   * Whether token i follows token i - 1 with no space between, as the hyphen of
   * "policy-making" does and the dash of "economists - including" does not. Sources without
   * offsets say false.
   */
  default boolean joinedToPrevious(int i) {
    return false;
  }

  /**
   * What the caller's bits of token i's word are, told once per token by a {@link PatternSet}
   * built with them ({@link PatternSet#PatternSet(java.util.List, java.util.Map)}) before it
   * matches; ignored by default.
   */
  default void wordBits(int i, long bits) {}
}
