package org.newsextract.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.newsextract.Extraction;
import org.newsextract.ExtractionException;
import org.newsextract.NewsExtractor;
import org.newsextract.Spans;

/**
 * Jazzer fuzz target over texts of real size and structure: the fuzzer's bytes are a {@link
 * NewsProgram} that cuts the seed articles ({@link SeedArticles}) into paragraphs, sentences and
 * words, repeats pieces thousands of times, strips whitespace, upper-cases, inserts runs of quote
 * marks, dots, base64, URLs and digits, and so on, up to {@value NewsProgram#MAX_CHARS} chars;
 * most programs reach 100 KB. Each text must extract without an exception other than {@link
 * ExtractionException}, with valid spans, deterministically, and within a time linear in its
 * length ({@link #BASE_MILLIS} + {@link #MICROS_PER_CHAR} per char, the better of two runs), so a
 * super-linear slowdown is a finding.
 *
 * <p>In {@code mvn verify} it runs over the programs in {@code
 * src/test/resources/org/newsextract/fuzz/StructureFuzzTestInputs/} (see {@link
 * NewsProgramSeeds}); {@code JAZZER_FUZZ=1 mvn -B test -Dtest=StructureFuzzTest} fuzzes for real.
 */
@Tag("slow")
class StructureFuzzTest {
  /** Fixed part of the time bound: GC pauses, a busy machine, a cold JIT. */
  static final long BASE_MILLIS = 10_000;
  /**
   * Per-char part of the time bound. Measured: 2 to 8 us/char warm without instrumentation,
   * about 15 under Jazzer's coverage instrumentation, at worst 105 (4.3 s for 41,470 chars) on
   * a cold JIT with a load average of 8 on 2 cores. So 300,000 chars may take 40 s, where a
   * quadratic cost that took 1.5 s at 30,000 chars would take 150 s.
   */
  static final long MICROS_PER_CHAR = 100;

  private static final NewsExtractor EXTRACTOR =
      NewsExtractor.builder().referenceDate(LocalDate.of(2015, 11, 22)).build();
  private static final NewsProgram PROGRAM = new NewsProgram(SeedArticles.load());
  private static final FuzzStats STATS = new FuzzStats("StructureFuzzTest");

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/newsextract/fuzz/news.dict")
  void structuredNewsNeverFailsAndSpansHold(FuzzedDataProvider data) {
    String text = PROGRAM.build(new FuzzedChoices(data));
    Extraction x;
    long start = System.nanoTime();
    try {
      x = EXTRACTOR.extract(text);
    } catch (ExtractionException e) {
      return; // a typed refusal is a defined result
    }
    long first = System.nanoTime() - start;
    assertNull(Spans.firstProblem(text, x));
    start = System.nanoTime();
    Extraction again = EXTRACTOR.extract(text);
    long best = Math.min(first, System.nanoTime() - start);
    assertEquals(x, again, "extraction is deterministic");
    STATS.record(text.length(), best);
    long boundNanos = (BASE_MILLIS * 1000 + MICROS_PER_CHAR * text.length()) * 1000;
    if (best > boundNanos) {
      fail(String.format("extract took %d ms for %,d chars (bound %d ms): super-linear?",
          best / 1_000_000, text.length(), boundNanos / 1_000_000));
    }
  }

  @AfterAll
  static void printStats() {
    System.err.println(STATS.summary());
  }

  /** The fuzzer's bytes as program choices: numbers from the end, raw text from the start. */
  private static final class FuzzedChoices implements NewsProgram.Choices {
    private final FuzzedDataProvider data;

    FuzzedChoices(FuzzedDataProvider data) {
      this.data = data;
    }

    @Override
    public int pick(int min, int max) {
      return data.consumeInt(min, max);
    }

    @Override
    public String text(int maxChars) {
      return data.consumeString(maxChars);
    }

    @Override
    public boolean exhausted() {
      return data.remainingBytes() == 0;
    }
  }
}
