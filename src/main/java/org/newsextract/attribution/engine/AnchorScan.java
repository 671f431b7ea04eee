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
  // per first letter a-z, bit n set when some anchor word of n letters starts with it: most
  // words of a sentence are then passed over without a string or a set look-up
  private final int[] lengthsByFirst = new int[26];

  /** @param anchors the anchor words of the patterns (lower case) */
  AnchorScan(Set<String> anchors) {
    this.words = anchors;
    List<String> other = new ArrayList<>();
    for (String a : anchors) {
      if (a.isEmpty() || !allLetters(a)) {
        other.add(a);
      } else if (a.charAt(0) >= 'a' && a.charAt(0) <= 'z' && a.length() <= MAX_LETTERS) {
        lengthsByFirst[a.charAt(0) - 'a'] |= 1 << a.length();
      }
    }
    this.otherAnchors = List.copyOf(other);
  }

  /**
   * True when text[start, end) has an anchor word (runs of letters), or contains one of the
   * anchors that are not plain words (punctuation, "'s"). Not String.indexOf, which would look
   * on to the end of the document.
   */
  boolean mentionsAny(String text, int start, int end) {
    StringBuilder w = new StringBuilder(MAX_LETTERS);
    for (int k = start; k <= end; k++) {
      char c = k < end ? text.charAt(k) : ' ';
      if (Character.isLetter(c)) {
        if (w.length() < MAX_LETTERS) {
          w.append(Character.toLowerCase(c));
        }
      } else if (w.length() > 0) {
        if (mayBeAnchor(w) && words.contains(w.toString())) {
          return true;
        }
        w.setLength(0);
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

  /** False when no anchor word has the first letter and length of {@code w}. */
  private boolean mayBeAnchor(StringBuilder w) {
    char first = w.charAt(0);
    return first < 'a' || first > 'z' || (lengthsByFirst[first - 'a'] & 1 << w.length()) != 0;
  }

  private static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
