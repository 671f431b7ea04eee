package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.CountPrecision;

/** Typed casualty totals: precision, the mentions they come from, their source and date. */
class CasualtyTotalsTest {
  private static final NewsExtractor EXTRACTOR = NewsExtractor.builder().build();
  private static final LocalDate REF = LocalDate.of(2023, 6, 12);

  private static Extraction extract(String text) {
    return EXTRACTOR.extract(text, REF);
  }

  @Test
  void aLowerBoundStaysALowerBound() {
    Extraction x = extract("At least 31 miners were killed when the tunnel collapsed.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.KILLED);
    assertEquals(31, t.count());
    assertEquals(CountPrecision.AT_LEAST, t.precision());
    assertEquals("At least 31 miners were killed",
        x.casualties().get(t.mentions().get(0)).span().text());
  }

  @Test
  void aHeadlineFigureTheLeadHedgesIsALowerBound() {
    Extraction x = extract("Market bombing kills 27\n\nA suicide bomber blew himself up in a "
        + "crowded market on Friday, killing at least 27 people, police said.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.KILLED);
    assertEquals(27, t.count());
    assertEquals(CountPrecision.AT_LEAST, t.precision());
    assertEquals(2, t.mentions().size());
  }

  @Test
  void aRangeKeepsBothBounds() {
    Extraction x = extract("Between 40 and 60 villagers were abducted from the market.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.KIDNAPPED);
    assertEquals(40, t.count());
    assertEquals(60, t.countMax());
    assertEquals(CountPrecision.RANGE, t.precision());
  }

  @Test
  void aReckonedTotalNamesEveryMentionItComesFrom() {
    Extraction x = extract("Five people were shot, two of them fatally, outside the stadium.");
    CasualtyTotal injured = x.casualtyTotals().get(CasualtyCategory.INJURED);
    assertEquals(3, injured.count());
    assertEquals(2, injured.mentions().size());
    assertEquals(List.of(CasualtyCategory.INJURED, CasualtyCategory.KILLED),
        injured.mentions().stream().map(i -> x.casualties().get(i).category()).toList());
  }

  @Test
  void theAttributionThatGivesTheFigure() {
    Extraction x = extract("Nine soldiers were killed in the ambush on Sunday, the army said.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.KILLED);
    assertEquals("the army", x.attributions().get(t.attribution().orElseThrow())
        .source().orElseThrow().text());
    assertEquals("2023-06-11", x.dates().get(t.date().orElseThrow()).value());
  }

  @Test
  void theSourceWhenTheDayFollowsTheCue() {
    Extraction x = extract("Nine soldiers were killed in the ambush, the army said on Sunday.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.KILLED);
    assertEquals("the army", x.attributions().get(t.attribution().orElseThrow())
        .source().orElseThrow().text());
  }

  @Test
  void aLaterMentionOfTheSameFigureNamesItsSource() {
    Extraction x = extract("Six Dead in Mine Blast\n\nAn explosion at a coal mine killed six "
        + "workers on Friday, the company said.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.KILLED);
    assertEquals("Six Dead", x.casualties().get(t.mentions().get(0)).span().text());
    assertEquals("the company", x.attributions().get(t.attribution().orElseThrow())
        .source().orElseThrow().text());
    assertEquals("2023-06-09", x.dates().get(t.date().orElseThrow()).value());
  }

  @Test
  void theLeadGivesTheDateWhenTheSentenceHasNone() {
    Extraction x = extract("Flooding hit the valley on Thursday.\n\nRescuers said 14 people were "
        + "missing after the river burst its banks.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.MISSING);
    assertEquals("2023-06-08", x.dates().get(t.date().orElseThrow()).value());
  }

  @Test
  void noSourceAndNoDateAreEmptyAndAYearIsNoIncidentDate() {
    Extraction x = extract("Twelve people were killed in 2019.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.KILLED);
    assertFalse(t.attribution().isPresent());
    assertFalse(t.date().isPresent());
  }

  @Test
  void everyMentionNamesWhoGivesItAndItsIncidentDate() {
    Extraction x = extract("Gunmen killed 12 people at a market on Friday, police said. In "
        + "2015, a similar attack killed 30 people. Three soldiers were wounded in the clashes, "
        + "the army said.");
    CasualtyMention market = x.casualties().get(0);
    CasualtyMention earlier = x.casualties().get(1);
    CasualtyMention wounded = x.casualties().get(2);
    assertEquals(12, market.count());
    assertEquals("police", x.attributions().get(market.attribution().orElseThrow())
        .source().orElseThrow().text());
    assertEquals("2023-06-09", x.dates().get(market.date().orElseThrow()).value());
    // an earlier attack: dated by its own year, so neither Friday nor anyone's figure
    assertEquals(30, earlier.count());
    assertEquals(OptionalInt.empty(), earlier.attribution());
    assertEquals(OptionalInt.empty(), earlier.date());
    // a sentence with no date takes the lead's
    assertEquals("the army", x.attributions().get(wounded.attribution().orElseThrow())
        .source().orElseThrow().text());
    assertEquals("2023-06-09", x.dates().get(wounded.date().orElseThrow()).value());
  }

  @Test
  void withoutTheOtherLayersTheLinksAreEmpty() {
    Extraction x = NewsExtractor.builder().layers(Layer.CASUALTIES).build()
        .extract("Nine soldiers were killed on Sunday, the army said.", REF);
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.KILLED);
    assertEquals(9, t.count());
    assertEquals(OptionalInt.empty(), t.attribution());
    assertEquals(OptionalInt.empty(), t.date());
    assertEquals(OptionalInt.empty(), x.casualties().get(0).attribution());
    assertEquals(OptionalInt.empty(), x.casualties().get(0).date());
  }

  @Test
  void totalsAreImmutableAndChecked() {
    Extraction x = extract("Two guards were wounded.");
    CasualtyTotal t = x.casualtyTotals().get(CasualtyCategory.INJURED);
    assertThrows(UnsupportedOperationException.class, () -> t.mentions().add(0));
    assertThrows(IllegalArgumentException.class, () -> new CasualtyTotal(
        CasualtyCategory.KILLED, 5, 4, CountPrecision.EXACT, List.of(), OptionalInt.empty(),
        OptionalInt.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Extraction(List.of(), List.of(),
        List.of(), List.of(), Map.of(CasualtyCategory.KILLED, t), List.of(), false));
    assertTrue(x.casualtyTotals().values().stream()
        .allMatch(v -> v.category() == CasualtyCategory.INJURED));
  }
}
