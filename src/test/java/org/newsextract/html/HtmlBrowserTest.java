package org.newsextract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.TestTexts;

/**
 * The pages in a real browser: headless Chromium lays out the example article's page and a
 * batch index at desktop (1280 px) and phone (390 px) width, saves screenshots under {@code
 * target/html-view/}, and a check script reports through the DOM ({@code --dump-dom}) that
 * nothing is wider than the viewport, that every highlight has a box inside it that is not
 * covered, that the script shows a fact's details on focus, and that the index sorts.
 *
 * <p>Chromium's windows are at least 500 px wide, so each page is laid out in a {@code srcdoc}
 * frame of the exact width inside a wrapper page whose script does the checking; the page
 * itself is unchanged (its Content-Security-Policy still applies in the frame). Skipped when no
 * Chromium is installed ({@code apt-get install -y chromium}); {@code -Dchromium=PATH} names
 * another binary (only that one is tried).
 */
class HtmlBrowserTest {
  static final Path OUT = Path.of("target", "html-view");
  static Path chromium;
  static String text;
  static Extraction x;

  @BeforeAll
  static void setUp() throws IOException {
    chromium = findChromium();
    if (chromium == null) {
      return;
    }
    Files.createDirectories(OUT);
    text = TestTexts.harbourSiege();
    x = NewsExtractor.builder().build().extract(text, LocalDate.of(2024, 3, 6));
  }

  /** Each test reports itself skipped (not the class silently absent) without Chromium. */
  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null, "no Chromium (apt-get install -y chromium)");
  }

  static Path findChromium() {
    String named = System.getProperty("chromium");
    List<String> candidates = named != null && !named.isBlank() ? List.of(named)
        : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** Checks run in the wrapper once the frame has loaded; results go on the wrapper's root. */
  static final String CHECK = """
      window.addEventListener("load", function () {
        var out = document.documentElement;
        function put(k, v) { out.setAttribute("data-" + k, String(v)); }
        var frame = document.getElementById("f");
        var d = frame.contentDocument, w = frame.contentWindow, root = d.documentElement;
        // the frame as tall as its page, so every part of it is in the viewport
        frame.style.height = Math.ceil(root.getBoundingClientRect().height) + "px";
        var cw = root.clientWidth;
        put("cw", cw);
        put("sw", root.scrollWidth);
        put("js", root.className);
        var wide = [];
        var all = d.body.querySelectorAll("*");
        for (var i = 0; i < all.length; i++) {
          var e = all[i];
          if (e.closest("[hidden]")) { continue; }
          var r = e.getBoundingClientRect();
          if (r.width > 0 && (r.right > cw + 1 || r.left < -1)) {
            wide.push(e.tagName + "#" + e.id + "." + e.className + " " + Math.round(r.left)
                + ".." + Math.round(r.right));
          }
        }
        put("wide", wide.length);
        put("wide-list", wide.slice(0, 5).join(" | "));
        var marks = d.querySelectorAll("#article .m");
        var seen = 0, unseen = [];
        for (var j = 0; j < marks.length; j++) {
          var m = marks[j], st = w.getComputedStyle(m), ok = false;
          var rects = m.getClientRects();
          if (st.visibility === "visible" && parseFloat(st.opacity) > 0) {
            for (var k = 0; k < rects.length && !ok; k++) {
              var rc = rects[k];
              if (rc.width <= 0 || rc.height <= 0 || rc.left < -1 || rc.right > cw + 1) {
                continue;
              }
              var hit = d.elementFromPoint(rc.left + Math.min(rc.width / 2, 4),
                  rc.top + rc.height / 2);
              ok = hit !== null && (hit === m || m.contains(hit));
            }
          }
          if (ok) { seen++; } else { unseen.push(m.getAttribute("data-fact")); }
        }
        put("marks", marks.length);
        put("seen", seen);
        put("unseen", unseen.slice(0, 10).join(" "));
        var first = d.getElementById("f-q0");
        if (first && root.className !== "js") {
          // scripts off: the focused fact shows its details in place, drawn by CSS
          first.focus();
          put("focused", d.activeElement === first ? "yes" : "no");
          put("after", w.getComputedStyle(first, "::after").content.slice(0, 40));
          first.blur();
        } else if (first) {
          first.focus();
          var det = d.getElementById("details");
          put("details", det && !det.hidden ? det.textContent.slice(0, 80) : "hidden");
          put("lit", d.querySelectorAll(".lit").length);
          if (det) { det.hidden = true; }
        }
        var table = d.getElementById("docs");
        if (table) {
          var heads = table.tHead.rows[0].cells;
          for (var h = 0; h < heads.length; h++) {
            if (heads[h].textContent.indexOf("killed") === 0) {
              var b = heads[h].querySelector("button");
              put("sortable", b ? "yes" : "no");
              if (b) {
                b.click();
                put("asc", table.tBodies[0].rows[0].cells[1].textContent);
                b.click();
                put("desc", table.tBodies[0].rows[0].cells[1].textContent);
              }
            }
          }
        }
        put("done", "yes");
      });
      """;

  /** Lays out {@code html} at {@code width} CSS px; returns the wrapper root with the results. */
  static Element browse(String name, String html, int width, int windowHeight) throws Exception {
    return browse(name, html, width, windowHeight, true);
  }

  /** As above; with {@code scripts} false the frame is sandboxed without scripts. */
  static Element browse(String name, String html, int width, int windowHeight, boolean scripts)
      throws Exception {
    StringBuilder wrapper = new StringBuilder();
    wrapper.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>")
        .append("body{margin:0;background:#777}iframe{border:0;display:block;background:#fff;")
        .append("width:").append(width).append("px;height:").append(windowHeight)
        .append("px}</style></head><body><iframe id=\"f\"")
        .append(scripts ? "" : " sandbox=\"allow-same-origin\"").append(" srcdoc=\"");
    Html.escape(wrapper, html);
    wrapper.append("\"></iframe><script>").append(CHECK).append("</script></body></html>");
    Path file = OUT.resolve("check-" + name + ".html").toAbsolutePath();
    Files.writeString(file, wrapper, StandardCharsets.UTF_8);
    Path png = OUT.resolve(name + ".png").toAbsolutePath();
    Path dom = OUT.resolve("check-" + name + ".dom.html").toAbsolutePath();
    Path log = OUT.resolve("check-" + name + ".log").toAbsolutePath();
    Path profile = Files.createTempDirectory("newsextract-chromium-");
    try {
      List<String> cmd = List.of(chromium.toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--hide-scrollbars",
          "--user-data-dir=" + profile,
          "--window-size=" + Math.max(width, 500) + "," + windowHeight,
          "--screenshot=" + png, "--dump-dom", file.toUri().toString());
      Process p = new ProcessBuilder(cmd).redirectOutput(dom.toFile()).redirectError(log.toFile())
          .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("Chromium did not finish in 120 s: " + cmd);
      }
      assertEquals(0, p.exitValue(), () -> "Chromium failed, see " + log);
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    Element root = Jsoup.parse(Files.readString(dom)).selectFirst("html");
    assertEquals("yes", root.attr("data-done"), () -> "the check did not run; see " + dom);
    assertTrue(Files.size(png) > 1000, "a screenshot");
    return root;
  }

  static void assertFits(Element r, int width) {
    assertEquals(Integer.toString(width), r.attr("data-cw"), "the frame is the width asked");
    assertEquals(r.attr("data-cw"), r.attr("data-sw"), "no horizontal overflow");
    assertEquals("0", r.attr("data-wide"),
        () -> "wider than the page: " + r.attr("data-wide-list"));
  }

  void articleAt(int width, String name, int height) throws Exception {
    Element r = browse(name, HtmlView.render(text, x), width, height);
    assertFits(r, width);
    assertEquals("js", r.attr("data-js"), "the page's script ran under its CSP");
    int facts = PageAssertions.facts(x).size();
    assertTrue(Integer.parseInt(r.attr("data-marks")) >= facts);
    assertEquals(r.attr("data-marks"), r.attr("data-seen"),
        () -> "highlights not visible: " + r.attr("data-unseen"));
    assertTrue(r.attr("data-details").startsWith("Quote 1 (SPEECH)"), r.attr("data-details"));
    assertTrue(Integer.parseInt(r.attr("data-lit")) >= 2, "the quote and its source lit");
  }

  @Test
  void articleAtDesktopWidth() throws Exception {
    articleAt(1280, "article-1280", 1800);
  }

  @Test
  void articleAtPhoneWidth() throws Exception {
    articleAt(390, "article-390", 2400);
  }

  @Test
  void articleWithScriptsOffAtPhoneWidth() throws Exception {
    Element r = browse("article-390-noscript", HtmlView.render(text, x), 390, 2400, false);
    assertFits(r, 390);
    assertEquals("", r.attr("data-js"), "no script ran");
    assertEquals(r.attr("data-marks"), r.attr("data-seen"),
        () -> "highlights not visible: " + r.attr("data-unseen"));
    assertEquals("yes", r.attr("data-focused"));
    assertTrue(r.attr("data-after").startsWith("\"Quote 1 (SPEECH)"),
        () -> "the focused quote shows its details: " + r.attr("data-after"));
  }

  @Test
  void longTokensAndHostileTextWrapAtPhoneWidth() throws Exception {
    String t = text + "\n\nSee https://example.org/" + "a1b2c3d4".repeat(40) + "?q="
        + "x".repeat(200) + " said <script>alert(1)</script> officials on Friday.\n\n"
        + "=".repeat(300);
    Extraction e = NewsExtractor.builder().build().extract(t, LocalDate.of(2024, 3, 6));
    Element r = browse("long-390", HtmlView.render(t, e, "y".repeat(300)), 390, 1200);
    assertFits(r, 390);
    assertEquals(r.attr("data-marks"), r.attr("data-seen"),
        () -> "highlights not visible: " + r.attr("data-unseen"));
  }

  String batchIndex() throws IOException {
    Path dir = OUT.resolve("batch");
    HtmlBatch batch = HtmlBatch.create(dir);
    batch.add("harbour-siege", text, x);
    String other = "Two people were killed and 40 injured on Monday, police said.";
    batch.add("brief/2", other, NewsExtractor.builder().build().extract(other,
        LocalDate.of(2024, 3, 6)));
    batch.addError("line 3", "bad JSON: <script>alert(1)</script>");
    batch.add("https://example.org/a-very-long-id/" + "z".repeat(120), "Nothing.",
        Extraction.empty());
    return Files.readString(batch.finish());
  }

  @Test
  void indexAtDesktopAndPhoneWidth() throws Exception {
    String index = batchIndex();
    for (int width : new int[] {1280, 390}) {
      Element r = browse("index-" + width, index, width, 900);
      assertFits(r, width);
      assertEquals("yes", r.attr("data-sortable"));
      assertEquals("brief/2", r.attr("data-asc"), "2 killed before 14");
      assertEquals("harbour-siege", r.attr("data-desc"));
    }
  }
}
