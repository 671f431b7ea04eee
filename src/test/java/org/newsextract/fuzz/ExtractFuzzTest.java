package org.newsextract.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.newsextract.Extraction;
import org.newsextract.ExtractionException;
import org.newsextract.Limits;
import org.newsextract.NewsExtractor;
import org.newsextract.Spans;

/**
 * Jazzer fuzz target over {@code extract()}. In {@code mvn verify} it runs in regression mode
 * over the inputs in {@code src/test/resources/org/newsextract/fuzz/ExtractFuzzTestInputs/}
 * (the {@link SeedArticles} and a few short texts); {@code JAZZER_FUZZ=1 mvn -B test
 * -Dtest=ExtractFuzzTest} fuzzes for real (see README), with the tokens of {@code news.dict}.
 * The input's last byte is the {@code withDate} flag: Jazzer's {@code FuzzedDataProvider} takes
 * booleans and numbers from the end of the input, strings from the start.
 */
@Tag("slow")
class ExtractFuzzTest {
  private static final NewsExtractor EXTRACTOR = NewsExtractor.builder()
      .referenceDate(LocalDate.of(2015, 11, 22))
      .limits(Limits.DEFAULT.withMaxInputChars(100_000))
      .build();
  private static final FuzzStats STATS = new FuzzStats("ExtractFuzzTest");

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/newsextract/fuzz/news.dict")
  void extractNeverFailsAndSpansHold(FuzzedDataProvider data) {
    boolean withDate = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    Extraction x;
    long start = System.nanoTime();
    try {
      x = extract(text, withDate);
    } catch (ExtractionException e) {
      return; // a typed refusal (input over the limit) is a defined result
    }
    STATS.record(text.length(), System.nanoTime() - start);
    assertNull(Spans.firstProblem(text, x));
    assertEquals(x, extract(text, withDate), "extraction is deterministic");
  }

  @AfterAll
  static void printStats() {
    System.err.println(STATS.summary());
  }

  private static Extraction extract(String text, boolean withDate) {
    return withDate ? EXTRACTOR.extract(text, LocalDate.of(2001, 9, 11)) : EXTRACTOR.extract(text);
  }
}
