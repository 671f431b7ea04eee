package org.newsextract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsextract.Extraction;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;

/**
 * Reads a page with jsoup (an HTML5 parser, as browsers parse) and checks it against the text
 * and extraction it was made from.
 */
final class PageAssertions {
  private PageAssertions() {}

  /** Every fact of {@code x} with a non-empty span, by its id in the page. */
  static Map<String, TextSpan> facts(Extraction x) {
    Map<String, TextSpan> facts = new LinkedHashMap<>();
    for (int i = 0; i < x.attributions().size(); i++) {
      Attribution a = x.attributions().get(i);
      put(facts, "a" + i + "s", a.source());
      put(facts, "a" + i + "c", a.cue());
      put(facts, "a" + i + "r", a.recipient());
      put(facts, "a" + i + "t", a.content());
    }
    for (int i = 0; i < x.quotes().size(); i++) {
      put(facts, "q" + i, Optional.of(x.quotes().get(i).span()));
    }
    for (int i = 0; i < x.casualties().size(); i++) {
      put(facts, "c" + i, Optional.of(x.casualties().get(i).span()));
    }
    for (int i = 0; i < x.dates().size(); i++) {
      put(facts, "d" + i, Optional.of(x.dates().get(i).span()));
    }
    return facts;
  }

  private static void put(Map<String, TextSpan> facts, String id, Optional<TextSpan> span) {
    span.filter(s -> s.length() > 0).ifPresent(s -> facts.put(id, s));
  }

  /**
   * What the page should show for {@code text}, given the offsets where elements open or
   * close: NUL, lone surrogates and halves of a pair that a boundary cuts become U+FFFD.
   */
  static String expectedShown(String text, Set<Integer> boundaries) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (Character.isHighSurrogate(c[i]) && i + 1 < c.length
          && Character.isLowSurrogate(c[i + 1]) && !boundaries.contains(i + 1)) {
        i++;
      } else if (Character.isSurrogate(c[i]) || c[i] == 0) {
        c[i] = '\uFFFD';
      }
    }
    return new String(c);
  }

  /**
   * Parses {@code html} and checks that the article's DOM text is the input char for char, that
   * every highlight's text is the text at its offsets, that highlights nest, and that each fact
   * of {@code x} is drawn as pieces that together are exactly its span. Returns the document.
   */
  static Document check(String text, Extraction x, String html) {
    Document doc = Jsoup.parse(html);
    Element article = doc.getElementById("article");
    assertNotNull(article, "no #article");
    List<Element> marks = article.select(".m");
    Set<Integer> bounds = new HashSet<>();
    for (Element m : marks) {
      bounds.add(Integer.parseInt(m.attr("data-start")));
      bounds.add(Integer.parseInt(m.attr("data-end")));
    }
    String shown = expectedShown(text, bounds);
    assertEquals(shown, article.wholeText(), "the article's DOM text");
    assertEquals(Integer.toString(text.length()), article.attr("data-length"));

    // data-replaced names exactly the chars that differ
    Set<Integer> replaced = new TreeSet<>();
    for (String s : article.attr("data-replaced").split(" ")) {
      if (!s.isEmpty()) {
        replaced.add(Integer.parseInt(s));
      }
    }
    Set<Integer> differ = new TreeSet<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != shown.charAt(i)) {
        differ.add(i);
      }
    }
    assertEquals(differ, replaced, "data-replaced");

    Map<String, List<Element>> byFact = new LinkedHashMap<>();
    for (Element m : marks) {
      int s = Integer.parseInt(m.attr("data-start"));
      int e = Integer.parseInt(m.attr("data-end"));
      assertTrue(0 <= s && s < e && e <= text.length(), () -> "offsets of " + m);
      assertEquals(shown.substring(s, e), m.wholeText(), () -> "text of " + m.attr("data-fact")
          + " [" + s + ", " + e + ")");
      assertFalse(m.attr("data-fact").isEmpty());
      assertFalse(m.attr("title").isEmpty(), "details in the title");
      for (Element p = m.parent(); p != null && p != article; p = p.parent()) {
        if (p.hasClass("m")) {
          assertTrue(Integer.parseInt(p.attr("data-start")) <= s
              && e <= Integer.parseInt(p.attr("data-end")), "nested inside its parent");
          break;
        }
      }
      byFact.computeIfAbsent(m.attr("data-fact"), k -> new ArrayList<>()).add(m);
    }

    Map<String, TextSpan> facts = facts(x);
    // a fact is left out only where MAX_DEPTH drawn facts already overlap
    Set<String> undrawn = new TreeSet<>();
    for (String s : article.attr("data-undrawn").split(" ")) {
      if (!s.isEmpty()) {
        undrawn.add(s);
      }
    }
    Set<String> all = new TreeSet<>(byFact.keySet());
    all.addAll(undrawn);
    assertEquals(new TreeSet<>(facts.keySet()), all, "every fact drawn or listed as undrawn");
    int[] depth = new int[text.length() + 1];
    for (Element m : marks) {
      depth[Integer.parseInt(m.attr("data-start"))]++;
      depth[Integer.parseInt(m.attr("data-end"))]--;
    }
    for (int i = 1; i < depth.length; i++) {
      depth[i] += depth[i - 1];
    }
    for (int i = 0; i < text.length(); i++) {
      assertTrue(depth[i] <= Nesting.MAX_DEPTH, "depth at " + i);
    }
    for (String u : undrawn) {
      assertFalse(byFact.containsKey(u), u + " is both drawn and undrawn");
      TextSpan span = facts.get(u);
      boolean full = false;
      for (int i = span.start(); i < span.end() && !full; i++) {
        full = depth[i] >= Nesting.MAX_DEPTH;
      }
      assertTrue(full, u + " left out though there was room");
    }
    facts.keySet().removeAll(undrawn);
    for (Map.Entry<String, TextSpan> f : facts.entrySet()) {
      TextSpan span = f.getValue();
      List<Element> parts = byFact.get(f.getKey());
      StringBuilder joined = new StringBuilder();
      int at = span.start();
      for (Element p : parts) {
        assertEquals(at, Integer.parseInt(p.attr("data-start")), "pieces contiguous");
        at = Integer.parseInt(p.attr("data-end"));
        joined.append(p.wholeText());
        if (parts.size() > 1) {
          assertEquals(Integer.toString(span.start()), p.attr("data-fact-start"));
          assertEquals(Integer.toString(span.end()), p.attr("data-fact-end"));
        }
      }
      assertEquals(span.end(), at, "pieces end where the fact ends");
      assertEquals(shown.substring(span.start(), span.end()), joined.toString(),
          "the pieces of " + f.getKey());
      assertEquals(span.text(), text.substring(span.start(), span.end()));
      // the first piece takes focus and is the link target
      Element first = parts.get(0);
      assertEquals("f-" + f.getKey(), first.id());
      assertEquals("0", first.attr("tabindex"));
      for (Element p : parts.subList(1, parts.size())) {
        assertFalse(p.hasAttr("tabindex"));
      }
    }
    // every in-page link has a target
    for (Element a : doc.select("a[href^=#]")) {
      assertNotNull(doc.getElementById(a.attr("href").substring(1)), "target of " + a);
    }
    assertSafe(doc);
    return doc;
  }

  /** Only our own script and style, no event handlers, no external resources. */
  static void assertSafe(Document doc) {
    List<Element> scripts = doc.select("script");
    assertEquals(1, scripts.size(), "one script");
    String script = scripts.get(0).data();
    assertTrue(script.equals(HtmlView.SCRIPT) || script.equals(IndexPage.SCRIPT), "our script");
    List<Element> styles = doc.select("style");
    assertEquals(1, styles.size(), "one style element");
    assertTrue(Arrays.asList(HtmlView.CSS, IndexPage.CSS).contains(styles.get(0).data()));
    assertTrue(doc.select("img, iframe, object, embed, link, base, form, svg, math, template,"
        + " video, audio, source").isEmpty(), "no embedded or external content");
    for (Element e : doc.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        String k = a.getKey().toLowerCase(java.util.Locale.ROOT);
        assertFalse(k.startsWith("on"), () -> "event handler " + k + " on " + e.tagName());
        assertFalse(k.equals("style") || k.equals("src") || k.equals("srcdoc"), k);
        if (k.equals("href")) {
          String v = a.getValue();
          assertFalse(v.contains(":"), () -> "href with a scheme: " + v);
        }
      }
    }
    Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertNotNull(csp);
    assertTrue(csp.attr("content").startsWith("default-src 'none'"));
  }
}
