package org.newsextract.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;

/**
 * On the development files of ../shared (skipped where it is absent, as on a user's clone):
 * Spark's struct for every document, written as JSON, equals the JSON the command-line tool
 * writes for the library's own extraction of the same text and dct. Every row comes back,
 * none twice.
 */
@Tag("slow")
class DevFilesTest {
  private static SparkSession spark;
  private static final NewsExtractor LIBRARY = NewsExtractor.builder().build();

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  static Path devFile(String name) {
    Path shared = Path.of(System.getProperty("newsextract.shared", "../../shared"))
        .toAbsolutePath().normalize();
    Path file = shared.resolve("data").resolve(name);
    assumeTrue(Files.isRegularFile(file), "skipped: no development file " + file);
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "casualties/dev.gold.jsonl",
      "casualties/muc4-dev.gold.jsonl",
      "casualties/isafpr-dev.gold.jsonl",
      "quotes/polnear-dev.gold.jsonl"})
  void sparkEqualsTheLibraryDocumentByDocument(String name) throws Exception {
    Path file = devFile(name);
    long lines = Files.lines(file).filter(l -> !l.isBlank()).count();
    Dataset<Row> df = spark.read().json(file.toString()).select("id", "text", "dct")
        .repartition(4);
    List<Row> rows = NewsExtractSpark.extract(df, "text", "dct")
        .select(col("id"), col("text"), col("dct"), to_json(col("newsextract")))
        .collectAsList();
    assertEquals(lines, rows.size(), "one output row per document");
    assertEquals(lines, rows.stream().map(r -> r.getString(0)).distinct().count(),
        "no document twice");
    // the library, on the same text and date, on both cores
    AtomicInteger compared = new AtomicInteger();
    List<String> differing = new ArrayList<>();
    rows.parallelStream().forEach(r -> {
      String text = r.getString(1);
      Extraction x = r.isNullAt(2) ? LIBRARY.extract(text)
          : LIBRARY.extract(text, LocalDate.parse(r.getString(2).substring(0, 10)));
      JsonNode expected = JsonTrees.cli(x);
      if (!expected.equals(JsonTrees.spark(r.getString(3)))) {
        synchronized (differing) {
          differing.add(r.getString(0));
        }
      }
      compared.incrementAndGet();
    });
    assertEquals(List.of(), differing, "documents whose Spark result differs");
    assertEquals(lines, compared.get());
  }
}
