package org.newsextract.date.engine;

import java.util.List;

/**
 * A fixed list of lower-case words, each numbered by its place in the list, and the number of a
 * word of a text (ASCII letters in either case) found without making a String of it: the date
 * scans look up most words of the text, and a lower-case copy of each cost more than the
 * look-up. Immutable.
 */
final class WordIds {
  private final String[] words;
  /** Open addressing by {@link #hash}: a word's number plus one; 0 for an empty slot. */
  private final int[] slots;

  /** The words, numbered 0, 1, ... in the list's order; no word twice. */
  WordIds(List<String> words) {
    this.words = words.toArray(new String[0]);
    int size = Integer.highestOneBit(Math.max(4, this.words.length * 3)) * 2;
    slots = new int[size];
    for (int id = 0; id < this.words.length; id++) {
      int k = spread(this.words[id].hashCode()) & (size - 1);
      while (slots[k] != 0) {
        if (this.words[slots[k] - 1].equals(this.words[id])) {
          throw new IllegalArgumentException("a word twice: " + this.words[id]);
        }
        k = (k + 1) & (size - 1);
      }
      slots[k] = id + 1;
    }
  }

  /** How many words there are. */
  int size() {
    return words.length;
  }

  /** The word numbered {@code id}. */
  String word(int id) {
    return words[id];
  }

  /**
   * The hash of a word that goes on from hash {@code h} with the ASCII letter {@code c}, in
   * lower case (0 for no letter yet): the {@link String#hashCode} of the lower-case word.
   */
  static int hash(int h, char c) {
    return 31 * h + (c | 0x20);
  }

  /**
   * The number of the word {@code s[from, to)}, ASCII letters whose {@link #hash} is {@code
   * hash}, or -1 when it is none of the words.
   */
  int id(CharSequence s, int from, int to, int hash) {
    int mask = slots.length - 1;
    for (int k = spread(hash) & mask; slots[k] != 0; k = (k + 1) & mask) {
      String w = words[slots[k] - 1];
      if (w.length() == to - from && sameLetters(w, s, from)) {
        return slots[k] - 1;
      }
    }
    return -1;
  }

  /** {@code s} has {@code w}'s letters from {@code from}, in either case. */
  private static boolean sameLetters(String w, CharSequence s, int from) {
    for (int k = 0; k < w.length(); k++) {
      if ((s.charAt(from + k) | 0x20) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ h >>> 16;
  }
}
