package org.newsextract.quote.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.quote.Quote;
import org.newsextract.quote.QuoteKind;

/**
 * Our own news-style sentences, one convention per line of {@code corpus/quotes/quotes.jsonl}:
 * every quote the extractor returns (speech and other kinds) must be listed, in order, with its
 * kind, speaker, cue and resolved speaker (null where there must be none).
 */
class QuoteCorpusTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(true);

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<DynamicTest> tests = new ArrayList<>();
    try (InputStream in =
        QuoteCorpusTest.class.getResourceAsStream("/corpus/quotes/quotes.jsonl")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = mapper.readTree(line);
        String name = c.get("id").asText() + ": " + c.get("convention").asText();
        tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
      }
    }
    assertTrue(tests.size() >= 30, "corpus too small");
    return tests.stream();
  }

  private static void check(JsonNode c) {
    String text = c.get("text").asText();
    List<Quote> got = EXTRACTOR.extract(TextAnalysis.of(text), List.of());
    JsonNode want = c.get("quotes");
    assertEquals(want.size(), got.size(), () -> "quotes found: " + describe(got));
    for (int i = 0; i < want.size(); i++) {
      JsonNode w = want.get(i);
      Quote q = got.get(i);
      String where = "quote " + i + " of " + describe(got);
      assertSpan(text, q.span());
      assertEquals(w.get("text").asText(), q.span().text(), where);
      assertEquals(QuoteKind.valueOf(w.get("kind").asText()), q.kind(), where);
      assertOptional(w.get("speaker"), q.speaker(), "speaker " + where);
      if (!w.get("cue").isNull() || q.kind() == QuoteKind.OTHER) {
        assertOptional(w.get("cue"), q.cue(), "cue " + where);
      }
      assertOptional(w.get("resolved"), q.resolvedSpeaker(), "resolved " + where);
      q.speaker().ifPresent(s -> assertSpan(text, s));
      q.cue().ifPresent(s -> assertSpan(text, s));
      q.resolvedSpeaker().ifPresent(s -> assertSpan(text, s));
    }
  }

  private static void assertOptional(JsonNode want, Optional<TextSpan> got, String what) {
    if (want == null || want.isNull()) {
      assertTrue(got.isEmpty(), what + ": expected none, got " + got.map(TextSpan::text));
    } else {
      assertEquals(want.asText(), got.map(TextSpan::text).orElse(null), what);
    }
  }

  private static void assertSpan(String text, TextSpan s) {
    assertEquals(text.substring(s.start(), s.end()), s.text());
  }

  private static String describe(List<Quote> qs) {
    StringBuilder b = new StringBuilder();
    for (Quote q : qs) {
      b.append("\n  [").append(q.kind()).append("] ").append(q.span().text())
          .append(" | speaker=").append(q.speaker().map(TextSpan::text).orElse("-"))
          .append(" | cue=").append(q.cue().map(TextSpan::text).orElse("-"))
          .append(" | resolved=").append(q.resolvedSpeaker().map(TextSpan::text).orElse("-"));
    }
    return b.toString();
  }
}
