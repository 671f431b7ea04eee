package org.newsextract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.html.HtmlView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the HTML view costs beside extraction, on the example article: {@code extract} runs all
 * layers, {@code render} draws the page of that extraction. Read the ratio render / extract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {
  private NewsExtractor extractor;
  private String text;
  private Extraction extraction;

  @Setup
  public void setUp() throws IOException {
    extractor = NewsExtractor.builder().referenceDate(LocalDate.of(2024, 3, 6)).build();
    try (InputStream in =
        RenderBenchmark.class.getResourceAsStream("/articles/harbour-siege.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    extraction = extractor.extract(text);
  }

  @Benchmark
  public Extraction extract() {
    return extractor.extract(text);
  }

  @Benchmark
  public String render() {
    return HtmlView.render(text, extraction);
  }
}
