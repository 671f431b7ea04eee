package org.newsextract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.TextSpan;

/**
 * Our own news-style sentences ({@code corpus/attributions/attributions.jsonl}), one test each:
 * every phrasing the layer promises, and sentences that hold no attribution. Per line: {@code
 * text}, {@code expect} (cue, and optionally source, kind, recipient, content (a part of it;
 * null: none), pattern), {@code exact} (no other attributions) and {@code absent} (cues that
 * must not be reported, e.g. inside a quotation).
 */
class AttributionCorpusTest {
  private static final NewsExtractor EXTRACTOR = NewsExtractor.builder().build();

  @TestFactory
  List<DynamicTest> corpus() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<DynamicTest> tests = new ArrayList<>();
    try (InputStream in =
        getClass().getResourceAsStream("/corpus/attributions/attributions.jsonl")) {
      assertNotNull(in, "corpus file");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = mapper.readTree(line);
        n++;
        String text = c.get("text").asText();
        tests.add(DynamicTest.dynamicTest(n + ": " + text, () -> check(c, text)));
      }
    }
    return tests;
  }

  private static void check(JsonNode c, String text) {
    Extraction x = EXTRACTOR.extract(text);
    List<Attribution> found = x.attributions();
    String all = found.stream().map(AttributionCorpusTest::describe)
        .collect(Collectors.joining("\n  "));
    for (Attribution a : found) {
      assertEquals(text.substring(a.span().start(), a.span().end()), a.span().text());
      assertTrue(a.cue().map(a.span()::contains).orElse(true), "span holds the cue");
    }
    List<Attribution> unmatched = new ArrayList<>(found);
    for (JsonNode e : c.get("expect")) {
      String cue = e.get("cue").asText();
      Attribution a = unmatched.stream()
          .filter(f -> f.cue().map(TextSpan::text).orElse("").equals(cue))
          .filter(f -> !e.has("source") || f.source().map(TextSpan::text).orElse("")
              .equals(e.get("source").asText()))
          .findFirst()
          .orElse(null);
      if (a == null) {
        fail("no attribution with cue '" + cue + "'"
            + (e.has("source") ? " and source '" + e.get("source").asText() + "'" : "")
            + "; found:\n  " + all);
      }
      unmatched.remove(a);
      if (e.has("kind")) {
        assertEquals(e.get("kind").asText(), a.sourceKind().name(), "kind of " + describe(a));
      }
      if (e.has("recipient")) {
        assertEquals(Optional.of(e.get("recipient").asText()), a.recipient().map(TextSpan::text),
            "recipient of " + describe(a));
      }
      if (e.has("content") && e.get("content").isNull()) {
        assertTrue(a.content().isEmpty(), describe(a) + " should have no content");
      } else if (e.has("content")) {
        String content = a.content().map(TextSpan::text).orElse("");
        assertTrue(content.contains(e.get("content").asText()),
            "content of " + describe(a) + " should contain '" + e.get("content").asText() + "'");
      }
      if (e.has("pattern")) {
        assertEquals(e.get("pattern").asText(), a.pattern(), "pattern of " + describe(a));
      }
    }
    if (c.path("exact").asBoolean(false)) {
      assertTrue(unmatched.isEmpty(), "unexpected attributions:\n  "
          + unmatched.stream().map(AttributionCorpusTest::describe)
              .collect(Collectors.joining("\n  ")));
    }
    for (JsonNode absent : c.path("absent")) {
      for (Attribution a : found) {
        assertTrue(!a.cue().map(TextSpan::text).orElse("").equals(absent.asText()),
            "must not report " + describe(a));
      }
    }
  }

  static String describe(Attribution a) {
    return a.pattern() + ": source=" + a.source().map(TextSpan::text).orElse("-") + " ["
        + a.sourceKind() + "] cue=" + a.cue().map(TextSpan::text).orElse("-") + " recipient="
        + a.recipient().map(TextSpan::text).orElse("-") + " content="
        + a.content().map(TextSpan::text).orElse("-");
  }
}
