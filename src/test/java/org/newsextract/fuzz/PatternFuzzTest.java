package org.newsextract.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.newsextract.Extraction;
import org.newsextract.Layer;
import org.newsextract.Limits;
import org.newsextract.NewsExtractor;
import org.newsextract.PatternException;
import org.newsextract.Spans;
import org.newsextract.attribution.AttributionPatterns;

/**
 * Jazzer fuzz target over the custom pattern compiler and matcher: any template either fails
 * in {@code build()} with a {@link PatternException}, or compiles and then matches any text
 * without failing and with valid spans. Regression mode runs in {@code mvn verify}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=PatternFuzzTest}.
 */
@Tag("slow")
class PatternFuzzTest {
  private static final String NEWS =
      "Two sources told CNN that the talks failed. “We will stay,” he said. According to "
          + "police, 12 people were killed. The minister tweeted that the plan was dead.";

  @FuzzTest(maxDuration = "10m")
  void anyTemplateCompilesOrFailsCleanly(FuzzedDataProvider data) {
    String template = data.consumeString(400);
    String text = data.consumeRemainingAsString();
    NewsExtractor extractor;
    try {
      extractor = NewsExtractor.builder()
          .attributionPatterns(AttributionPatterns.none().with("fuzz", template))
          .layers(Layer.ATTRIBUTIONS)
          .limits(Limits.DEFAULT.withMaxInputChars(20_000))
          .build();
    } catch (PatternException e) {
      return; // a clear compile error is the defined answer to a bad pattern
    }
    for (String t : new String[] {NEWS, text}) {
      Extraction x = extractor.extract(t);
      assertNull(Spans.firstProblem(t, x));
    }
  }
}
