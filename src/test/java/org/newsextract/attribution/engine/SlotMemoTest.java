package org.newsextract.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.pattern.SlotFinder;

/** Slot phrases are found once per sentence, and callers cannot change what is remembered. */
class SlotMemoTest {
  private static SentenceTokens sentence() {
    return new SentenceTokens(TextAnalysis.of("The mayor said the bridge would reopen."), 0,
        new WindowTagger.Context());
  }

  @Test
  void aRememberedPhraseIsACopyEachTime() {
    SentenceTokens ts = sentence();
    int kind = PhraseFinder.kind("source", SlotFinder.Side.LEFT);
    assertNull(ts.remembered(kind, 2), "not looked for yet");
    int[] found = {0, 2};
    ts.remember(kind, 2, found);
    found[0] = 99; // the finder's array stays the caller's
    int[] first = ts.remembered(kind, 2);
    first[1] = 42; // and so does each copy handed out
    assertArrayEquals(new int[] {0, 2}, ts.remembered(kind, 2));
    assertNull(ts.remembered(PhraseFinder.kind("source", SlotFinder.Side.RIGHT), 2));
    assertNull(ts.remembered(kind, 3));
  }

  @Test
  void noPhraseIsRememberedTooAndUnknownSlotsAreNot() {
    SentenceTokens ts = sentence();
    int kind = PhraseFinder.kind("content", SlotFinder.Side.RIGHT);
    ts.remember(kind, 3, null);
    assertSame(SentenceTokens.NOTHING_FOUND, ts.remembered(kind, 3));
    assertEquals(-1, PhraseFinder.kind("speaker", SlotFinder.Side.LEFT));
    ts.remember(kind, 1000, new int[] {1, 2}); // past the sentence: ignored
    assertNull(ts.remembered(kind, 1000));
  }

  @Test
  void theFinderGivesTheSameAnswerRememberedOrNot() {
    SentenceTokens ts = sentence();
    PhraseFinder f = new PhraseFinder();
    int[] once = f.find("source", SlotFinder.Side.LEFT, ts, 2);
    once[0] = 7; // a caller's change is its own
    int[] again = f.find("source", SlotFinder.Side.LEFT, ts, 2);
    assertArrayEquals(new int[] {0, 2}, again, "The mayor");
    assertArrayEquals(again, new PhraseFinder().find("source", SlotFinder.Side.LEFT, sentence(),
        2));
  }
}
