package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** One extractor shared by several threads gives exactly the sequential results. */
class ThreadSafetyTest {

  @Test
  void sharedExtractorMatchesSequentialResults() throws Exception {
    NewsExtractor extractor =
        NewsExtractor.builder().referenceDate(LocalDate.of(2015, 11, 22)).build();
    List<String> texts = new ArrayList<>();
    texts.add(TestTexts.harbourSiege());
    Arbitrary<String> sentences = ExtractionProperties.sentence().list().ofSize(20)
        .map(l -> String.join(" ", l));
    sentences.sampleStream().limit(63).forEach(texts::add);
    List<Extraction> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(extractor.extract(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<Extraction>> futures = new ArrayList<>();
        for (String t : texts) {
          futures.add(pool.submit(() -> extractor.extract(t)));
        }
        for (int i = 0; i < texts.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get(), "text " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
