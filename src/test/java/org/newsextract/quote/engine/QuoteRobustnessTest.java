package org.newsextract.quote.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.quote.Quote;

/** Stray marks, huge paragraphs and junk: never a crash, never a pairing across paragraphs. */
class QuoteRobustnessTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(true);

  private static List<Quote> run(String text) {
    List<Quote> quotes = EXTRACTOR.extract(TextAnalysis.of(text), List.of());
    for (Quote q : quotes) {
      check(text, q.span());
      q.speaker().ifPresent(s -> check(text, s));
      q.cue().ifPresent(s -> check(text, s));
      q.resolvedSpeaker().ifPresent(s -> check(text, s));
    }
    return quotes;
  }

  private static void check(String text, TextSpan s) {
    assertEquals(text.substring(s.start(), s.end()), s.text());
  }

  @Test
  void strayOpeningMarkDoesNotPairAcrossParagraphs() {
    String text = "The vote was set for \"Tuesday.\n\nOfficials said the count was fair.\n\n"
        + "Observers agreed.\" Nobody objected.";
    for (Quote q : run(text)) {
      assertTrue(q.span().text().indexOf('\n') < 0, q.span().text());
    }
  }

  @Test
  void apostrophesAreNeverQuotes() {
    assertTrue(run("Belmokhtar’s men shouldn’t have left in the ’90s, the villagers’ elders said.")
        .isEmpty());
  }

  @Test
  void manyMarksInOneParagraphStayFast() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      b.append(i % 3 == 0 ? "\"a, \" he said, " : i % 3 == 1 ? "“b” " : "” said ");
    }
    String text = b.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(text));
  }

  @Test
  void runOnSentenceWithManyQuotesStaysFast() {
    // one 300,000-char "sentence": tagging it would take minutes, so no sieve may ask for tags
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 4_500; i++) {
      b.append("the official who works here and said, “we will stay” while others ");
    }
    String text = b.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(text));
  }

  @Test
  void manyQuoteParagraphsStayFast() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      b.append("“We will stay here until the work is done in the valley\n\n");
    }
    String text = b.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(text));
  }

  @Test
  void randomJunkNeverCrashes() {
    Random random = new Random(42);
    String alphabet = "\"“”„«»'’‘ ,.:;!?-—–\n\nabcSaid said told he She Smith according to ()";
    for (int n = 0; n < 200; n++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(400);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      if (!text.isBlank()) {
        run(text);
      }
    }
  }
}
