package org.newsextract.casualty.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Phrase regexes match their phrase literally, as the {@code \Q...\E} quoting they replace. */
class LexiconTest {

  @Test
  void punctuationIsEscapedLettersAndDigitsAreNot() {
    assertEquals("u\\.s\\.\\s+soldier['’]s", Lexicon.phraseRegex("u.s. soldier's"));
    assertEquals("9\\/11\\s+dead\\-on\\-arrival", Lexicon.phraseRegex("9/11 dead-on-arrival"));
  }

  @Test
  void aPhraseAlternationIsTheSameWhateverTheSetsOrder() {
    // Set.of iterates in a different order in each JVM; the regex engine takes the first
    // alternative that matches, so the order must not come from the set
    java.util.Set<String> forward = new java.util.LinkedHashSet<>(List.of("man", "mandarin",
        "guard", "security guard"));
    java.util.Set<String> backward = new java.util.LinkedHashSet<>(List.of("security guard",
        "guard", "mandarin", "man"));
    String regex = CasualtyRules.phrases(forward);
    assertEquals(regex, CasualtyRules.phrases(backward));
    assertTrue(regex.indexOf("mandarin") < regex.indexOf("|man)"), regex); // longest first
  }

  @ParameterizedTest
  @ValueSource(strings = {"killed", "shot dead", "u.s. soldier", "dead-on-arrival",
      "didn't survive", "a+b (c) [d] {e} * ? | ^ $ \\ x", "1st 2nd", "9/11", "café"})
  void matchesWhatTheQuotedFormMatches(String phrase) {
    Pattern quoted = Pattern.compile(quotedForm(phrase));
    Pattern escaped = Pattern.compile(Lexicon.phraseRegex(phrase));
    for (String text : List.of(phrase, phrase.replace(" ", "  \t"), phrase.replace("'", "’"),
        phrase + "x", "x" + phrase, phrase.replace(".", "x"), phrase.toUpperCase())) {
      assertEquals(quoted.matcher(text).matches(), escaped.matcher(text).matches(), text);
    }
    assertTrue(escaped.matcher(phrase).matches());
  }

  /** The regex of a phrase as it was first written: each word in a quote. */
  private static String quotedForm(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.split(" ")) {
      words.add(Pattern.quote(w).replace("'", "\\E['’]\\Q"));
    }
    return String.join("\\s+", words);
  }

  @Test
  void alternationIsBuiltOnceAndTriesLongerPhrasesFirst() {
    Lexicon.Cues cues = new Lexicon.Cues(Map.of("shot", "SHOT", "shot dead", "KILLED",
        "killed", "KILLED"));
    String alternation = cues.alternation();
    assertSame(alternation, cues.alternation());
    assertEquals("(?:k(?:illed)|s(?:hot\\s+dead|hot))", alternation);
    assertFalse(Pattern.compile(alternation).matcher("shoot").lookingAt());
  }

  @Test
  void everyExtractorSharesOneSetOfRules() {
    assertSame(CasualtyRules.shared(), CasualtyRules.shared());
  }
}
