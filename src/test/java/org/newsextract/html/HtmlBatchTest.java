package org.newsextract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.TestTexts;

/** A batch written as pages and an index. */
class HtmlBatchTest {
  @TempDir Path dir;

  @Test
  void pagesAndIndex() throws Exception {
    String text = TestTexts.harbourSiege();
    Extraction x = NewsExtractor.builder().build().extract(text, LocalDate.of(2024, 3, 6));
    HtmlBatch batch = HtmlBatch.create(dir.resolve("out"));
    Path first = batch.add("reuters/42", text, x);
    batch.addError("line 2", "text is missing");
    Path third = batch.add("empty", "", Extraction.empty());
    Path index = batch.finish();
    assertThrows(IllegalStateException.class, () -> batch.add("late", "", Extraction.empty()));

    assertEquals(dir.resolve("out/0001-reuters-42.html"), first);
    assertEquals(dir.resolve("out/0003-empty.html"), third);
    assertEquals(dir.resolve("out/index.html"), index);
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(List.of("0001-reuters-42.html", "0003-empty.html", "index.html"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files");
    }

    Document page = PageAssertions.check(text, x, Files.readString(first));
    assertEquals("index.html", page.selectFirst(".nav a").attr("href"));
    assertEquals("reuters/42", page.selectFirst("h1").text());

    Document idx = Jsoup.parse(Files.readString(index));
    PageAssertions.assertSafe(idx);
    List<Element> rows = idx.select("#docs tbody tr");
    assertEquals(3, rows.size());
    Element r = rows.get(0);
    assertEquals("0001-reuters-42.html", r.selectFirst("a").attr("href"));
    assertEquals(List.of("#", "document", "sources", "named people", "named organisations",
        "anonymous", "other", "anon.", "killed", "injured", "hostage", "missing", "arrested",
        "first date"),
        idx.select("#docs thead th").eachText());
    assertEquals(List.of("1", "reuters/42", "9", "2", "4", "3", "0", "33%", "14", "22", "9",
        "3", "2", "2024-03-05 “Tuesday”"), r.select("td").eachText());
    assertEquals("0.3333", r.select("td").get(7).attr("data-sort"));
    assertTrue(rows.get(1).text().contains("error: text is missing"));
    assertTrue(rows.get(1).select("a").isEmpty());
    assertEquals("0", rows.get(2).select("td").get(2).text());
  }

  @Test
  void workersAddInParallel() throws Exception {
    HtmlBatch batch = HtmlBatch.create(dir);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Path>> done = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "doc-" + i;
        done.add(pool.submit(() -> batch.add(id, id + " text", Extraction.empty())));
      }
      for (Future<Path> f : done) {
        assertTrue(Files.exists(f.get()));
      }
    } finally {
      pool.shutdown();
    }
    Document idx = Jsoup.parse(Files.readString(batch.finish()));
    assertEquals(40, idx.select("#docs tbody a").size());
    for (Element a : idx.select("#docs tbody a")) {
      Document page = Jsoup.parse(Files.readString(dir.resolve(a.attr("href"))));
      assertEquals(a.text(), page.selectFirst("h1").text(), "each link opens its own page");
    }
  }
}
