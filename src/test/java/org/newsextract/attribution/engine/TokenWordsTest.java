package org.newsextract.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.pattern.TokenSource;

/** Each word list has a bit of its own, and a sentence's tokens answer as the lists do. */
class TokenWordsTest {
  @Test
  void everyListHasABitOfItsOwn() throws IllegalAccessException {
    long seen = 0;
    int lists = 0;
    for (Field f : TokenWords.class.getDeclaredFields()) {
      if (f.getType() == long.class && Modifier.isStatic(f.getModifiers())) {
        long bit = f.getLong(null);
        assertEquals(1, Long.bitCount(bit), f.getName());
        assertEquals(0, seen & bit, f.getName() + " shares its bit");
        seen |= bit;
        lists++;
      }
    }
    assertTrue(lists > 30);
  }

  @Test
  void aSentencesTokensAnswerAsTheLists() {
    SentenceTokens ts = new SentenceTokens(TextAnalysis.of(
        "Anyone who saw the attack — the ministry said — was asked, he claimed, to call up."),
        0, new WindowTagger.Context());
    TokenSource plain = new TokenSource() {
      @Override
      public int size() {
        return ts.size();
      }

      @Override
      public String lower(int i) {
        return ts.lower(i);
      }

      @Override
      public String tag(int i) {
        return "X";
      }
    };
    for (int k = 0; k < ts.size(); k++) {
      for (int b = 0; b < 63; b++) {
        assertEquals(TokenWords.is(plain, k, 1L << b), ts.is(k, 1L << b), ts.lower(k) + " " + b);
      }
    }
    assertTrue(TokenWords.is(plain, 0, TokenWords.ANYONE));
    assertTrue(TokenWords.is(ts, 1, TokenWords.RELATIVE));
    assertTrue(TokenWords.is(ts, 4, TokenWords.ATTACK_VERB));
  }
}
