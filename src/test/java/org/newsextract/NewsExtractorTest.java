package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NewsExtractorTest {
  static NewsExtractor extractor;
  static String article;

  @BeforeAll
  static void setUp() {
    extractor = NewsExtractor.builder().referenceDate(LocalDate.of(2024, 3, 5)).build();
    article = TestTexts.harbourSiege();
  }

  @Test
  void builderReportsEveryProblemInBuild() {
    NewsExtractor.Builder b = NewsExtractor.builder().referenceDate(null).limits(null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("referenceDate"), e.getMessage());
    assertTrue(e.getMessage().contains("limits"), e.getMessage());
  }

  @Test
  void limitsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new Limits(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Limits(10, 0));
  }

  @Test
  void inputOverTheLimitGetsATypedException() {
    NewsExtractor small = NewsExtractor.builder().limits(Limits.DEFAULT.withMaxInputChars(100))
        .build();
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> small.extract("x".repeat(101)));
    assertEquals(ExtractionException.Reason.INPUT_TOO_LONG, e.reason());
    assertTrue(e.getMessage().contains("100"), e.getMessage());
    small.extract("x".repeat(100));
  }

  @Test
  void nullTextGetsATypedException() {
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(null));
    assertEquals(ExtractionException.Reason.NULL_INPUT, e.reason());
    assertThrows(NullPointerException.class, () -> extractor.extract("text", null));
  }

  @Test
  void emptyAndBlankTextGiveEmptyResults() {
    assertEquals(Extraction.empty(), extractor.extract(""));
    assertEquals(Extraction.empty(), extractor.extract(" \n\t\n "));
  }

  @Test
  void resultsAreImmutableValidAndRepeatable() {
    Extraction x = extractor.extract(article);
    assertNull(Spans.firstProblem(article, x));
    assertEquals(x, extractor.extract(article));
    assertThrows(UnsupportedOperationException.class, () -> x.dates().add(null));
    assertThrows(UnsupportedOperationException.class, () -> x.quotes().clear());
    assertThrows(UnsupportedOperationException.class, () -> x.casualtyTotals().clear());
  }

  @Test
  void layersCanBeSwitchedOff() {
    NewsExtractor datesOnly = NewsExtractor.builder().layers(Layer.DATES).build();
    Extraction x = datesOnly.extract(article, LocalDate.of(2024, 3, 5));
    assertEquals(List.of(), x.quotes());
    assertEquals(List.of(), x.attributions());
    assertEquals(List.of(), x.casualties());
    assertTrue(x.casualtyTotals().isEmpty());
  }

  @Test
  void resultsPerLayerAreCapped() {
    NewsExtractor capped =
        NewsExtractor.builder().limits(Limits.DEFAULT.withMaxResultsPerLayer(1)).build();
    Extraction full = extractor.extract(article);
    Extraction x = capped.extract(article, LocalDate.of(2024, 3, 5));
    assertTrue(x.dates().size() <= 1 && x.quotes().size() <= 1 && x.casualties().size() <= 1
        && x.attributions().size() <= 1);
    boolean anyOver = full.dates().size() > 1 || full.quotes().size() > 1
        || full.casualties().size() > 1 || full.attributions().size() > 1;
    assertEquals(anyOver, x.truncated());
  }

  @Test
  void textSpanChecksItself() {
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(3, 2, ""));
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(0, 2, "abc"));
    assertThrows(IllegalArgumentException.class, () -> TextSpan.of("abc", 1, 4));
    assertEquals(new TextSpan(1, 3, "bc"), TextSpan.of("abcd", 1, 3));
  }

  @Test
  void nonSpeechQuotesAreOptIn() {
    String text = "The plan, which critics call a “giveaway,” was approved on Monday.";
    assertTrue(extractor.extract(text).quotes().isEmpty());
    Extraction all = NewsExtractor.builder().nonSpeechQuotes(true).build().extract(text);
    assertEquals(1, all.quotes().size());
    assertEquals(org.newsextract.quote.QuoteKind.OTHER, all.quotes().get(0).kind());
    assertTrue(all.quotes().get(0).speaker().isEmpty());
  }
}
