package org.newsextract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of {@link NewsExtractor#extract} on our own article-length texts: the shipped
 * example article, and the same article repeated to 10 times its length (to show cost grows
 * linearly).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractBenchmark {
  @Param({"1", "10"})
  public int copies;

  private NewsExtractor extractor;
  private String text;

  @Setup
  public void setUp() throws IOException {
    extractor = NewsExtractor.builder().referenceDate(LocalDate.of(2024, 3, 5)).build();
    String article;
    try (InputStream in =
        ExtractBenchmark.class.getResourceAsStream("/articles/harbour-siege.txt")) {
      article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    text = (article + "\n\n").repeat(copies);
  }

  @Benchmark
  public Extraction extractArticle() {
    return extractor.extract(text);
  }
}
