package org.newsextract.attribution.engine;

import java.util.HashSet;
import java.util.Set;
import org.newsextract.analysis.TextAnalysis;

/**
 * The words one document writes only with a capital, at least once inside a sentence ("Trump",
 * "Twitter"): at the start of a sentence the tagger often reads such a word as an adjective or
 * an adverb ("Trump/ADJ , in turn, cites"), but the rest of the document says it is a name.
 * Built once per document in one linear pass over the text.
 */
final class DocumentNames {
  private static final Object MEMO_KEY = new Object();

  private final Set<String> names;

  private DocumentNames(Set<String> names) {
    this.names = names;
  }

  static DocumentNames of(TextAnalysis analysis) {
    return analysis.memo(MEMO_KEY, () -> scan(analysis.text()));
  }

  /** Whether {@code word}, as written, is one of the document's names. */
  boolean contains(String word) {
    return names.contains(word);
  }

  private static DocumentNames scan(String text) {
    // first the capitalised words inside sentences (few), then only the lower-case words that
    // could spell one of them: a string and a set entry for every word of the text was 2% of
    // all the work on dense text
    Set<String> inside = new HashSet<>();
    words(text, (s, k, before) -> {
      if (Character.isUpperCase(text.charAt(s)) && s > 1
          && Character.isWhitespace(text.charAt(s - 1))
          // inside a sentence: after a lower-case letter or a comma, with a space between
          && (Character.isLowerCase(before) || before == ',')) {
        inside.add(text.substring(s, k));
      }
    });
    if (inside.isEmpty()) {
      return new DocumentNames(Set.of());
    }
    Set<String> lowered = new HashSet<>();
    // per first char (a-z; 26: any other), bit n: some lowered name has n chars (63: 63 or
    // more); a word without its bit is no lowered name, so it needs no string
    long[] lengths = new long[27];
    for (String w : inside) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      lowered.add(lower);
      lengths[firstSlot(lower.charAt(0))] |= 1L << Math.min(63, lower.length());
    }
    Set<String> written = new HashSet<>();
    words(text, (s, k, before) -> {
      char first = text.charAt(s);
      if (!Character.isUpperCase(first)
          && (lengths[firstSlot(first)] & 1L << Math.min(63, k - s)) != 0) {
        String w = text.substring(s, k);
        if (lowered.contains(w)) {
          written.add(w);
        }
      }
    });
    Set<String> names = new HashSet<>();
    for (String w : inside) {
      if (!written.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        names.add(w);
      }
    }
    return new DocumentNames(names);
  }

  private static int firstSlot(char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' : 26;
  }

  /** What {@link #words} calls per word {@code text[start, end)}. */
  private interface WordAction {
    /** @param before the last non-space char before the word ('.' at the start) */
    void at(int start, int end, char before);
  }

  /** Each word of {@code text}: a letter, then letters and hyphens. */
  private static void words(String text, WordAction action) {
    int n = text.length();
    int k = 0;
    char before = '.';
    while (k < n) {
      char c = text.charAt(k);
      if (!Character.isLetter(c)) {
        if (!Character.isWhitespace(c)) {
          before = c;
        }
        k++;
        continue;
      }
      int s = k;
      while (k < n && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
        k++;
      }
      action.at(s, k, before);
      before = text.charAt(k - 1);
    }
  }
}
