package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.date.DateMention;
import org.newsextract.date.EventAnchor;

/**
 * Runs {@code corpus/dates/event-anchors.jsonl}, sentences written for this project, under
 * {@link DateCorpusTest#REF_A}: expressions counted from an event ("two days after the attack")
 * become dates only when the sentence dates the event; otherwise the measure stays a duration
 * and its anchor is unresolved. Every expected mention (text, type, value, and for anchored
 * ones the event phrase, whether it is resolved, the event's date and what dated it) must be
 * found, and nothing else.
 */
class DateEventAnchorTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();

  record Case(String id, String text, JsonNode expect) {}

  static List<Case> corpus() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (InputStream in =
        DateEventAnchorTest.class.getResourceAsStream("/corpus/dates/event-anchors.jsonl")) {
      assertTrue(in != null, "corpus/dates/event-anchors.jsonl is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = mapper.readTree(line);
          cases.add(new Case(n.get("id").asText(), n.get("text").asText(), n.get("expect")));
        }
      }
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> eventAnchorCorpus() throws IOException {
    return corpus().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
  }

  /** At least 30 sentences, half of them with no event the sentence dates. */
  @Test
  void corpusIsLargeAndHalfUnresolved() throws IOException {
    List<Case> cases = corpus();
    long resolved = cases.stream().filter(c -> {
      for (JsonNode e : c.expect()) {
        if (e.path("resolved").asBoolean(false)) {
          return true;
        }
      }
      return false;
    }).count();
    assertTrue(cases.size() >= 30, "cases: " + cases.size());
    assertTrue(cases.size() - resolved >= cases.size() / 2,
        "unresolved: " + (cases.size() - resolved));
  }

  /** Without a reference date, a dated event still dates the expression. */
  @Test
  void resolvesWithoutReferenceDate() {
    String t =
        "The mayor was shot on June 2, 2014. The rifle was found two months after the shooting.";
    List<DateMention> ds = EXTRACTOR.extract(TextAnalysis.of(t), Optional.empty());
    DateMention m = ds.get(ds.size() - 1);
    assertEquals("two months", m.span().text());
    assertEquals("2014-08", m.value());
    assertEquals(LocalDate.of(2014, 6, 2), m.anchor().orElseThrow().date().orElseThrow());
  }

  @Test
  void anchorComponentsGoTogether() {
    TextSpan s = TextSpan.of("the attack", 0, 10);
    assertThrows(IllegalArgumentException.class,
        () -> new EventAnchor(s, Optional.of(LocalDate.of(2015, 1, 1)), Optional.empty()));
    assertTrue(!EventAnchor.unresolved(s).resolved());
  }

  private static void check(Case c) {
    List<String> expected = new ArrayList<>();
    for (JsonNode e : c.expect()) {
      String line = e.get("text").asText() + " | " + e.get("type").asText() + " | "
          + e.get("value").asText();
      if (e.has("event")) {
        line += " | " + e.get("event").asText() + " | "
            + (e.get("resolved").asBoolean()
                ? e.get("date").asText() + " by " + e.get("datedBy").asText() : "unresolved");
      }
      expected.add(line);
    }
    List<String> actual = new ArrayList<>();
    for (DateMention d : EXTRACTOR.extract(TextAnalysis.of(c.text()),
        Optional.of(DateCorpusTest.REF_A))) {
      assertEquals(c.text().substring(d.span().start(), d.span().end()), d.span().text());
      String line = d.span().text() + " | " + d.type() + " | " + d.value();
      if (d.anchor().isPresent()) {
        EventAnchor a = d.anchor().get();
        assertEquals(c.text().substring(a.event().start(), a.event().end()), a.event().text());
        line += " | " + a.event().text() + " | "
            + (a.resolved() ? a.date().get() + " by " + a.datedBy().get().text() : "unresolved");
      }
      actual.add(line);
    }
    assertEquals(expected, actual, "in: " + c.text());
  }
}
