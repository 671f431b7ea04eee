package org.newsextract.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link NewsProgram} without the fuzzer: seeds in sync, sizes large, bytes read as Jazzer does.
 */
class NewsProgramTest {
  private static final NewsProgram PROGRAM = new NewsProgram(SeedArticles.load());
  private static final String SEEDS =
      "/org/newsextract/fuzz/StructureFuzzTestInputs/structuredNewsNeverFailsAndSpansHold/";

  @Test
  void committedSeedsAreTheSeedProgramsEncoded() throws IOException {
    for (Map.Entry<String, int[]> e : NewsProgramSeeds.programs().entrySet()) {
      byte[] expected = NewsProgramSeeds.encode(PROGRAM, e.getValue());
      try (InputStream in = getClass().getResourceAsStream(SEEDS + e.getKey())) {
        assertTrue(in != null, "missing seed " + e.getKey() + ": run NewsProgramSeeds");
        assertArrayEquals(expected, in.readAllBytes(),
            "seed " + e.getKey() + " is stale: run NewsProgramSeeds (see its Javadoc)");
      }
      assertEquals(NewsProgramSeeds.run(PROGRAM, e.getValue()),
          PROGRAM.build(new BytesChoices(expected)), "bytes decode to the program: " + e.getKey());
    }
  }

  @Test
  void randomProgramsOftenReach100k() {
    SplittableRandom r = new SplittableRandom(18);
    int large = 0;
    int runs = 300;
    for (int i = 0; i < runs; i++) {
      byte[] bytes = new byte[1 + r.nextInt(200)];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = (byte) r.nextInt(256);
      }
      String text = PROGRAM.build(new BytesChoices(bytes));
      assertTrue(text.length() <= NewsProgram.MAX_CHARS);
      if (text.length() >= 100_000) {
        large++;
      }
    }
    System.err.printf("NewsProgramTest: %d of %d random programs built at least 100,000 chars%n",
        large, runs);
    assertTrue(large >= runs / 4, large + " of " + runs + " random programs reached 100 KB");
  }

  @Test
  void emptyInputIsTheFirstArticle() {
    assertEquals(SeedArticles.load().get(0), PROGRAM.build(new BytesChoices(new byte[0])));
  }
}
