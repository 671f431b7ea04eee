package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.tokenize.TokenizerME;

/** For any whitespace-free word, TokenSplits gives TokenizerME's spans. */
class TokenSplitsProperties {
  private static final TokenizerME TOKENIZER = new TokenizerME(Models.tokens());
  private static final String PUNCT = ",;:?!.)(][”“\"’‘'`-—$%&/@#";

  /** Quote marks and brackets, a word of letters and digits, then punctuation. */
  @Provide
  Arbitrary<String> punctuatedWords() {
    Arbitrary<String> lead = Arbitraries.strings().withChars("“\"(‘'[`").ofMaxLength(2);
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z')
        .withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> trail = Arbitraries.strings().withChars(PUNCT).ofMaxLength(3);
    return Combinators.combine(lead, word, trail).as((l, w, t) -> l + w + t);
  }

  /** Anything: letters, digits, punctuation, a few non-ASCII chars, up to 20 of them. */
  @Provide
  Arbitrary<String> anyWords() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').withChars(PUNCT + "éÄ北…–").ofMinLength(1).ofMaxLength(20);
  }

  @Property(tries = 2000)
  void punctuatedWordsSplitAsTheModelSplitsThem(@ForAll("punctuatedWords") String w) {
    assertArrayEquals(TOKENIZER.tokenizePos(w), Models.tokenSplits().spans(w), w);
  }

  @Property(tries = 2000)
  void anyWordSplitsAsTheModelSplitsIt(@ForAll("anyWords") String w) {
    assertArrayEquals(TOKENIZER.tokenizePos(w), Models.tokenSplits().spans(w), w);
  }
}
