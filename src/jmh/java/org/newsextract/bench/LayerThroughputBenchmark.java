package org.newsextract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsextract.Layer;
import org.newsextract.NewsExtractor;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Characters per second of one thread, per layer and for all layers: JMH's "chars" line is the
 * figure (an operation is one text of the sample). The default sample is our own text (the
 * example article and every sentence of the test corpora); {@code -p corpus=polnear-dev} reads
 * {@code ../shared/data/quotes/polnear-dev.gold.jsonl} instead, where present.
 *
 * <pre>{@code
 * mvn -B -Pbench -DskipTests verify -Djmh.args="LayerThroughputBenchmark -f 1 -wi 5 -i 5"
 * mvn -B -Pbench -DskipTests verify \
 *     -Djmh.args="LayerThroughputBenchmark -p corpus=polnear-dev -p layer=ALL -f 1 -wi 8 -i 5"
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LayerThroughputBenchmark {
  @Param({"ALL", "ATTRIBUTIONS", "QUOTES", "DATES", "CASUALTIES"})
  public String layer;

  @Param({"own"})
  public String corpus;

  private NewsExtractor extractor;
  private List<String> texts;
  private int next;

  /** Characters extracted, reported by JMH as a rate: chars/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    public long chars;

    @Setup(Level.Iteration)
    public void clear() {
      chars = 0;
    }
  }

  @Setup
  public void setUp() throws IOException, URISyntaxException {
    NewsExtractor.Builder b = NewsExtractor.builder().referenceDate(LocalDate.of(2024, 3, 5));
    if (!layer.equals("ALL")) {
      b.layers(Layer.valueOf(layer));
    }
    extractor = b.build();
    texts = corpus.equals("polnear-dev") ? jsonTexts(sharedFile()) : ownTexts();
  }

  @Benchmark
  public int extractText(Chars counter) {
    String t = texts.get(next);
    next = next + 1 == texts.size() ? 0 : next + 1;
    counter.chars += t.length();
    return extractor.extract(t).attributions().size();
  }

  private static List<String> ownTexts() throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    try (InputStream in =
        LayerThroughputBenchmark.class.getResourceAsStream("/articles/harbour-siege.txt")) {
      out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Path corpora = Path.of(LayerThroughputBenchmark.class.getResource("/corpus").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpora)) {
      files = walk.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    // the corpora's sentences, a few hundred to an article-length text each, in a fixed order
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      for (String t : jsonTexts(f)) {
        sb.append(t).append("\n\n");
        if (sb.length() > 4000) {
          out.add(sb.toString());
          sb.setLength(0);
        }
      }
    }
    if (sb.length() > 0) {
      out.add(sb.toString());
    }
    return out;
  }

  private static Path sharedFile() {
    for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
      Path p = base.resolve("shared/data/quotes/polnear-dev.gold.jsonl");
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("corpus=polnear-dev needs ../shared/data/quotes");
  }

  private static List<String> jsonTexts(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(json.readTree(line).get("text").asText());
      }
    }
    return out;
  }
}
