package org.newsextract.bench;

import java.util.concurrent.TimeUnit;
import org.newsextract.Extraction;
import org.newsextract.Layer;
import org.newsextract.NewsExtractor;
import org.newsextract.attribution.AttributionPatterns;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The attribution layer with a pathological user pattern (a run of optional words and
 * separators around a cue that occurs everywhere) on one endless "sentence" of {@code kilobytes}
 * KB, alone ({@code none()} plus the pattern) and on top of the defaults. Time per KB should stay
 * flat from 250 KB to 1 MB: matching is linear in the text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PatternBenchmark {
  private static final String GREEDY =
      "{source} a? a? a? a? a? a? a? a? a? a? a? (a|said)? said {content}";
  private static final String SEPARATORS = "{content} @sep? @sep? a? said @sep? {source}";

  @Param({"250", "1000"})
  public int kilobytes;

  @Param({"none", "defaults"})
  public String base;

  private NewsExtractor extractor;
  private String text;

  @Setup
  public void setUp() {
    AttributionPatterns patterns =
        base.equals("none") ? AttributionPatterns.none() : AttributionPatterns.defaults();
    patterns = patterns.with("greedy", GREEDY).with("separators", SEPARATORS);
    extractor =
        NewsExtractor.builder().attributionPatterns(patterns).layers(Layer.ATTRIBUTIONS).build();
    // every token a candidate for the cue or an optional element; no sentence end anywhere
    String unit = "a a said a, “a said a” said a b ";
    StringBuilder sb = new StringBuilder(kilobytes * 1000 + unit.length());
    while (sb.length() < kilobytes * 1000) {
      sb.append(unit);
    }
    text = sb.toString();
  }

  @Benchmark
  public Extraction pathologicalPattern() {
    return extractor.extract(text);
  }
}
