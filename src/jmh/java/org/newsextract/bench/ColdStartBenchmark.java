package org.newsextract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first result in a fresh JVM: {@code build()} and one {@code extract()} of the
 * example article, once per fork (each fork is a new JVM, so nothing is loaded or compiled
 * before the measured call).
 *
 * <pre>{@code
 * mvn -B -Pbench -DskipTests verify -Djmh.args="ColdStartBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

  @Benchmark
  public Extraction buildAndExtractOnce() throws IOException {
    String article;
    try (InputStream in =
        ColdStartBenchmark.class.getResourceAsStream("/articles/harbour-siege.txt")) {
      article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return NewsExtractor.builder().build().extract(article);
  }
}
