package org.newsextract.date;

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

  record Case(String id, String text, JsonNode expect) {}

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
        cases.add(new Case(n.get("id").asText(), n.get("text").asText(), n.get("expect")));
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

  private static Stream<DynamicTest> tests(String key, Optional<LocalDate> ref) throws IOException {
    return corpus().stream().map(c -> DynamicTest.dynamicTest(c.id() + " [" + key + "]", () -> {
      List<String> expected = new ArrayList<>();
      for (JsonNode e : c.expect()) {
        expected.add(e.get("text").asText() + " | " + e.get("type").asText() + " | "
            + e.get(key).asText());
      }
      List<String> actual = new ArrayList<>();
      String text = c.text();
      for (DateMention d : EXTRACTOR.extract(TextAnalysis.of(text), ref)) {
        assertEquals(text.substring(d.span().start(), d.span().end()), d.span().text());
        assertTrue(!d.rule().isEmpty());
        actual.add(d.span().text() + " | " + d.type() + " | " + d.value());
      }
      assertEquals(expected, actual, "in: " + text);
    }));
  }
}
