package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.date.DateMention;

/**
 * Runs {@code corpus/dates/corpus.jsonl}, news-style sentences written for this project, under
 * two reference dates and without one (as Duckling's {@code diffCorpus} does): every expected
 * mention (text, type, value) must be found and nothing else. Cases with no expected mention
 * are the negative corpus ("may" the verb, "the March", "a second source", money, "9/11").
 */
class DateCorpusTest {
  /** A Friday. */
  static final LocalDate REF_A = LocalDate.of(2015, 11, 20);
  /** A Wednesday in another year and season. */
  static final LocalDate REF_B = LocalDate.of(2012, 9, 12);

  private static final DateExtractor EXTRACTOR = new DateExtractor();

  /**
   * A case may also carry {@code "at": {"date": ..., "expect": [...]}}: what is expected under a
   * reference date of its own, for rules that turn on the time of year ("fourth-quarter
   * earnings" said in February).
   */
  record Case(String id, String text, JsonNode expect, JsonNode at) {}

  static List<Case> corpus() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (InputStream in = DateCorpusTest.class.getResourceAsStream("/corpus/dates/corpus.jsonl")) {
      assertTrue(in != null, "corpus/dates/corpus.jsonl is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        cases.add(new Case(n.get("id").asText(), n.get("text").asText(), n.get("expect"),
            n.get("at")));
      }
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> corpusUnderReferenceDateA() throws IOException {
    return tests("a", Optional.of(REF_A));
  }

  @TestFactory
  Stream<DynamicTest> corpusUnderReferenceDateB() throws IOException {
    return tests("b", Optional.of(REF_B));
  }

  @TestFactory
  Stream<DynamicTest> corpusWithoutReferenceDate() throws IOException {
    return tests("none", Optional.empty());
  }

  @TestFactory
  Stream<DynamicTest> corpusUnderOwnReferenceDates() throws IOException {
    return corpus().stream().filter(c -> c.at() != null).map(c -> DynamicTest.dynamicTest(
        c.id() + " [" + c.at().get("date").asText() + "]",
        () -> check(c.text(), c.at().get("expect"), "value",
            Optional.of(LocalDate.parse(c.at().get("date").asText())))));
  }

  private static Stream<DynamicTest> tests(String key, Optional<LocalDate> ref) throws IOException {
    return corpus().stream().map(c -> DynamicTest.dynamicTest(c.id() + " [" + key + "]",
        () -> check(c.text(), c.expect(), key, ref)));
  }

  private static void check(String text, JsonNode expect, String key, Optional<LocalDate> ref) {
    List<String> expected = new ArrayList<>();
    for (JsonNode e : expect) {
      expected.add(e.get("text").asText() + " | " + e.get("type").asText() + " | "
          + e.get(key).asText());
    }
    List<String> actual = new ArrayList<>();
    for (DateMention d : EXTRACTOR.extract(TextAnalysis.of(text), ref)) {
      assertEquals(text.substring(d.span().start(), d.span().end()), d.span().text());
      assertTrue(!d.rule().isEmpty());
      actual.add(d.span().text() + " | " + d.type() + " | " + d.value());
    }
    assertEquals(expected, actual, "in: " + text);
  }
}
