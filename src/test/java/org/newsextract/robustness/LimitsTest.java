package org.newsextract.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.Limits;
import org.newsextract.NewsExtractor;

/**
 * Issue 18: the result cap is where the work stops, not a trim after it, and nothing is cut
 * without {@link Extraction#truncated()} saying so.
 */
@Tag("slow")
class LimitsTest {

  private static NewsExtractor capped(int results) {
    return NewsExtractor.builder().limits(Limits.DEFAULT.withMaxResultsPerLayer(results)).build();
  }

  /** 25,000 short attributions: more than any internal cap the layer used to have. */
  private static final String MANY = "Smith said it rained. ".repeat(25_000);

  @Test
  void aCapAboveTheOldInternalOneKeepsEveryAttribution() {
    Extraction x = capped(30_000).extract(MANY);
    assertEquals(25_000, x.attributions().size());
    assertFalse(x.truncated());
  }

  @Test
  void aCapBelowTheCountKeepsTheFirstOnesAndSaysSo() {
    Extraction x = capped(21_000).extract(MANY);
    assertEquals(21_000, x.attributions().size());
    assertTrue(x.truncated());
    assertEquals(0, x.attributions().get(0).span().start());
  }

  @Test
  void eachLayerStopsAtTheCapInTextOrder() {
    String text = "On Friday, gunmen killed 3 people, police said, “We will stay.” ".repeat(50);
    Extraction x = capped(5).extract(text);
    assertTrue(x.truncated());
    assertEquals(5, x.attributions().size());
    assertEquals(5, x.casualties().size());
    assertEquals(5, x.dates().size());
    assertEquals(5, x.quotes().size());
    Extraction full = capped(10_000).extract(text);
    assertEquals(full.dates().subList(0, 5), x.dates());
    assertEquals(full.casualties().subList(0, 5), x.casualties());
  }

  /**
   * 1.9 MB of "said said said ..." needed a 2 GB heap (every cue held the rest of its run-on
   * sentence as content, and the cap was applied after the work). With the default limits it
   * must now run in a 128 MB heap, in a JVM of its own so the heap is really that small.
   */
  @Test
  void worstKnownShapeRunsInASmallHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        SmallHeapRun.class.getName())
        .redirectErrorStream(true)
        .start();
    boolean done = p.waitFor(3, TimeUnit.MINUTES);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done, "did not finish: " + out);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("ok"), out);
  }

  /** The child process of {@link #worstKnownShapeRunsInASmallHeap}. */
  static final class SmallHeapRun {
    public static void main(String[] args) {
      NewsExtractor extractor = NewsExtractor.builder().build();
      for (String unit : List.of("said ", "gunmen killed 27 people and wounded 12 others and ",
          "On Friday, May 3, 2013, ")) {
        String text = ScalingTest.repeatTo(unit, 1_900_000);
        Extraction x = extractor.extract(text);
        if (!x.truncated() && unit.equals("said ")) {
          System.out.println("expected a truncated result");
          System.exit(1);
        }
      }
      System.out.println("ok");
    }
  }
}
