package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The remembered word splits of {@link TextAnalysis#tokenSpans} change nothing: on text whose
 * words are no longer than {@link TextAnalysis#MAX_RUN}, its spans are exactly OpenNLP's, the
 * first time a word is seen and every time after.
 */
class TokenSpansProperties {
  private static final TokenizerME TOKENIZER = new TokenizerME(Models.tokens());

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("said,", "Trump’s", "U.S.", "$5", "(AP)", "“We", "it.”", "don't", "Mr.",
            "9/11", "e-mail", "3.5%", "—", "well-known", "Jan.", "O'Neill", "p.m.", "#tag",
            "@user", "...", "said:", "co-op", "1,200", "A.", "2016-17"),
        Arbitraries.strings().withChars("aZ9.,'’\"“”-()$%:;!?/").ofMinLength(1).ofMaxLength(12));
    return word.list().ofMinSize(1).ofMaxSize(30)
        .map(ws -> String.join(" ", ws));
  }

  @Property(tries = 300)
  void spansAreOpenNlpsOwn(@ForAll("newsLikeText") String text) {
    Span[] expected = TOKENIZER.tokenizePos(text);
    assertArrayEquals(expected, Tokenization.tokenSpans(TOKENIZER, text), text);
    assertArrayEquals(expected, Tokenization.tokenSpans(TOKENIZER, text), "again: " + text);
  }
}
