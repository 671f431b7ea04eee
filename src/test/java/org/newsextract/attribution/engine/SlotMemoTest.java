package org.newsextract.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
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
  void aPhraseIsFoundOnceAndEachCallerGetsItsOwnCopy() {
    SentenceTokens ts = sentence();
    AtomicInteger finds = new AtomicInteger();
    long key = PhraseFinder.key("source", SlotFinder.Side.LEFT, 2);
    int[] first = ts.slot(key, () -> {
      finds.incrementAndGet();
      return new int[] {0, 2};
    });
    first[0] = 99; // a caller's change stays its own
    int[] second = ts.slot(key, () -> {
      finds.incrementAndGet();
      return new int[] {5, 6};
    });
    assertArrayEquals(new int[] {0, 2}, second);
    assertEquals(1, finds.get());
  }

  @Test
  void noPhraseIsRememberedTooAndOtherKeysAreApart() {
    SentenceTokens ts = sentence();
    AtomicInteger finds = new AtomicInteger();
    long key = PhraseFinder.key("content", SlotFinder.Side.RIGHT, 3);
    assertNull(ts.slot(key, () -> {
      finds.incrementAndGet();
      return null;
    }));
    assertNull(ts.slot(key, () -> {
      finds.incrementAndGet();
      return new int[] {3, 7};
    }));
    assertEquals(1, finds.get());
    assertEquals(-1, PhraseFinder.key("speaker", SlotFinder.Side.LEFT, 3));
    long other = PhraseFinder.key("content", SlotFinder.Side.LEFT, 3);
    assertArrayEquals(new int[] {1, 3}, ts.slot(other, () -> new int[] {1, 3}));
  }

  @Test
  void theFinderGivesTheSameAnswerRememberedOrNot() {
    SentenceTokens ts = sentence();
    PhraseFinder f = new PhraseFinder();
    int[] once = f.find("source", SlotFinder.Side.LEFT, ts, 2);
    int[] again = f.find("source", SlotFinder.Side.LEFT, ts, 2);
    assertArrayEquals(once, again);
    assertArrayEquals(new int[] {0, 2}, once, "The mayor");
  }
}
