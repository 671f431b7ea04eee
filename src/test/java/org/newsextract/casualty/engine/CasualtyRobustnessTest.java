package org.newsextract.casualty.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.CountPrecision;

/** Hostile and repetitive input: the rules must stay fast, never throw, keep spans exact. */
class CasualtyRobustnessTest {
  private static final CasualtyExtractor EXTRACTOR = new CasualtyExtractor();

  @ParameterizedTest
  @ValueSource(strings = {
    "1 2 3 4 5 6 7 8 9 ",
    "at least at least more than ",
    "two men and three women and four children and ",
    "killed killed wounded injured shot ",
    "Three people, including two, including one, were ",
    "no one no one nobody none ",
    "the death toll the death toll rose to ",
    "— — -- -- ( ( ) , , , ",
    "A 27-year-old man, 27, 27, was shot dead and ",
    "ONE TWO THREE KILLED WOUNDED HOSTAGE "
  })
  void repeatedFragmentsStayFast(String unit) {
    String text = unit.repeat(20_000 / unit.length());
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      TextAnalysis analysis = TextAnalysis.of(text);
      List<CasualtyMention> found = EXTRACTOR.extract(analysis);
      for (CasualtyMention m : found) {
        assertEquals(m.span().text(), text.substring(m.span().start(), m.span().end()));
      }
      EXTRACTOR.totals(analysis, found);
    });
  }

  @Test
  void sameAnswerFromManyThreads() throws Exception {
    String text = "Gunmen killed 12 people and wounded at least 30 others on Monday. "
        + "The death toll later rose to 15, officials said. No one was arrested.";
    TextAnalysis first = TextAnalysis.of(text);
    Map<CasualtyCategory, CasualtyTotal> expected =
        EXTRACTOR.totals(first, EXTRACTOR.extract(first));
    assertEquals(15L, expected.get(CasualtyCategory.KILLED).count());
    assertEquals(30L, expected.get(CasualtyCategory.INJURED).count());
    assertEquals(CountPrecision.AT_LEAST, expected.get(CasualtyCategory.INJURED).precision());
    assertEquals(2, expected.size());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Map<CasualtyCategory, CasualtyTotal>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> {
          TextAnalysis a = TextAnalysis.of(text);
          return EXTRACTOR.totals(a, EXTRACTOR.extract(a));
        }));
      }
      for (Future<Map<CasualtyCategory, CasualtyTotal>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Issue 18: the tail of a number too long for a long was read as the death toll. */
  @ParameterizedTest
  @ValueSource(strings = {
    "The attack left 9,223,372,036,854,775,808 killed.",
    "The blast killed 99999999999999999999 people.",
    "Officials said 999,999,999,999 billion people were killed."
  })
  void numbersBeyondAnyPopulationAreNoCounts(String text) {
    TextAnalysis a = TextAnalysis.of(text);
    List<CasualtyMention> found = EXTRACTOR.extract(a);
    assertTrue(found.isEmpty(), found.toString());
    assertTrue(EXTRACTOR.totals(a, found).isEmpty());
  }

  @Test
  void emptyAndBlankTextHaveNoCounts() {
    for (String text : new String[] {"", "   ", "\n\n"}) {
      TextAnalysis a = TextAnalysis.of(text);
      assertTrue(EXTRACTOR.extract(a).isEmpty());
      assertTrue(EXTRACTOR.totals(a, List.of()).isEmpty());
    }
  }
}
