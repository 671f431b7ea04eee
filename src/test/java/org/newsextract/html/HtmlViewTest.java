package org.newsextract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.TestTexts;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.CountPrecision;
import org.newsextract.date.DateMention;
import org.newsextract.date.Granularity;
import org.newsextract.date.TimexType;
import org.newsextract.quote.Quote;
import org.newsextract.quote.QuoteKind;
import org.newsextract.source.Source;

/** The page of the example article, read back with jsoup. */
class HtmlViewTest {
  static String text;
  static Extraction x;
  static String html;
  static Document doc;

  @BeforeAll
  static void render() {
    text = TestTexts.harbourSiege();
    x = NewsExtractor.builder().build().extract(text, LocalDate.of(2024, 3, 6));
    html = HtmlView.render(text, x);
    doc = PageAssertions.check(text, x, html);
  }

  @Test
  void everyFactIsDrawnWithItsText() {
    // check() compared every element and fact; here the totals, to see nothing was skipped
    int facts = PageAssertions.facts(x).size();
    assertTrue(facts >= 60, "facts: " + facts);
    assertEquals(facts, doc.select("#article .m.first").size());
  }

  @Test
  void quotesAndDatesNestInsideContent() {
    Element quote = doc.getElementById("f-q0");
    assertTrue(quote.text().startsWith("They came through the kitchen"));
    Element content = quote.parent();
    assertTrue(content.hasClass("content"), "the quote sits in the content element");
    assertEquals("a2t", content.attr("data-fact"));

    Element friday = doc.select("#article .date").stream()
        .filter(e -> e.text().equals("Friday")).findFirst().orElseThrow();
    assertEquals("2024-03-08", friday.attr("data-label"));
    assertTrue(friday.parents().stream().anyMatch(p -> p.hasClass("content")));
    assertTrue(friday.attr("title").contains("TIMEX3 DATE value: 2024-03-08"));
    assertTrue(friday.attr("title").contains("java.time: LocalDate 2024-03-08"));
    assertTrue(friday.attr("title").contains("rule: date-weekday"));
  }

  @Test
  void crossingSpansAreSplitIntoNestedPieces() {
    // "The Northern Front claimed responsibility ... online, Reuters reported": one
    // attribution's content ends after "online", the other's runs on to "reported"
    List<Element> split = doc.select("#article .m[data-fact-start]");
    assertFalse(split.isEmpty(), "some fact crosses another in the example");
    for (Element e : split) {
      assertTrue(doc.select("#article [data-fact=" + e.attr("data-fact") + "]").size() >= 2);
    }
  }

  @Test
  void detailsNameKindResolvedSpeakerCategoryAndPattern() {
    Element anon = doc.select("#article .src").stream()
        .filter(e -> e.text().equals("A senior security official")).findFirst().orElseThrow();
    assertTrue(anon.hasClass("k-anonymous"));
    assertEquals("anonymous", anon.attr("data-label"));
    assertTrue(anon.attr("title").contains("source kind: ANONYMOUS"));
    assertTrue(anon.attr("title").contains("recipient: “the Kardell Herald”"));
    assertTrue(anon.attr("title").contains("pattern: tell"));

    Element arnault = doc.select("#article .src").stream()
        .filter(e -> e.text().equals("Arnault")).findFirst().orElseThrow();
    assertTrue(arnault.attr("title").contains("resolved source: “Josef Arnault”"));
    Element minister = doc.select("#article .quote").stream()
        .filter(e -> e.text().startsWith("We will find")).findFirst().orElseThrow();
    assertTrue(minister.attr("title").contains(
        "resolved speaker: “Josef Arnault”"));

    Element wounded = doc.select("#article .cas").stream()
        .filter(e -> e.text().startsWith("At least 22")).findFirst().orElseThrow();
    assertEquals("injured ≥22", wounded.attr("data-label"));
    assertTrue(wounded.attr("title").contains("count: at least 22 (precision AT_LEAST)"));
    assertTrue(wounded.attr("title").contains("the headline total for INJURED"));
    // the mention's own links, as the JSON gives them
    CasualtyMention m = x.casualties().stream()
        .filter(c -> c.span().text().startsWith("At least 22")).findFirst().orElseThrow();
    m.date().ifPresent(d -> assertTrue(wounded.attr("title").contains(
        "incident date: " + x.dates().get(d).value())));
    m.attribution().ifPresent(a -> assertTrue(wounded.attr("title").contains("given by: “"
        + x.attributions().get(a).source().orElseThrow().text() + "”")));
    assertTrue(m.date().isPresent() || m.attribution().isPresent(), "the mention has a link");
  }

  @Test
  void totalsLinkToTheMentionTheyCameFrom() {
    Element totals = doc.selectFirst("table.totals");
    assertNotNull(totals);
    for (Map.Entry<CasualtyCategory, CasualtyTotal> t : x.casualtyTotals().entrySet()) {
      Element row = totals.select("tr").stream()
          .filter(r -> r.text().startsWith(t.getKey().name().toLowerCase(java.util.Locale.ROOT)))
          .findFirst().orElseThrow();
      Element a = row.selectFirst("a[href]");
      assertNotNull(a, "a link for " + t.getKey());
      Element target = doc.getElementById(a.attr("href").substring(1));
      assertTrue(target.hasClass("cas"));
      assertTrue(target.attr("data-label").startsWith(
          t.getKey().name().toLowerCase(java.util.Locale.ROOT)));
      assertTrue(target.attr("data-label").endsWith(Long.toString(t.getValue().count())));
    }
  }

  @Test
  void sourcesListKindsAndStatements() {
    List<Element> items = doc.select("ol.sources > li");
    assertEquals(x.sources().size(), items.size());
    for (int s = 0; s < x.sources().size(); s++) {
      Source src = x.sources().get(s);
      Element li = items.get(s);
      assertEquals(src.attributions().size() + src.quotes().size(), li.select("ul > li").size());
      assertTrue(li.hasClass(Describe.kindClass(src.kind())));
      // every highlight of the source's statements points back to it
      for (int a : src.attributions()) {
        for (Element m : doc.select("#article [data-attr=a" + a + "]")) {
          assertEquals("s" + s, m.attr("data-src"));
        }
      }
    }
    assertTrue(doc.selectFirst("#sources p").text().contains("Anonymous: 33%"));
  }

  @Test
  void timelineIsOrderedByValue() {
    List<String> values = doc.select("ol.timeline > li > time, ol.timeline > li > .val")
        .eachText();
    assertEquals(List.of("2011-03-12", "2014", "2024-03-05", "2024-03-05TEV", "2024-03-06",
        "2024-03-06TMO", "2024-03-08"), values);
    assertTrue(doc.select("#timeline h3 + ul").text().contains("PT16H"));
  }

  @Test
  void standaloneResponsiveAndNotColourOnly() {
    assertTrue(html.contains("@media (max-width:760px)"));
    assertNotNull(doc.selectFirst("meta[name=viewport]"));
    assertNotNull(doc.selectFirst("fieldset.legend"));
    assertEquals(6, doc.select("fieldset.legend input[type=checkbox]").size());
    // every layer differs by more than colour: a line style, weight, slant or brackets
    for (String rule : List.of(".cue{border-bottom:4px double", ".rcpt{border-bottom:3px dotted",
        ".date{border-bottom:2px dashed", ".src{font-weight:700;border-bottom:3px solid",
        ".quote{background:#d9eefb;font-style:italic", ".content.first::before")) {
      assertTrue(HtmlView.CSS.contains(rule), rule);
    }
    assertFalse(html.contains("http://") || html.contains("https://"), "no network address");
  }

  @Test
  void emptyTextAndEmptyExtraction() {
    Document d =
        PageAssertions.check("", Extraction.empty(), HtmlView.render("", Extraction.empty()));
    assertEquals("", d.getElementById("article").wholeText());
    assertTrue(d.text().contains("No sources found."));
  }

  @Test
  void titleIsEscapedAndUsed() {
    Document d = PageAssertions.check("x", Extraction.empty(),
        HtmlView.render("x", Extraction.empty(), "<b>doc \"7\"</b>"));
    assertEquals("<b>doc \"7\"</b>", d.selectFirst("h1").text());
    assertTrue(d.select("h1 b").isEmpty());
  }

  /**
   * "said said said ...": each attribution's content holds the next, 800 deep, and some cross;
   * before the depth bound this page had 81,399 pieces (21 MB), and 20,000 "said" ran out of a
   * 2 GB heap.
   */
  @Test
  void deepNestingIsBoundedAndReported() {
    String t = "said ".repeat(800);
    Extraction e = NewsExtractor.builder().build().extract(t);
    String page = HtmlView.render(t, e);
    Document d = PageAssertions.check(t, e, page); // also: every left-out fact had no room
    String undrawn = d.getElementById("article").attr("data-undrawn");
    assertFalse(undrawn.isEmpty());
    assertTrue(d.selectFirst(".warn").text().contains("not highlighted"));
    assertTrue(d.select("#article .m").size() < 3 * PageAssertions.facts(e).size());
    assertTrue(page.length() < 1_000_000, "page size " + page.length());
  }

  /** A fact may cover any chars, a surrogate pair's halves among them. */
  @Test
  void handMadeFactsThatCrossAndCutPairs() {
    String t = "ab😀cd\uD800ef\r\ngh\0ij";
    TextSpan all = TextSpan.of(t, 0, t.length());
    TextSpan cut = TextSpan.of(t, 3, 8); // from the low half of 😀
    TextSpan tail = TextSpan.of(t, 6, t.length());
    Extraction hand = new Extraction(
        List.of(new Attribution(all, Optional.of(TextSpan.of(t, 0, 2)), Optional.empty(),
            SourceKind.OTHER, Optional.of(TextSpan.of(t, 2, 4)), Optional.empty(),
            Optional.of(cut), "p")),
        List.of(new Quote(tail, QuoteKind.SPEECH, Optional.empty(), Optional.empty(),
            Optional.empty())),
        List.of(new Source(TextSpan.of(t, 0, 2), SourceKind.OTHER, List.of(0), List.of())),
        List.of(new CasualtyMention(TextSpan.of(t, 5, 12), CasualtyCategory.KILLED, 1, 3,
            CountPrecision.RANGE, Optional.empty(), Optional.of(all))),
        Map.of(CasualtyCategory.KILLED, new CasualtyTotal(CasualtyCategory.KILLED, 2, 2,
            CountPrecision.EXACT, List.of(0), java.util.OptionalInt.of(0),
            java.util.OptionalInt.of(0))),
        List.of(new DateMention(TextSpan.of(t, 1, 3), TimexType.DATE, "2024-01-01",
            Granularity.DAY, Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty(), "r",
            Optional.empty(), Optional.empty(), Optional.empty())),
        true);
    Document d = PageAssertions.check(t, hand, HtmlView.render(t, hand));
    String shown = d.getElementById("article").wholeText();
    assertEquals('\uFFFD', shown.charAt(2), "the high half, cut by the date's end");
    assertEquals('\uFFFD', shown.charAt(3));
    assertEquals('\uFFFD', shown.charAt(6), "a lone surrogate");
    assertEquals('\r', shown.charAt(9), "CR kept, not folded into LF");
    assertEquals('\uFFFD', shown.charAt(13), "NUL");
    assertEquals("2 3 6 13", d.getElementById("article").attr("data-replaced"));
    assertNotNull(d.selectFirst(".warn"), "truncated extraction says so");
    // the total 2 lies in the range 1..3 of the one mention
    assertEquals("#f-c0", d.selectFirst("table.totals a").attr("href"));
  }
}
