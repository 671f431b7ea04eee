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
    String regex = Lexicon.alternation(forward);
    assertEquals(regex, Lexicon.alternation(backward));
    java.util.regex.Matcher m = Pattern.compile(regex).matcher("mandarin");
    assertTrue(m.lookingAt());
    assertEquals("mandarin", m.group(), regex); // longest first
  }

  /** Factored by first letter, an alternation matches as it did, alternative for alternative. */
  @Test
  void anAlternationByFirstLetterMatchesAsThePlainOne() {
    String plain = "(?:at\\s+least|a\\s+total\\s+of|a|an|another|over|years?|y\\.?o|in|i"
        + "|inside|b|be|been|being)";
    String factored = Lexicon.byFirstLetter(plain);
    assertEquals("(?:a(?:t\\s+least|\\s+total\\s+of||n|nother)|b(?:|e|een|eing)"
        + "|i(?:n||nside)|o(?:ver)|y(?:ears?|\\.?o))", factored);
    // the same match and the same groups in a larger pattern that backtracks into it
    Pattern a = Pattern.compile("(?<w>" + plain + ")(?<tail>\\s\\w+|\\w*)");
    Pattern b = Pattern.compile("(?<w>" + factored + ")(?<tail>\\s\\w+|\\w*)");
    for (String text : List.of("at least 5", "a total of 5", "another day", "an x", "a x",
        "years", "year", "y.o", "yo", "inside", "in it", "i x", "being", "been", "be x", "b",
        "over", "ov", "x")) {
      java.util.regex.Matcher ma = a.matcher(text);
      java.util.regex.Matcher mb = b.matcher(text);
      assertEquals(ma.lookingAt(), mb.lookingAt(), text);
      assertEquals(ma.hitEnd(), mb.hitEnd(), text);
      if (ma.lookingAt() && mb.lookingAt()) {
        assertEquals(ma.group("w") + "|" + ma.group("tail"), mb.group("w") + "|"
            + mb.group("tail"), text);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?:a|(?:b))", "(?:a|[bc])", "(?:a|B)", "(?:a?b|c)", "(?:a||b)",
      "a|b", "(?:a|\\d)"})
  void refusesWhatItCannotFactorAlike(String alternation) {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Lexicon.byFirstLetter(alternation));
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
