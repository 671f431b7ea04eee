package org.newsextract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
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

/** Article text, ids and every string a fact carries are only ever text in the page. */
class HtmlXssTest {
  static final String HOSTILE = String.join("\n\n",
      "<script>alert(1)</script> Police said <img src=x onerror=alert(2)> 12 people were killed"
          + " on Friday.",
      "\"<script>document.cookie</script>, </div>\" said <b onmouseover=\"alert(3)\">Smith</b>,"
          + " a spokesman. \" onmouseover=\"alert(4)\" x=\"",
      "' autofocus onfocus='alert(5)' data-x=' <!-- --> <![CDATA[ ]]> </span></span></div>"
          + " </textarea></title></style><style>body{display:none}</style> &lt;script&gt; &amp;",
      "<svg/onload=alert(6)> javascript:alert(7) <a href=\"javascript:alert(8)\">x</a>"
          + " \uD83D lone high, \uDE00 lone low, \u2028 \u202E reversed \u202C, NUL \0 end.",
      "Three people were wounded on Tuesday, according to <iframe srcdoc='<script>'>police.\r\n"
          + "CRLF line.\rCR line.");

  static NewsExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = NewsExtractor.builder().build();
  }

  @Test
  void hostileArticleRendersAsText() {
    Extraction x = extractor.extract(HOSTILE, LocalDate.of(2024, 3, 6));
    assertFalse(x.attributions().isEmpty() && x.dates().isEmpty(), "facts over hostile text");
    String html = HtmlView.render(HOSTILE, x);
    Document doc = PageAssertions.check(HOSTILE, x, html);
    String shown = doc.getElementById("article").wholeText();
    assertTrue(shown.contains("<script>alert(1)</script>"));
    assertTrue(shown.contains("</div>\" said <b onmouseover=\"alert(3)\">Smith</b>"));
    assertTrue(shown.contains("&lt;script&gt; &amp;"), "entities in the input stay literal");
    assertTrue(shown.contains("\r\nCRLF line.\rCR line."), "CR kept");
    assertTrue(shown.contains("\uFFFD lone high, \uFFFD lone low"));
    assertEquals(HOSTILE.length(), shown.length(), "offsets hold");
    assertEquals(3, doc.getElementById("article").attr("data-replaced").split(" ").length,
        "two lone surrogates and a NUL");
    // nothing the text says became an element
    assertTrue(doc.select("#article *").stream().allMatch(e -> e.tagName().equals("span")
        && e.hasClass("m")));
    assertTrue(doc.select("b[onmouseover], textarea, iframe, svg, a[href^=javascript]").isEmpty());
  }

  @Test
  void hostileStringsInFactsStayText() {
    String t = "Evil said \"x\" on Monday; 3 dead.";
    String evil = "\"><script>alert(9)</script><x y='";
    TextSpan src = TextSpan.of(t, 0, 4);
    Extraction x = new Extraction(
        List.of(new Attribution(TextSpan.of(t, 0, 13), Optional.of(src), Optional.of(src),
            SourceKind.ANONYMOUS, Optional.of(TextSpan.of(t, 5, 9)), Optional.empty(),
            Optional.of(TextSpan.of(t, 10, 13)), evil)),
        List.of(new Quote(TextSpan.of(t, 11, 12), QuoteKind.SPEECH, Optional.of(src),
            Optional.empty(), Optional.empty())),
        List.of(new Source(src, SourceKind.ANONYMOUS, List.of(0), List.of(0))),
        List.of(new CasualtyMention(TextSpan.of(t, 25, 32), CasualtyCategory.KILLED, 3, 3,
            CountPrecision.EXACT, Optional.empty(), Optional.empty())),
        Map.of(CasualtyCategory.KILLED, new CasualtyTotal(CasualtyCategory.KILLED, 3, 3,
            CountPrecision.EXACT, List.of(0), java.util.OptionalInt.of(0),
            java.util.OptionalInt.of(0))),
        List.of(
            new DateMention(TextSpan.of(t, 17, 23), TimexType.DATE, evil, Granularity.DAY,
                Optional.empty(), Optional.empty(), evil, Optional.empty(), Optional.of(evil),
                Optional.of(evil)),
            new DateMention(TextSpan.of(t, 17, 23), TimexType.DURATION, "1" + evil,
                Granularity.NONE, Optional.empty(), Optional.of(Period.ofDays(1)), evil,
                Optional.empty(), Optional.empty(), Optional.empty())),
        false);
    Document doc = PageAssertions.check(t, x, HtmlView.render(t, x, evil));
    assertEquals(evil, doc.selectFirst("h1").text());
    assertTrue(doc.title().startsWith(evil));
    Element date = doc.getElementById("f-d0");
    assertEquals(evil, date.attr("data-label"));
    assertTrue(date.attr("title").contains("rule: " + evil));
    assertTrue(doc.getElementById("f-a0s").attr("title").contains("pattern: " + evil));
    assertTrue(doc.select("#timeline").text().contains(evil));
  }

  @Test
  void hostileIdsAndErrorsInTheIndex() {
    String evil = "../../etc/<script>alert(1)</script>\"'&";
    String page = HtmlBatch.fileName(7, evil);
    assertEquals("0007-etc-script-alert-1-script.html", page);
    String html = HtmlView.renderIndex(List.of(
        IndexRow.of(evil, page, Extraction.empty()),
        IndexRow.failed("<img src=x onerror=alert(2)>", "bad JSON: <script>x</script>")));
    Document doc = Jsoup.parse(html);
    PageAssertions.assertSafe(doc);
    assertEquals(evil, doc.selectFirst("#docs tbody a").text());
    assertEquals(page, doc.selectFirst("#docs tbody a").attr("href"));
    assertTrue(doc.select("#docs tbody").text().contains("<img src=x onerror=alert(2)>"));
    assertTrue(doc.select("#docs tbody .err").text().contains("<script>x</script>"));
  }

  @Test
  void fileNamesStayInTheDirectory() {
    for (String id : List.of("", ".", "..", "../x", "/etc/passwd", "a/../../b", "C:\\x", "\0",
        "..\\..", "ü", "x".repeat(500), ".hidden", "con", "a b\tc\nd")) {
      String name = HtmlBatch.fileName(1, id);
      assertTrue(name.matches("0001(-[A-Za-z0-9_-][A-Za-z0-9._-]*)?\\.html"), name);
      assertFalse(name.contains(".."), name);
      assertTrue(name.length() <= 4 + 1 + 48 + 5, name);
    }
  }
}
