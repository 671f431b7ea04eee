package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.date.DateMention;

/**
 * Issue 18: a paragraph over a few thousand chars (an article stored on one line) is scanned in
 * windows; a date across a window's edge must be found whole, wherever the edge falls.
 */
class DateWindowTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();

  @Test
  void aDateAcrossAWindowEdgeKeepsAllItsWords() {
    String date = "September 11, 2012";
    for (int at = 3960; at <= 4010; at++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < at) {
        b.append("The council met again and voted on the budget plan. ");
      }
      b.setLength(at);
      // the filler is cut mid-word: start the date after a space
      String text = b + " on " + date + " the vote was held and the session went on at length "
          + "with many more words about the roads and the schools of the town.";
      List<DateMention> found = EXTRACTOR.extract(TextAnalysis.of(text),
          Optional.of(LocalDate.of(2015, 1, 1)));
      List<String> spans = found.stream().map(d -> d.span().text()).toList();
      assertEquals(List.of(date), spans, "date at " + at);
      assertEquals("2012-09-11", found.get(0).value());
    }
  }

  @Test
  void manyDatesInOneLongParagraphAreEachFoundOnce() {
    String unit = "It rained on March 3, 2010, and again on Friday. ";
    String text = unit.repeat(400); // 20,000 chars, one paragraph
    List<DateMention> found = EXTRACTOR.extract(TextAnalysis.of(text),
        Optional.of(LocalDate.of(2015, 1, 1)));
    assertEquals(800, found.size());
    for (int i = 0; i < found.size(); i++) {
      assertEquals(i % 2 == 0 ? "March 3, 2010" : "Friday", found.get(i).span().text());
    }
  }
}
