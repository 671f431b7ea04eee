package org.newsextract.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Asking about one word gives what a scan of every word of the document would: the names are
 * the words written with a capital inside a sentence and never in lower case.
 */
class DocumentNamesProperties {
  @Test
  void aWordCapitalisedInsideASentenceAndNeverLowerIsAName() {
    String text = "Twitter said so. Critics of Trump, Twitter and the party-Wide fund agreed."
        + " Big donors were big.";
    assertTrue(DocumentNames.contains(text, "Trump"));
    assertTrue(DocumentNames.contains(text, "Twitter"));
    assertFalse(DocumentNames.contains(text, "Critics"), "only at a sentence's start");
    assertFalse(DocumentNames.contains(text, "Wide"), "inside the word party-Wide");
    assertFalse(DocumentNames.contains(text, "Big"));
    assertFalse(DocumentNames.contains(text, "Trump,"));
    assertFalse(DocumentNames.contains(text, ""));
  }

  @Property(tries = 600)
  void everyWordIsAnsweredAsTheWholeScanWould(@ForAll("texts") String text) {
    Set<String> names = scanned(text);
    Set<String> asked = new HashSet<>(names);
    for (int s = 0; s < text.length(); s++) {
      int e = DocumentNames.wordAt(text, s);
      if (e > 0) {
        asked.add(text.substring(s, e));
      }
      for (int k = s + 1; k <= Math.min(text.length(), s + 6); k++) {
        asked.add(text.substring(s, k)); // any stretch, word or not
      }
    }
    for (String w : asked) {
      assertEquals(names.contains(w), DocumentNames.contains(text, w), w + " in " + text);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of("Trump", "trump", "TRUMP", "Al", "al", "x", "X-ray",
        "x-Ray", "-", "--", " ", "  ", "\n", ",", ".", "a", "A", "İz", "iz", "i̇z", "Éa", "éa",
        "ϒa", "3", "'", "ß", "SS");
    return piece.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** The names as found before: every word of the text read once (the oracle). */
  private static Set<String> scanned(String text) {
    Set<String> inside = new HashSet<>();
    Set<String> written = new HashSet<>();
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
      String w = text.substring(s, k);
      if (Character.isUpperCase(c)) {
        if (s > 1 && Character.isWhitespace(text.charAt(s - 1))
            && (Character.isLowerCase(before) || before == ',')) {
          inside.add(w);
        }
      } else {
        written.add(w);
      }
      before = text.charAt(k - 1);
    }
    Set<String> names = new HashSet<>();
    for (String w : inside) {
      if (!written.contains(w.toLowerCase(Locale.ROOT))) {
        names.add(w);
      }
    }
    return names;
  }
}
