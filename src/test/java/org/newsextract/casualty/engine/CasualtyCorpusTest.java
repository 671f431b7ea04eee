package org.newsextract.casualty.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;

/**
 * Runs the casualty corpus: news-style sentences written for this project, each with the
 * mentions that must be found ({@code only}: and no other; {@code span}, when given, the exact
 * mention text) and, when given, the exact document totals.
 */
class CasualtyCorpusTest {
  private static final CasualtyExtractor EXTRACTOR = new CasualtyExtractor();

  @TestFactory
  Stream<DynamicTest> counts() throws IOException {
    return load("/corpus/casualties/counts.jsonl").stream()
        .map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> check(c)));
  }

  /** War, terror and crime-wire forms: combatants, arrests, kidnappings, upper-case copy. */
  @TestFactory
  Stream<DynamicTest> conflict() throws IOException {
    return load("/corpus/casualties/conflict.jsonl").stream()
        .map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> check(c)));
  }

  private static void check(JsonNode c) {
    String text = c.get("text").asText();
    TextAnalysis analysis = TextAnalysis.of(text);
    List<CasualtyMention> found = EXTRACTOR.extract(analysis);
    Map<CasualtyCategory, CasualtyTotal> totals = EXTRACTOR.totals(analysis, found);
    for (CasualtyMention m : found) {
      assertEquals(m.span().text(), text.substring(m.span().start(), m.span().end()));
    }
    List<CasualtyMention> unmatched = new ArrayList<>(found);
    for (JsonNode want : c.path("mentions")) {
      CasualtyMention hit = unmatched.stream().filter(m -> matches(want, m)).findFirst()
          .orElse(null);
      if (hit == null) {
        fail("no mention like " + want + " in " + describe(found));
      }
      unmatched.remove(hit);
    }
    if (c.path("only").asBoolean(false)) {
      assertTrue(unmatched.isEmpty(), "unexpected mentions " + describe(unmatched));
    }
    if (c.has("totals")) {
      Map<String, Long> want = new TreeMap<>();
      c.get("totals").fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().asLong()));
      Map<String, Long> got = new TreeMap<>();
      totals.forEach((k, v) -> got.put(k.name(), v.count()));
      assertEquals(want, got, "totals; mentions " + describe(found));
    }
  }

  private static boolean matches(JsonNode want, CasualtyMention m) {
    if (!m.category().name().equals(want.get("category").asText())
        || m.count() != want.get("count").asLong()) {
      return false;
    }
    if (want.has("count_max") && m.countMax() != want.get("count_max").asLong()) {
      return false;
    }
    if (want.has("precision") && !m.precision().name().equals(want.get("precision").asText())) {
      return false;
    }
    if (want.has("span") && !m.span().text().equals(want.get("span").asText())) {
      return false;
    }
    if (want.has("victims")
        && !m.victims().map(v -> v.text().equals(want.get("victims").asText())).orElse(false)) {
      return false;
    }
    return !want.has("included_in") || m.includedIn()
        .map(v -> v.text().equals(want.get("included_in").asText())).orElse(false);
  }

  private static String describe(List<CasualtyMention> ms) {
    StringBuilder b = new StringBuilder("[");
    for (CasualtyMention m : ms) {
      b.append(String.format("%n  %s %d..%d %s '%s' victims=%s in=%s", m.category(), m.count(),
          m.countMax(), m.precision(), m.span().text(),
          m.victims().map(v -> v.text()).orElse("-"),
          m.includedIn().map(v -> v.text()).orElse("-")));
    }
    return b.append("]").toString();
  }

  static List<JsonNode> load(String resource) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = CasualtyCorpusTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(mapper.readTree(line));
        }
      }
    }
    return out;
  }
}
