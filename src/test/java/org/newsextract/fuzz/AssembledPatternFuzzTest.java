package org.newsextract.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsextract.Extraction;
import org.newsextract.Layer;
import org.newsextract.Limits;
import org.newsextract.NewsExtractor;
import org.newsextract.PatternException;
import org.newsextract.Spans;
import org.newsextract.attribution.AttributionPatterns;

/**
 * Jazzer fuzz target over templates assembled from the pattern language's own elements (slots,
 * constrained slots, words, classes, tags, cue marks, optional marks) mixed with raw fragments,
 * matched against news-like text the fuzzer also shapes. Raw strings ({@link PatternFuzzTest})
 * seldom compile; these mostly do, so the matcher and slot finders get fuzzed too. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=AssembledPatternFuzzTest}.
 */
class AssembledPatternFuzzTest {
  private static final String[] ELEMENTS = {
    "{source}", "{recipient}", "{content}", "{source}?", "{content}?", "{source:@poll}",
    "{recipient:@say}", "{content:@sep}?", "said", "told", "that", "(said|told|says)", "@say",
    "@tell", "@stance", "@believe", "@claim", "@poll", "@passive", "@sep", ",", ":", "\"", "'",
    "according", "to", "by", "in", "they?", ":NOUN", ":VERB|AUX", ":PROPN", "^", "<", ">",
    "<said>", "quoted?", "(as|like)", "?", "{", "}", "(", ")", "|"
  };
  private static final String[] TEXT = {
    "Officials said", "sources told CNN that", "“We will stay,” he said.", "according to police,",
    "In a new poll,", "the plan, opposed by the union,", "she said she wants", "Citing concerns,",
    "so-called", "<tweet>", "Smith, 45, a nurse in Ohio, said", "was rejected by the court",
    "\n\n", "“", "”", "\"", " ", ".", ",", "The mayor of Port Alder", "who asked not to be named"
  };

  @FuzzTest(maxDuration = "10m")
  void assembledTemplatesCompileOrFailCleanly(FuzzedDataProvider data) {
    StringBuilder template = new StringBuilder();
    int parts = data.consumeInt(1, 10);
    for (int i = 0; i < parts; i++) {
      template.append(data.consumeBoolean() ? data.pickValue(ELEMENTS) : data.consumeString(8))
          .append(data.consumeBoolean() ? " " : "");
    }
    StringBuilder text = new StringBuilder();
    int pieces = data.consumeInt(0, 40);
    for (int i = 0; i < pieces; i++) {
      text.append(data.consumeBoolean() ? data.pickValue(TEXT) : data.consumeString(12))
          .append(' ');
    }
    NewsExtractor extractor;
    try {
      extractor = NewsExtractor.builder()
          .attributionPatterns(AttributionPatterns.none().with("fuzz", template.toString()))
          .layers(Layer.ATTRIBUTIONS, Layer.QUOTES)
          .limits(Limits.DEFAULT.withMaxInputChars(20_000))
          .build();
    } catch (PatternException e) {
      return; // a clear compile error is the defined answer to a bad pattern
    }
    String t = text.toString();
    Extraction x = extractor.extract(t);
    assertNull(Spans.firstProblem(t, x));
  }
}
