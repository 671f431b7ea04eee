package org.newsextract.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.Layer;
import org.newsextract.Limits;
import org.newsextract.NewsExtractor;
import org.newsextract.PatternException;
import org.newsextract.attribution.AttributionPatterns;

/** The integration on articles of its own: runs everywhere, with or without ../shared. */
class NewsExtractSparkTest {
  private static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("dct", DataTypes.StringType);

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static Dataset<Row> articles(int partitions) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < Articles.ALL.size(); i++) {
      rows.add(RowFactory.create("a" + i, Articles.ALL.get(i), i % 2 == 0 ? "2024-03-0" + (i + 1)
          : null));
    }
    return spark.createDataFrame(rows, INPUT).repartition(partitions);
  }

  /** id to the struct's JSON, normalised. */
  private static Map<String, com.fasterxml.jackson.databind.JsonNode> byId(Dataset<Row> out,
      String column) {
    Map<String, com.fasterxml.jackson.databind.JsonNode> m = new HashMap<>();
    for (Row r : out.select(col("id"), to_json(col(column))).collectAsList()) {
      m.put(r.getString(0), JsonTrees.spark(r.getString(1)));
    }
    return m;
  }

  @Test
  void eachRowEqualsTheLibrarysJsonForTheSameTextAndDate() {
    Map<String, com.fasterxml.jackson.databind.JsonNode> actual =
        byId(NewsExtractSpark.extract(articles(3), "text", "dct"), "newsextract");
    NewsExtractor library = NewsExtractor.builder().build();
    assertEquals(Articles.ALL.size(), actual.size());
    for (int i = 0; i < Articles.ALL.size(); i++) {
      String text = Articles.ALL.get(i);
      Extraction x = i % 2 == 0
          ? library.extract(text, LocalDate.of(2024, 3, i + 1)) : library.extract(text);
      assertEquals(JsonTrees.cli(x), actual.get("a" + i), "article a" + i);
    }
    // not vacuous: the articles have something in every list
    assertTrue(actual.values().stream().anyMatch(j -> j.path("casualties").size() > 0));
    assertTrue(actual.values().stream().anyMatch(j -> j.path("quotes").size() > 0));
    assertTrue(actual.values().stream().anyMatch(j -> j.path("dates").size() > 0));
    assertTrue(actual.values().stream().anyMatch(j -> j.path("sources").size() > 0));
    assertTrue(actual.values().stream().anyMatch(j -> j.path("casualty_totals").size() > 0));
  }

  @Test
  void dateColumnsOfEveryTypeResolveAsTheLibraryDoes() {
    StructType schema = new StructType()
        .add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("d", DataTypes.DateType).add("ts", DataTypes.TimestampType);
    List<Row> rows = List.of(
        RowFactory.create("x", Articles.BLAST, Date.valueOf("2019-05-10"),
            Timestamp.valueOf("2019-05-10 23:30:00")));
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    JsonTreesAssert expected = new JsonTreesAssert(
        NewsExtractor.builder().build().extract(Articles.BLAST, LocalDate.of(2019, 5, 10)));
    expected.check(byId(NewsExtractSpark.extract(df, "text", "d"), "newsextract").get("x"));
    expected.check(byId(NewsExtractSpark.extract(df, "text", "ts"), "newsextract").get("x"));
    // the builder's date stands in when there is no date column
    NewsExtractSpark dated = NewsExtractSpark.builder()
        .referenceDate(LocalDate.of(2019, 5, 10)).build();
    expected.check(byId(dated.transform(df, "text"), "newsextract").get("x"));
  }

  /** Compares with one expected extraction. */
  private record JsonTreesAssert(Extraction x) {
    void check(com.fasterxml.jackson.databind.JsonNode actual) {
      assertEquals(JsonTrees.cli(x), actual);
    }
  }

  @Test
  void badRowsGetAnErrorAndEveryRowIsKept() {
    NewsExtractSpark nx = NewsExtractSpark.builder()
        .limits(Limits.DEFAULT.withMaxInputChars(2_000)).build();
    String huge = Articles.STORM.repeat(20); // over the 2,000 chars of the limit
    List<Row> rows = List.of(
        RowFactory.create("ok1", Articles.STORM, "2024-01-02"),
        RowFactory.create("null-text", null, "2024-01-02"),
        RowFactory.create("huge", huge, null),
        RowFactory.create("bad-dct", Articles.BLAST, "next Tuesday"),
        RowFactory.create("blank", "   ", null),
        RowFactory.create("ok2", Articles.ARREST, "2024-01-02T10:00:00Z"),
        RowFactory.create("ok1", Articles.STORM, "2024-01-02")); // a duplicate stays two rows
    Dataset<Row> out = nx.transform(spark.createDataFrame(rows, INPUT).repartition(3), "text",
        "dct");
    List<Row> result = out.select(col("id"), col("newsextract.error"),
        col("newsextract.casualties")).collectAsList();
    assertEquals(rows.size(), result.size());
    Map<String, String> errors = new HashMap<>();
    for (Row r : result) {
      errors.put(r.getString(0), r.getString(1));
      if (r.getString(1) != null) {
        assertTrue(r.isNullAt(2), "a failed document has no results: " + r);
      }
    }
    assertNull(errors.get("ok1"));
    assertNull(errors.get("ok2"));
    assertNull(errors.get("blank"));
    assertEquals("ExtractionException: text is null", errors.get("null-text"));
    assertTrue(errors.get("huge").startsWith("ExtractionException: text has "), errors.get("huge"));
    assertTrue(errors.get("huge").contains("2000"), errors.get("huge"));
    assertEquals("invalid dct \"next Tuesday\": expected YYYY-MM-DD or an ISO date-time",
        errors.get("bad-dct"));
    assertEquals(2, result.stream().filter(r -> r.getString(0).equals("ok1")).count());
  }

  @Test
  void patternsAndLayersReachTheExecutors() {
    Dataset<Row> df = articles(4);
    NewsExtractSpark blorp = NewsExtractSpark.builder()
        .attributionPatterns(AttributionPatterns.defaults()
            .with("blorp", "{source} blorped that {content}"))
        .layers(Layer.ATTRIBUTIONS)
        .build();
    List<Row> rows = blorp.transform(df, "text", "dct")
        .select(col("id"), col("newsextract.attributions.pattern"),
            col("newsextract.dates"), col("newsextract.casualties"), col("newsextract.quotes"))
        .collectAsList();
    assertEquals(Articles.ALL.size(), rows.size());
    for (Row r : rows) {
      List<String> patterns = r.getList(1);
      if (r.getString(0).equals("a" + Articles.ALL.indexOf(Articles.BLORP))) {
        assertTrue(patterns.contains("blorp"), "the custom pattern ran: " + patterns);
      } else {
        assertFalse(patterns.contains("blorp"));
      }
      assertTrue(r.getList(2).isEmpty() && r.getList(3).isEmpty() && r.getList(4).isEmpty(),
          "only the attributions layer ran: " + r);
    }
    // and without the pattern, nobody blorps
    List<Row> plain = NewsExtractSpark.extract(df, "text", "dct")
        .select(col("newsextract.attributions.pattern")).collectAsList();
    assertTrue(plain.stream().noneMatch(r -> r.getList(0).contains("blorp")));
  }

  @Test
  void aBadPatternFailsOnTheDriverBeforeAnyJob() {
    NewsExtractSpark.Builder b = NewsExtractSpark.builder()
        .attributionPatterns(AttributionPatterns.none().with("broken", "{source} said {nope"));
    PatternException e = assertThrows(PatternException.class, b::build);
    assertEquals("broken", e.patternId());
  }

  @Test
  void columnsOfTheWrongTypeAreRefusedOnTheDriver() {
    Dataset<Row> df = articles(1).withColumn("n", col("id").isNull());
    assertThrows(IllegalArgumentException.class,
        () -> NewsExtractSpark.extract(df, "n", "dct"));
    assertThrows(IllegalArgumentException.class,
        () -> NewsExtractSpark.extract(df, "text", "n"));
  }

  @Test
  void theSqlFunctionGivesTheSameStruct() {
    NewsExtractSpark.register(spark);
    articles(2).createOrReplaceTempView("articles");
    Map<String, com.fasterxml.jackson.databind.JsonNode> sql = byId(
        spark.sql("SELECT id, newsextract(text, dct) AS nx FROM articles"), "nx");
    Map<String, com.fasterxml.jackson.databind.JsonNode> api =
        byId(NewsExtractSpark.extract(articles(2), "text", "dct"), "newsextract");
    assertEquals(api, sql);
    long killed = spark.sql("SELECT newsextract(text, NULL).casualty_totals['KILLED'] AS k "
        + "FROM articles WHERE id = 'a0'").first().getLong(0);
    assertEquals(12, killed);
  }

  @Test
  void theExtractorIsBuiltOncePerExecutorJvmAndEachRowRunsOnce() {
    // A configuration of its own, so that no other test has built its extractor yet.
    NewsExtractSpark nx = NewsExtractSpark.builder()
        .attributionPatterns(AttributionPatterns.defaults()
            .with("once-" + System.nanoTime(), "{source} quipped {content}"))
        .build();
    assertFalse(Extractors.has(nx.config()));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      rows.add(RowFactory.create("r" + i, Articles.ALL.get(i % Articles.ALL.size()), null));
    }
    int builtBefore = Extractors.built();
    long docsBefore = Extractors.documents();
    // 12 tasks on local[2]'s two threads, and several fields read from the struct
    Dataset<Row> out = nx.transform(spark.createDataFrame(rows, INPUT).repartition(12), "text")
        .select(col("id"), col("newsextract.quotes"), col("newsextract.dates"),
            col("newsextract.casualty_totals"), col("newsextract.error"));
    assertEquals(60, out.collectAsList().size());
    assertEquals(1, Extractors.built() - builtBefore, "one build for the configuration");
    assertEquals(60, Extractors.documents() - docsBefore, "each row extracted once");
    // a second job reuses it
    assertEquals(60, nx.transform(spark.createDataFrame(rows, INPUT), "text").count());
    assertEquals(1, Extractors.built() - builtBefore);
  }

  @Test
  void theFunctionSparkSerialisesCarriesOnlyTheConfiguration() throws Exception {
    ExtractFunction f = new ExtractFunction(NewsExtractSpark.defaults().config());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(f); // a NewsExtractor in it would fail: it is not Serializable
    }
    // the default patterns' templates, nothing like models (megabytes)
    assertTrue(bytes.size() < 64 * 1024, bytes.size() + " bytes");
    Row r = f.call(Articles.ARREST, "2024-01-01");
    assertNotNull(r);
    assertNull(r.getAs(r.length() - 1));
  }
}
