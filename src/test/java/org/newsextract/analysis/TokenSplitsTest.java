package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** TokenSplits gives exactly TokenizerME's spans, also where a shape rule would not. */
class TokenSplitsTest {
  private static final TokenizerME TOKENIZER = new TokenizerME(Models.tokens());

  private static final List<String> WORDS = List.of(
      "said,", "replied:", "Monday;", "why?", "now!", "agreed)", "(briefly", "(GDP)", "[sic]",
      "“Look", "look”", "\"Yes", "yes\"", "fine,\"", "fine,”", "‘Hello", "hello’", "Paris’",
      "Mr.", "Mrs.", "U.N.", "a.m.", "Dec.", "end.", "end.”", "end.\"", "Inc.,", "etc.)",
      "it’s", "don’t", "can't", "O’Brien", "rock’n’roll", "1,250", "3.5%", "$40", "#42", "@desk",
      "e-mail", "9/11", "2019–20", "x—y", "...", "wait...", "&amp;", "&c;", "6AM,", "12lb,",
      "ünïcödé,", "北京,", "(“Quote”)", "ab", "a,", ",a", "''", "``Hi", "Hi''", "A", "word");

  @Test
  void theStockModelIsSplitWithoutOpenNlpsStrings() {
    assertNotNull(Models.tokenSplits());
  }

  @Test
  void spansAreTheModelsOwn() {
    TokenSplits splits = Models.tokenSplits();
    for (String w : WORDS) {
      assertArrayEquals(TOKENIZER.tokenizePos(w), splits.spans(w), w);
    }
  }

  /**
   * Why no rule of shapes replaces the model: its whole-prefix features split words that look
   * like any other word before a semicolon or after a quote mark.
   */
  @Test
  void wordsOfACommonShapeCanStillSplitOddly() {
    TokenSplits splits = Models.tokenSplits();
    assertEquals(List.of("hang", "s", ";"), texts("hangs;", splits.spans("hangs;")));
    assertEquals(List.of("hang", "s", ")"), texts("hangs)", splits.spans("hangs)")));
    for (String w : List.of("hangs;", "hangs)", "boxes;", "box)")) {
      assertArrayEquals(TOKENIZER.tokenizePos(w), splits.spans(w), w);
    }
  }

  private static List<String> texts(String w, Span[] spans) {
    return Arrays.stream(spans).map(s -> w.substring(s.getStart(), s.getEnd())).toList();
  }
}
