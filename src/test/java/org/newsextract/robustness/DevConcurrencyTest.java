package org.newsextract.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.cli.DevEvaluation;

/**
 * One extractor shared by 16 threads over real news (the development files) gives exactly the
 * sequential results. Skipped where ../shared is absent.
 */
@Tag("slow")
class DevConcurrencyTest {

  record Doc(String text, LocalDate dct) {}

  @Test
  void sixteenThreadsGiveTheSequentialResults() throws Exception {
    Path data = DevEvaluation.sharedOrSkip().resolve("data");
    List<Doc> docs = new ArrayList<>();
    read(data.resolve("dates/dev.gold.jsonl"), 60, docs);
    read(data.resolve("quotes/polnear-dev.gold.jsonl"), 150, docs);
    read(data.resolve("casualties/dev.gold.jsonl"), 400, docs);
    NewsExtractor extractor = NewsExtractor.builder().build();
    List<Extraction> sequential = new ArrayList<>();
    for (Doc d : docs) {
      sequential.add(run(extractor, d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (Doc d : docs) {
        futures.add(pool.submit(() -> run(extractor, d)));
      }
      for (int i = 0; i < docs.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get(), "document " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Extraction run(NewsExtractor extractor, Doc d) {
    return d.dct() == null ? extractor.extract(d.text()) : extractor.extract(d.text(), d.dct());
  }

  private static void read(Path file, int max, List<Doc> into) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(0, Math.min(max, lines.size()))) {
      JsonNode n = mapper.readTree(line);
      JsonNode dct = n.get("dct");
      LocalDate date = dct == null || dct.isNull() || dct.asText().length() < 10 ? null
          : LocalDate.parse(dct.asText().substring(0, 10));
      into.add(new Doc(n.get("text").asText(), date));
    }
  }
}
