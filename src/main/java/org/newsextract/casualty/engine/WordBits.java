package org.newsextract.casualty.engine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word sets the casualty rules find their start words with, as one lookup per word: a word's
 * mask has the bit of each set that holds it. A sentence asked a dozen sets (see {@link
 * SentenceWords#startsOf}) looked each of its words up a dozen times; now once. Immutable, built
 * with the rules and shared by every thread.
 */
final class WordBits {
  private final Map<String, Integer> masks = new HashMap<>();
  private final Map<Set<String>, Integer> bits = new IdentityHashMap<>();

  /** One bit per set (by identity), at most 32 sets. */
  WordBits(List<Set<String>> sets) {
    if (sets.size() > Integer.SIZE) {
      throw new IllegalArgumentException("more word sets than bits: " + sets.size());
    }
    for (Set<String> set : sets) {
      Integer bit = bits.get(set);
      if (bit == null) {
        bit = 1 << bits.size();
        bits.put(set, bit);
      }
      for (String word : set) {
        masks.merge(word, bit, (a, b) -> a | b);
      }
    }
  }

  /** The bits of the sets that hold {@code word}; 0 for none. */
  int mask(String word) {
    Integer m = masks.get(word);
    return m == null ? 0 : m;
  }

  /** The bit of {@code set}, or 0 when it is not one of the sets. */
  int bit(Set<String> set) {
    Integer b = bits.get(set);
    return b == null ? 0 : b;
  }
}
