package org.newsextract.attribution.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence is worth tokenizing at all: a cheap scan of its chars for the patterns'
 * anchor words, before any tokens or tags are computed.
 */
final class AnchorScan {
  private AnchorScan() {}

  /**
   * True when text[start, end) has a word from {@code words} (runs of letters), or contains one
   * of the anchors that are not plain words (punctuation, "'s").
   */
  static boolean mentionsAny(
      String text, int start, int end, Set<String> words, List<String> otherAnchors) {
    for (String a : otherAnchors) {
      for (int k = start; k + a.length() <= end; k++) {
        if (text.startsWith(a, k)) {
          return true;
        }
      }
    }
    StringBuilder w = new StringBuilder(24);
    for (int k = start; k <= end; k++) {
      char c = k < end ? text.charAt(k) : ' ';
      if (Character.isLetter(c)) {
        if (w.length() < 24) {
          w.append(Character.toLowerCase(c));
        }
      } else if (w.length() > 0) {
        if (words.contains(w.toString())) {
          return true;
        }
        w.setLength(0);
      }
    }
    return false;
  }

  /** Anchors that are not runs of letters, which the word scan cannot see. */
  static List<String> otherAnchors(Set<String> anchors) {
    List<String> out = new ArrayList<>();
    for (String a : anchors) {
      if (a.isEmpty() || !allLetters(a)) {
        out.add(a);
      }
    }
    return List.copyOf(out);
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
