package org.newsextract.attribution.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence is worth tokenizing at all: a cheap scan of its chars for the patterns'
 * anchor words, before any tokens or tags are computed. Immutable.
 */
final class AnchorScan {
  /** Letters of a word the scan compares (a longer word is cut). */
  private static final int MAX_LETTERS = 24;

  private final Set<String> words;
  /** Anchors that are not runs of letters, which the word scan cannot see. */
  private final List<String> otherAnchors;
  // bit (h mod 2^16) set for the String.hashCode h of each anchor word: a word whose hash
  // (summed as its letters are read) has no bit set is no anchor, so most words of a sentence
  // are passed over without a string or a set look-up
  private final long[] hashBits = new long[1 << 10];

  /** @param anchors the anchor words of the patterns (lower case) */
  AnchorScan(Set<String> anchors) {
    this.words = anchors;
    List<String> other = new ArrayList<>();
    for (String a : anchors) {
      if (a.isEmpty() || !WordClasses.allLetters(a)) {
        other.add(a);
      } else {
        int h = a.hashCode();
        hashBits[(h >>> 6) & (hashBits.length - 1)] |= 1L << h;
      }
    }
    this.otherAnchors = List.copyOf(other);
  }

  /** The lower case of the {@code letters} chars from {@code from}, char by char. */
  private static String lowerCase(String text, int from, int letters) {
    char[] w = new char[letters];
    for (int i = 0; i < letters; i++) {
      w[i] = Character.toLowerCase(text.charAt(from + i));
    }
    return new String(w);
  }

  /**
   * True when text[start, end) has an anchor word (runs of letters), or contains one of the
   * anchors that are not plain words (punctuation, "'s"). Not String.indexOf, which would look
   * on to the end of the document.
   */
  boolean mentionsAny(String text, int start, int end) {
    int from = -1; // where the word being read starts
    int letters = 0; // its letters read, at most MAX_LETTERS
    int h = 0; // the hashCode of its lower case (as far as read)
    for (int k = start; k <= end; k++) {
      char c = k < end ? text.charAt(k) : ' ';
      if (Character.isLetter(c)) {
        if (letters == 0) {
          from = k;
        }
        if (letters < MAX_LETTERS) {
          h = 31 * h + Character.toLowerCase(c);
          letters++;
        }
      } else if (letters > 0) {
        // the word's string is made only when its hash may be an anchor's
        if ((hashBits[(h >>> 6) & (hashBits.length - 1)] & 1L << h) != 0
            && words.contains(lowerCase(text, from, letters))) {
          return true;
        }
        letters = 0;
        h = 0;
      }
    }
    // the other anchors after the words: most sentences that have an anchor have a word one
    for (String a : otherAnchors) {
      for (int k = start; k + a.length() <= end; k++) {
        if (text.startsWith(a, k)) {
          return true;
        }
      }
    }
    return false;
  }
}
