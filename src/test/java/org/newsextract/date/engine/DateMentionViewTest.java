package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.date.DateMention;
import org.newsextract.date.Granularity;
import org.newsextract.date.TimexType;

/** The typed java.time view and granularity of each kind of value, and robustness. */
class DateMentionViewTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();
  private static final Optional<LocalDate> REF = Optional.of(LocalDate.of(2015, 11, 20));

  private static DateMention only(String text) {
    List<DateMention> found = EXTRACTOR.extract(TextAnalysis.of(text), REF);
    assertEquals(1, found.size(), () -> "in: " + text + " found " + found);
    return found.get(0);
  }

  @Test
  void dayIsLocalDate() {
    DateMention d = only("The vote was held on September 11, 2012.");
    assertEquals(Granularity.DAY, d.granularity());
    assertEquals(Optional.of(LocalDate.of(2012, 9, 11)), d.temporal());
    assertEquals("date-month-day", d.rule());
  }

  @Test
  void monthIsYearMonth() {
    DateMention d = only("Sales fell in January 2013.");
    assertEquals(Granularity.MONTH, d.granularity());
    assertEquals(Optional.of(YearMonth.of(2013, 1)), d.temporal());
  }

  @Test
  void yearIsYear() {
    DateMention d = only("Prices rose in 1990.");
    assertEquals(Granularity.YEAR, d.granularity());
    assertEquals(Optional.of(Year.of(1990)), d.temporal());
  }

  @Test
  void clockTimeIsLocalDateTime() {
    DateMention d = only("Police arrived at 10:30 a.m. yesterday.");
    assertEquals(TimexType.TIME, d.type());
    assertEquals(Granularity.MINUTE, d.granularity());
    assertEquals(Optional.of(LocalDateTime.of(2015, 11, 19, 10, 30)), d.temporal());
  }

  @Test
  void durationsArePeriodsOrDurations() {
    assertEquals(Optional.of(Period.ofDays(4)), only("They held out for four days.").amount());
    assertEquals(Optional.of(Duration.ofHours(10)), only("A 10-hour siege ended.").amount());
    assertEquals(Optional.empty(), only("Fighting went on for months.").amount());
    // quarters keep the TimeML unit in the value ("P2Q") and are six months as a Period
    DateMention q = only("Sales fell over the past two quarters.");
    assertEquals("P2Q", q.value());
    assertEquals(Optional.of(Period.ofMonths(6)), q.amount());
  }

  @Test
  void quarterAndReferenceGranularity() {
    assertEquals(Granularity.QUARTER, only("Profit rose in the third quarter.").granularity());
    DateMention now = only("The bridge is now closed.");
    assertEquals(Granularity.REFERENCE, now.granularity());
    assertTrue(now.temporal().isEmpty());
  }

  @Test
  void junkAndLongInputNeverThrowAndSpansMatch() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append(i % 7 == 0 ? "1999-" : "May ").append(i % 31).append(i % 5 == 0 ? "\n" : " ");
    }
    sb.append("  \u0000 $ 12/31/ 9/ Sept. .. a.m. p.m. 2010s '90s ");
    String text = sb.toString();
    long t0 = System.nanoTime();
    List<DateMention> found = EXTRACTOR.extract(TextAnalysis.of(text), Optional.empty());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    for (DateMention d : found) {
      assertEquals(text.substring(d.span().start(), d.span().end()), d.span().text());
    }
    assertTrue(ms < 10_000, "took " + ms + " ms");
  }
}
