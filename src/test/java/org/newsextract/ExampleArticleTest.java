package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.CountPrecision;
import org.newsextract.date.DateMention;
import org.newsextract.quote.Quote;

/** All layers together on the example article the README runs (written by us). */
class ExampleArticleTest {
  static String text;
  static Extraction x;

  @BeforeAll
  static void extract() {
    text = TestTexts.harbourSiege();
    x = NewsExtractor.builder().build().extract(text, LocalDate.of(2024, 3, 6));
  }

  @Test
  void headlineTotalsOfTheMainEvent() {
    assertEquals(14L, x.casualtyTotals().get(CasualtyCategory.KILLED).count());
    assertEquals(22L, x.casualtyTotals().get(CasualtyCategory.INJURED).count());
    assertEquals(9L, x.casualtyTotals().get(CasualtyCategory.HOSTAGE).count());
    assertEquals(3L, x.casualtyTotals().get(CasualtyCategory.MISSING).count());
    assertTrue(x.casualties().stream().anyMatch(c -> c.count() == 3
        && c.includedIn().map(t -> t.text().contains("14")).orElse(false)),
        "three attackers are part of the 14 dead");
  }

  @Test
  void totalsKeepTheirPrecisionAndNameTheirSourceAndDate() {
    CasualtyTotal injured = x.casualtyTotals().get(CasualtyCategory.INJURED);
    assertEquals(CountPrecision.AT_LEAST, injured.precision());
    CasualtyMention stated = x.casualties().get(injured.mentions().get(0));
    assertEquals("At least 22 people were wounded", stated.span().text());
    Attribution by = x.attributions().get(injured.attribution().orElseThrow());
    assertEquals("the regional health ministry", by.source().orElseThrow().text());
    CasualtyTotal killed = x.casualtyTotals().get(CasualtyCategory.KILLED);
    assertEquals(CountPrecision.EXACT, killed.precision());
    assertEquals("officials", x.attributions().get(killed.attribution().orElseThrow())
        .source().orElseThrow().text());
    // the standoff began on Tuesday, the lead says
    assertEquals("2024-03-05", x.dates().get(killed.date().orElseThrow()).value());
  }

  @Test
  void quotesHaveSpeakersAndShortNamesResolve() {
    Quote first = x.quotes().get(0);
    assertTrue(first.span().text().startsWith("They came through the kitchen"));
    assertTrue(first.speaker().orElseThrow().text().startsWith("Marta Velin"));
    Quote minister = x.quotes().stream()
        .filter(q -> q.span().text().startsWith("We will find")).findFirst().orElseThrow();
    assertEquals("Arnault", minister.speaker().orElseThrow().text());
    // the statement's resolution: the person's name, without the title
    assertEquals("Josef Arnault", minister.resolvedSpeaker().orElseThrow().text());
  }

  @Test
  void anonymousSourceToldANewspaper() {
    Attribution a = x.attributions().stream()
        .filter(t -> t.recipient().map(r -> r.text().equals("the Kardell Herald")).orElse(false))
        .findFirst().orElseThrow();
    assertEquals("A senior security official", a.source().orElseThrow().text());
    assertEquals(SourceKind.ANONYMOUS, a.sourceKind());
    assertTrue(x.attributions().stream()
        .anyMatch(t -> t.cue().map(c -> c.text().equals("according to")).orElse(false)
            && t.source().map(s -> s.text().equals("police")).orElse(false)));
  }

  @Test
  void datesResolveAgainstThePublicationDate() {
    Map<String, String> values = new java.util.HashMap<>();
    for (DateMention d : x.dates()) {
      values.put(d.span().text(), d.value());
    }
    assertEquals("2024-03-05", values.get("Tuesday"));
    assertEquals("2024-03-08", values.get("Friday"), "a future day of mourning");
    assertEquals("2011-03-12", values.get("March 12, 2011"));
    assertEquals("PT16H", values.get("16-hour"));
  }
}
