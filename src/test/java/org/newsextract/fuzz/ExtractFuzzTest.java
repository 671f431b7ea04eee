package org.newsextract.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.newsextract.Extraction;
import org.newsextract.ExtractionException;
import org.newsextract.Limits;
import org.newsextract.NewsExtractor;
import org.newsextract.Spans;

/**
 * Jazzer fuzz target over {@code extract()}. In {@code mvn verify} it runs in regression mode
 * over the inputs in {@code src/test/resources/org/newsextract/fuzz/ExtractFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ExtractFuzzTest} fuzzes for real (see README).
 */
class ExtractFuzzTest {
  private static final NewsExtractor EXTRACTOR = NewsExtractor.builder()
      .referenceDate(LocalDate.of(2015, 11, 22))
      .limits(Limits.DEFAULT.withMaxInputChars(100_000))
      .build();

  @FuzzTest(maxDuration = "10m")
  void extractNeverFailsAndSpansHold(FuzzedDataProvider data) {
    boolean withDate = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    Extraction x;
    try {
      x = extract(text, withDate);
    } catch (ExtractionException e) {
      return; // a typed refusal (input over the limit) is a defined result
    }
    assertNull(Spans.firstProblem(text, x));
    assertEquals(x, extract(text, withDate), "extraction is deterministic");
  }

  private static Extraction extract(String text, boolean withDate) {
    return withDate ? EXTRACTOR.extract(text, LocalDate.of(2001, 9, 11)) : EXTRACTOR.extract(text);
  }
}
