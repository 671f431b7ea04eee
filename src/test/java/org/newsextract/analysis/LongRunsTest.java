package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: text without whitespace (a line of dots, a base64 image, a URL with a long query)
 * and run-on "sentences" must not make the analysis quadratic or a layer's sentence unbounded.
 */
class LongRunsTest {

  @Test
  void endersInsideALongRunNoLongerSplitButTheRunsLastCharStillEndsASentence() {
    String dots = ".".repeat(TextAnalysis.MAX_RUN * 3);
    String text = "Police said five people died. " + dots + " Then the road reopened.";
    TextAnalysis a = TextAnalysis.of(text);
    List<String> sentences = a.sentences().stream().map(a::text).toList();
    assertEquals(List.of("Police said five people died.", dots, "Then the road reopened."),
        sentences);
  }

  @Test
  void shortRunsAreLeftToTheModel() {
    String text = "He left... She stayed.";
    assertEquals(text, TextAnalysis.withoutEndersInLongRuns(text, new char[] {'.', '!', '?'}));
    String run = "a.".repeat(TextAnalysis.MAX_RUN);
    String masked = TextAnalysis.withoutEndersInLongRuns("x " + run + " y", new char[] {'.'});
    assertEquals(("x " + "ax".repeat(TextAnalysis.MAX_RUN)).substring(0, run.length() + 1)
        + ". y", masked);
  }

  @Test
  void aLongWhitespaceFreeRunIsOneTokenAndTheWordsAroundItAreTokenizedAsBefore() {
    String url = "https://example.com/a?" + "q=1&r=%20x.".repeat(40);
    String text = "Police said, \"see " + url + "\" on Friday.";
    TextAnalysis a = TextAnalysis.of(text);
    List<String> tokens = a.tokens(0).stream().map(Token::text).toList();
    assertTrue(tokens.contains(url), tokens.toString());
    assertEquals(List.of("Police", "said", ",", "\"", "see"), tokens.subList(0, 5));
    assertEquals(List.of("\"", "on", "Friday", "."), tokens.subList(tokens.size() - 4,
        tokens.size()));
    for (Token t : a.tokens(0)) {
      assertEquals(text.substring(t.start(), t.end()), t.text());
    }
  }

  @Test
  void runOnSentencesAreCutAtWhitespaceIntoBoundedPieces() {
    String unit = "gunmen killed 27 people and wounded 12 others and ";
    String text = unit.repeat(2000).strip();
    TextAnalysis a = TextAnalysis.of(text);
    assertTrue(a.sentences().size() >= text.length() / TextAnalysis.MAX_SENTENCE_CHARS);
    int covered = 0;
    for (Sentence s : a.sentences()) {
      assertTrue(s.end() - s.start() <= TextAnalysis.MAX_SENTENCE_CHARS, "piece too long");
      // never inside a word: each piece starts and ends next to whitespace or the text's ends
      assertTrue(s.start() == 0 || Character.isWhitespace(text.charAt(s.start() - 1)));
      assertTrue(s.end() == text.length() || Character.isWhitespace(text.charAt(s.end())));
      covered += s.end() - s.start();
    }
    assertTrue(covered > text.length() * 0.99, "pieces lose text");
  }

  @Test
  void aWhitespaceFreeRunLongerThanTheSentenceLimitStaysWhole() {
    String blob = "x".repeat(TextAnalysis.MAX_SENTENCE_CHARS * 2);
    String text = "Officials said " + blob + " and left";
    TextAnalysis a = TextAnalysis.of(text);
    assertTrue(a.sentences().stream().anyMatch(s -> a.text(s).contains(blob)));
  }
}
