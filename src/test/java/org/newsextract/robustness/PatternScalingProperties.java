package org.newsextract.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import org.newsextract.Layer;
import org.newsextract.NewsExtractor;
import org.newsextract.PatternException;
import org.newsextract.attribution.AttributionPatterns;

/**
 * No user pattern makes matching super-linear: for generated templates (slots, words, word
 * classes, alternatives, optional elements), matching 200 KB of text that is full of the
 * pattern's words takes at most {@link ScalingTest#MAX_RATIO} times as long as 20 KB.
 */
@Tag("slow")
class PatternScalingProperties {
  private static final String UNIT = "Officials said sources told CNN that \u201cthey said, "
      + "they said\u201d according to police , he said : she told them that they said it . ";

  @Provide
  Arbitrary<String> template() {
    Arbitrary<String> element = Arbitraries.of("{recipient}", "said", "told", "that",
        "(said|told|says)", "@say", "@tell", "@sep", ",", ":", "\"", "according", "to",
        "they?", ":NOUN", ":VERB|AUX", "^", "<said>", "quoted?", "(as|like)");
    Arbitrary<String> middle = element.list().ofMinSize(1).ofMaxSize(8)
        .map(l -> String.join(" ", l));
    Arbitrary<String> first = Arbitraries.of("{source}", "", "^", "{content} @sep",
        "{source:@say}", "{content:@tell} @sep");
    Arbitrary<String> last = Arbitraries.of("{content}", "{content}?", "", "{content:@say}",
        "{recipient:@sep}?");
    return net.jqwik.api.Combinators.combine(first, middle, last)
        .as((a, b, c) -> (a + " " + b + " " + c).strip());
  }

  @Property(tries = 30)
  void generatedPatternsMatchInLinearTime(@ForAll("template") String template) {
    NewsExtractor extractor;
    try {
      extractor = NewsExtractor.builder()
          .attributionPatterns(AttributionPatterns.none().with("generated", template))
          .layers(Layer.ATTRIBUTIONS)
          .build();
    } catch (PatternException e) {
      Statistics.label("compiled").collect(false);
      return; // rejected at compile time: nothing runs
    }
    // guard against a vacuous property: most generated templates must compile and run
    Statistics.label("compiled").collect(true)
        .coverage(c -> c.check(true).percentage(p -> p >= 20));
    String small = ScalingTest.repeatTo(UNIT, 20_000);
    String large = ScalingTest.repeatTo(UNIT, 200_000);
    extractor.extract(small); // warm up
    long t1 = timed(extractor, small);
    long t2 = timed(extractor, large);
    // below 10 ms, timer, JIT and GC noise dominate (as in ScalingTest)
    double ratio = (double) t2 / Math.max(t1, 10_000_000L);
    assertTrue(ratio < ScalingTest.MAX_RATIO,
        "pattern '" + template + "': 200 KB took " + ratio + " times as long as 20 KB");
  }

  /** The best of three runs. */
  private static long timed(NewsExtractor extractor, String text) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long t0 = System.nanoTime();
      extractor.extract(text);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best;
  }
}
