package org.newsextract.attribution.engine;

import java.util.Locale;

/**
 * The words one document writes only with a capital, at least once inside a sentence ("Trump",
 * "Twitter"): at the start of a sentence the tagger often reads such a word as an adjective or
 * an adverb ("Trump/ADJ , in turn, cites"), but the rest of the document says it is a name.
 *
 * <p>A word of the text is a letter, then letters and hyphens. Few words are ever asked about
 * (a sentence-opening word the tagger misread), so each question looks for that word alone
 * with {@link String#indexOf}: a scan of every word of the document, once per document, was
 * 1.7% of all the work on dense text.
 */
final class DocumentNames {
  private DocumentNames() {}

  /** Whether {@code word}, as written, is one of the names of {@code text}. */
  static boolean contains(String text, String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
        || !hasWord(text, word, true)) {
      return false;
    }
    // a word starting with a capital is never written in lower case so (the lower case of
    // such a word may itself start with a capital: then it counts as never written)
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(lower.charAt(0)) || !hasWord(text, lower, false);
  }

  /**
   * Whether {@code word} is a word of {@code text}; {@code inside}: one inside a sentence, after
   * a space that follows a lower-case letter or a comma (with spaces between).
   */
  private static boolean hasWord(String text, String word, boolean inside) {
    for (int s = text.indexOf(word); s >= 0; s = text.indexOf(word, s + 1)) {
      if (wordAt(text, s) != s + word.length()) {
        continue;
      }
      if (!inside) {
        return true;
      }
      if (s > 1 && Character.isWhitespace(text.charAt(s - 1))) {
        char before = before(text, s);
        if (Character.isLowerCase(before) || before == ',') {
          return true;
        }
      }
    }
    return false;
  }

  /** The end of the word starting at {@code s}, or -1 if none starts there. */
  static int wordAt(String text, int s) {
    if (!Character.isLetter(text.charAt(s))) {
      return -1;
    }
    // a hyphen continues the word before it: "x-Trump" is one word
    int j = s - 1;
    while (j >= 0 && text.charAt(j) == '-') {
      j--;
    }
    if (j >= 0 && Character.isLetter(text.charAt(j))) {
      return -1;
    }
    int k = s + 1;
    while (k < text.length() && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
      k++;
    }
    return k;
  }

  /** The last char before {@code s} that is not white space ('.' at the start). */
  private static char before(String text, int s) {
    for (int j = s - 1; j >= 0; j--) {
      if (!Character.isWhitespace(text.charAt(j))) {
        return text.charAt(j);
      }
    }
    return '.';
  }
}
