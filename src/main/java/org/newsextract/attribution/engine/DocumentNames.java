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
    Set<String> inside = new HashSet<>();
    Set<String> lowercase = new HashSet<>();
    int n = text.length();
    int k = 0;
    char before = '.'; // the last non-space character before the current word
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
      String w = text.substring(s, k);
      if (Character.isUpperCase(c)) {
        // inside a sentence: after a lower-case letter or a comma, with a space between
        if (s > 1 && Character.isWhitespace(text.charAt(s - 1))
            && (Character.isLowerCase(before) || before == ',')) {
          inside.add(w);
        }
      } else {
        lowercase.add(w);
      }
      before = text.charAt(k - 1);
    }
    Set<String> names = new HashSet<>();
    for (String w : inside) {
      if (!lowercase.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        names.add(w);
      }
    }
    return new DocumentNames(names);
  }
}
