package org.newsextract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsextract.Extraction;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.date.DateMention;
import org.newsextract.quote.Quote;
import org.newsextract.source.Source;

/**
 * One article's facts as a self-contained HTML page, and a table of a batch of them.
 *
 * <pre>{@code
 * Extraction x = extractor.extract(text, publicationDate);
 * Files.writeString(Path.of("page.html"), HtmlView.render(text, x));
 * }</pre>
 *
 * <p>The page needs no network and works with scripts off: inline CSS, the details of each
 * fact in its {@code title} (shown in place when it has keyboard focus), and one small inline
 * script (allowed by a Content-Security-Policy hash, like the stylesheet; nothing else may
 * run) that shows the details of every fact under the pointer or focus in a panel and lights
 * the other parts of the same attribution and the same source.
 *
 * <p>The article is one block of pre-wrapped text whose DOM text equals the input char for
 * char: {@code & < > " '} are escaped, CR is written as {@code &#13;}, and a lone surrogate or
 * NUL is shown as U+FFFD (one char, so offsets hold; the article element's {@code
 * data-replaced} lists their offsets). Every highlighted element is a {@code span.m} with
 * {@code data-fact} (the fact's id), {@code data-start} and {@code data-end} (its char offsets
 * into the input). Spans nest as elements; where two facts cross, the one opened later is split,
 * each piece with its own offsets, the pieces sharing {@code data-fact} and carrying {@code
 * data-fact-start}/{@code data-fact-end}. At most {@code 12} highlights overlap at any char:
 * beyond that (a run of "said said said" nests hundreds deep) the longest facts, attribution
 * contents first, are left unhighlighted, named in the article's {@code data-undrawn} and
 * counted in a note, so a page stays linear in size.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlView {
  private HtmlView() {}

  static final String CSS = Html.resource("page.css");
  static final String SCRIPT = Html.resource("page.js");
  private static final String CSP = "default-src 'none'; style-src " + Html.cspHash(CSS)
      + "; script-src " + Html.cspHash(SCRIPT)
      + "; img-src 'none'; base-uri 'none'; form-action 'none'";

  /** Layer ranks: which of two facts on the same span is drawn outside. */
  private static final int CONTENT = 0;
  private static final int QUOTE = 1;
  private static final int RECIPIENT = 2;
  private static final int SOURCE = 3;
  private static final int CUE = 3;
  private static final int CASUALTY = 4;
  private static final int DATE = 5;

  /** The page for {@code text} and what was extracted from it, titled by its first line. */
  public static String render(String text, Extraction x) {
    return render(text, x, null);
  }

  /**
   * The page for {@code text} and what was extracted from it. {@code x} must come from this very
   * text (its spans are offsets into it); a span outside the text is left unhighlighted.
   *
   * @param title the page's title (a document id, a headline); null for the text's first line
   */
  public static String render(String text, Extraction x, String title) {
    return page(text, x, title, null);
  }

  /**
   * The index of a batch: one table row per document with its id linking to its page, its
   * sources by kind with the share of anonymous ones, its casualty totals and first date.
   * Sortable by any column with scripts on, and plain readable HTML without.
   */
  public static String renderIndex(List<IndexRow> rows) {
    return IndexPage.render(rows, null);
  }

  /** The page, with a link back to {@code indexHref} when not null (batch pages). */
  static String page(String text, Extraction x, String title, String indexHref) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(x, "x");
    String heading = title != null ? title : firstLine(text);
    Linked l = new Linked(x);
    Nesting.Written article = Nesting.write(text, marks(x, l));

    StringBuilder b = new StringBuilder(text.length() * 4 + 16_000);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP)
        .append("\">\n")
        .append("<meta name=\"generator\" content=\"newsextract\">\n<title>");
    Html.escape(b, Html.clip(heading, 120));
    b.append(" · newsextract</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");

    b.append("<header>\n");
    if (indexHref != null) {
      b.append("<p class=\"nav\"><a href=\"");
      Html.escape(b, indexHref);
      b.append("\">← all documents</a></p>\n");
    }
    b.append("<h1>");
    Html.escape(b, Html.clip(heading, 300));
    b.append("</h1>\n<p class=\"summary\">");
    summary(b, x);
    b.append("</p>\n");
    if (!article.undrawn().isEmpty()) {
      b.append("<p class=\"warn\">").append(article.undrawn().size())
          .append(" facts are not highlighted: more than ").append(Nesting.MAX_DEPTH)
          .append(" facts overlap there. The panel still lists them.</p>\n");
    }
    if (x.truncated()) {
      b.append("<p class=\"warn\">A layer hit Limits.maxResultsPerLayer: some facts are"
          + " missing.</p>\n");
    }
    legend(b);
    b.append("</header>\n<main>\n");

    b.append("<div id=\"article\" role=\"region\" lang=\"en\" aria-label=\"Article text with highlighted facts\""
        + " data-length=\"").append(text.length()).append("\" data-replaced=\"");
    for (int i = 0; i < article.replaced().length; i++) {
      b.append(i > 0 ? " " : "").append(article.replaced()[i]);
    }
    b.append("\" data-undrawn=\"");
    for (int i = 0; i < article.undrawn().size(); i++) {
      b.append(i > 0 ? " " : "").append(article.undrawn().get(i).fact());
    }
    b.append("\">").append(article.html()).append("</div>\n");

    b.append("<aside class=\"panel\" aria-label=\"Facts\">\n");
    java.util.Set<String> drawn = article.drawn();
    sources(b, x, drawn);
    casualties(b, x, l, drawn);
    timeline(b, x, drawn);
    b.append("</aside>\n</main>\n");
    b.append("<footer><p class=\"muted\">Made by newsextract. Offsets are UTF-16 char offsets"
        + " into the input text. Hover or focus (Tab) a highlight for its details.</p>"
        + "</footer>\n");
    b.append("<div id=\"details\" role=\"status\" aria-live=\"polite\" hidden></div>\n");
    b.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Indexes between the lists of an extraction: who is the source of what. */
  static final class Linked {
    final int[] attrSource;
    final int[] quoteSource;
    /** Per category with a total, the index of the casualty mention it came from, or -1. */
    final Map<CasualtyCategory, Integer> totalFrom = new EnumMap<>(CasualtyCategory.class);

    Linked(Extraction x) {
      attrSource = new int[x.attributions().size()];
      quoteSource = new int[x.quotes().size()];
      java.util.Arrays.fill(attrSource, -1);
      java.util.Arrays.fill(quoteSource, -1);
      for (int s = 0; s < x.sources().size(); s++) {
        Source src = x.sources().get(s);
        for (int a : src.attributions()) {
          if (a >= 0 && a < attrSource.length) {
            attrSource[a] = s;
          }
        }
        for (int q : src.quotes()) {
          if (q >= 0 && q < quoteSource.length) {
            quoteSource[q] = s;
          }
        }
      }
      for (Map.Entry<CasualtyCategory, CasualtyTotal> t : x.casualtyTotals().entrySet()) {
        List<Integer> from = t.getValue().mentions();
        totalFrom.put(t.getKey(), from.isEmpty() ? -1 : from.get(0));
      }
    }
  }

  private static String sourceName(Extraction x, int s) {
    if (s < 0) {
      return null;
    }
    Source src = x.sources().get(s);
    return Describe.quoted(src.canonical()) + " (" + src.kind() + ", source " + (s + 1) + ")";
  }

  static List<Mark> marks(Extraction x, Linked l) {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < x.attributions().size(); i++) {
      Attribution a = x.attributions().get(i);
      int s = l.attrSource[i];
      String body = Describe.attributionBody(a, sourceName(x, s));
      String g = "a" + i;
      String head = "Attribution " + (i + 1) + ", ";
      add(marks, a.content(), g + "t", "content", CONTENT, head + "content" + body, null, g, s,
          null);
      add(marks, a.recipient(), g + "r", "rcpt", RECIPIENT, head + "recipient" + body, null, g,
          s, null);
      add(marks, a.source(), g + "s", "src", SOURCE, head + "source" + body,
          Describe.kind(a.sourceKind()), g, s, Describe.kindClass(a.sourceKind()));
      add(marks, a.cue(), g + "c", "cue", CUE, head + "cue" + body, null, g, s, null);
    }
    for (int i = 0; i < x.quotes().size(); i++) {
      Quote q = x.quotes().get(i);
      int s = l.quoteSource[i];
      add(marks, Optional.of(q.span()), "q" + i, "quote", QUOTE,
          Describe.quote(q, i, sourceName(x, s)), null, null, s, null);
    }
    for (int i = 0; i < x.casualties().size(); i++) {
      CasualtyMention c = x.casualties().get(i);
      Integer from = l.totalFrom.get(c.category());
      add(marks, Optional.of(c.span()), "c" + i, "cas", CASUALTY,
          Describe.casualty(c, i, from != null && from == i,
              c.attribution().isPresent() ? x.attributions().get(c.attribution().getAsInt())
                  .source().map(TextSpan::text).orElse(null) : null,
              c.date().isPresent() ? x.dates().get(c.date().getAsInt()).value() : null),
          Describe.casualtyLabel(c), null, -1, null);
    }
    for (int i = 0; i < x.dates().size(); i++) {
      DateMention d = x.dates().get(i);
      add(marks, Optional.of(d.span()), "d" + i, "date", DATE, Describe.date(d, i), d.value(),
          null, -1, null);
    }
    return marks;
  }

  private static void add(List<Mark> marks, Optional<TextSpan> span, String fact, String layer,
      int rank, String title, String label, String group, int source, String extraClass) {
    span.ifPresent(t -> marks.add(new Mark(fact, layer, rank, t.start(), t.end(), title, label,
        group, source, extraClass)));
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n", 50)) {
      if (!line.isBlank()) {
        return Html.clip(line, 120);
      }
    }
    return "Article";
  }

  private static void summary(StringBuilder b, Extraction x) {
    long anonymous = x.sources().stream().filter(s -> s.kind() == SourceKind.ANONYMOUS).count();
    b.append(x.attributions().size()).append(" attributions · ")
        .append(x.quotes().size()).append(" quotes · ")
        .append(x.sources().size()).append(" sources");
    if (!x.sources().isEmpty()) {
      b.append(" (").append(anonymous).append(" anonymous, ")
          .append(Math.round(100.0 * anonymous / x.sources().size())).append("%)");
    }
    b.append(" · ").append(x.casualties().size()).append(" casualty mentions · ")
        .append(x.dates().size()).append(" dates");
  }

  private static void legend(StringBuilder b) {
    b.append("<fieldset class=\"legend\"><legend>Legend: tick to show a layer</legend><ul>\n");
    legendItem(b, "content", "content", null, "said or reported",
        "attribution content: tinted, in ⟨angle brackets⟩");
    legendItem(b, "src", "src k-anonymous", "anonymous", "officials",
        "source: bold, solid green underline, labelled with its kind");
    legendItem(b, "src", "cue", null, "said", "cue: double pink underline");
    legendItem(b, "src", "rcpt", null, "reporters", "recipient: dotted orange underline");
    legendItem(b, "quote", "quote", null, "quoted words", "quote: italic, tinted blue");
    legendItem(b, "cas", "cas", "killed 14", "14 dead",
        "casualty: thick vermilion underline, labelled with category and count");
    legendItem(b, "date", "date", "2024-03-05", "Tuesday",
        "date: dashed blue underline, labelled with its TIMEX3 value");
    b.append(
        "<li><label><input type=\"checkbox\" id=\"show-labels\" checked> labels</label></li>\n");
    b.append("</ul></fieldset>\n");
  }

  private static void legendItem(StringBuilder b, String toggle, String cls, String label,
      String sample, String words) {
    b.append("<li><label>");
    if (!cls.equals("cue") && !cls.equals("rcpt")) {
      b.append("<input type=\"checkbox\" id=\"show-").append(toggle).append("\" checked> ");
    }
    b.append("<span class=\"sample ").append(cls).append("\"");
    if (label != null) {
      b.append(" data-label=\"").append(label).append('"');
    }
    b.append(">").append(sample).append("</span> <span class=\"muted\">").append(words)
        .append("</span></label></li>\n");
  }

  /** {@code <a href="#f-ID">words</a>}, or the words alone when the fact has no highlight. */
  private static void link(StringBuilder b, java.util.Set<String> drawn, String fact,
      String words) {
    if (drawn.contains(fact)) {
      b.append("<a href=\"#f-").append(fact).append("\">");
      Html.escape(b, words);
      b.append("</a>");
    } else {
      Html.escape(b, words);
    }
  }

  private static void sources(StringBuilder b, Extraction x, java.util.Set<String> drawn) {
    b.append("<section id=\"sources\"><h2>Sources (").append(x.sources().size()).append(")</h2>\n");
    if (x.sources().isEmpty()) {
      b.append("<p class=\"muted\">No sources found.</p></section>\n");
      return;
    }
    Map<SourceKind, Integer> byKind = new EnumMap<>(SourceKind.class);
    for (Source s : x.sources()) {
      byKind.merge(s.kind(), 1, Integer::sum);
    }
    b.append("<p>");
    boolean firstKind = true;
    for (Map.Entry<SourceKind, Integer> e : byKind.entrySet()) {
      b.append(firstKind ? "" : ", ").append(Describe.kinds(e.getKey(), e.getValue()));
      firstKind = false;
    }
    b.append(". Anonymous: ").append(Math.round(100.0 * byKind.getOrDefault(SourceKind.ANONYMOUS, 0)
        / x.sources().size())).append("%.</p>\n<ol class=\"sources\">\n");
    for (int s = 0; s < x.sources().size(); s++) {
      Source src = x.sources().get(s);
      b.append("<li id=\"s").append(s).append("\" data-src=\"s").append(s).append("\" class=\"")
          .append(Describe.kindClass(src.kind())).append("\"><span class=\"kind\">")
          .append(Describe.kind(src.kind())).append("</span> <b>");
      Html.escape(b, Html.clip(src.canonical().text(), Describe.CLIP));
      b.append("</b> <span class=\"muted\">[").append(src.canonical().start()).append(", ")
          .append(src.canonical().end()).append(")</span>\n<ul>\n");
      for (int a : src.attributions()) {
        if (a < 0 || a >= x.attributions().size()) {
          continue;
        }
        Attribution at = x.attributions().get(a);
        b.append("<li>");
        String cue = at.cue().map(c -> Html.clip(c.text(), 40)).orElse("(no cue)");
        String what = at.content().map(c -> Html.clip(c.text(), Describe.CLIP))
            .orElse(Html.clip(at.span().text(), Describe.CLIP));
        // the link goes to the content, else the source, else the cue, whichever is drawn
        String fact = "a" + a + "t";
        for (String part : new String[] {"t", "s", "c"}) {
          if (drawn.contains("a" + a + part)) {
            fact = "a" + a + part;
            break;
          }
        }
        b.append("<span class=\"muted\">").append(Html.escape(cue)).append(":</span> ");
        link(b, drawn, fact, what);
        b.append("</li>\n");
      }
      for (int q : src.quotes()) {
        if (q < 0 || q >= x.quotes().size()) {
          continue;
        }
        Quote qu = x.quotes().get(q);
        b.append("<li><span class=\"muted\">quote:</span> ");
        link(b, drawn, "q" + q, "“" + Html.clip(qu.span().text(), Describe.CLIP) + "”");
        b.append("</li>\n");
      }
      b.append("</ul></li>\n");
    }
    b.append("</ol></section>\n");
  }

  private static void casualties(StringBuilder b, Extraction x, Linked l,
      java.util.Set<String> drawn) {
    b.append("<section id=\"casualties\"><h2>Casualties</h2>\n");
    if (x.casualtyTotals().isEmpty()) {
      b.append("<p class=\"muted\">No casualty totals.</p>\n");
    } else {
      b.append("<table class=\"totals\"><caption class=\"muted\">Headline totals of the main"
          + " event</caption><thead><tr><th>category</th><th class=\"num\">total</th>"
          + "<th>stated in</th></tr></thead><tbody>\n");
      for (Map.Entry<CasualtyCategory, CasualtyTotal> t : x.casualtyTotals().entrySet()) {
        b.append("<tr><td>").append(Describe.category(t.getKey())).append("</td><td class=\"num\">")
            .append(Html.escape(Describe.total(t.getValue()))).append("</td><td>");
        int from = l.totalFrom.getOrDefault(t.getKey(), -1);
        if (from >= 0) {
          CasualtyMention c = x.casualties().get(from);
          link(b, drawn, "c" + from, "“" + Html.clip(c.span().text(), 80) + "”");
        } else {
          b.append("<span class=\"muted\">no single mention</span>");
        }
        java.util.OptionalInt by = t.getValue().attribution();
        if (by.isPresent()) {
          x.attributions().get(by.getAsInt()).source().ifPresent(src -> {
            b.append(" <span class=\"muted\">according to ");
            Html.escape(b, Html.clip(src.text(), 60));
            b.append("</span>");
          });
        }
        b.append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    if (!x.casualties().isEmpty()) {
      b.append("<h3>Mentions (").append(x.casualties().size()).append(")</h3>\n<ol>\n");
      for (int i = 0; i < x.casualties().size(); i++) {
        CasualtyMention c = x.casualties().get(i);
        b.append("<li>").append(Describe.category(c.category())).append(' ')
            .append(Html.escape(Describe.count(c))).append(" <span class=\"muted\">(")
            .append(c.precision()).append(")</span> ");
        link(b, drawn, "c" + i, "“" + Html.clip(c.span().text(), 80) + "”");
        c.includedIn().ifPresent(p -> {
          b.append(" <span class=\"muted\">part of “");
          Html.escape(b, Html.clip(p.text(), 60));
          b.append("”</span>");
        });
        b.append("</li>\n");
      }
      b.append("</ol>\n");
    }
    b.append("</section>\n");
  }

  /** A point in time that sorts by its value: a TIMEX3 date or time that starts with a year. */
  private static boolean onTimeline(DateMention d) {
    String v = d.value();
    return v.length() >= 4 && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(1))
        && Character.isDigit(v.charAt(2)) && Character.isDigit(v.charAt(3))
        && (d.type() == org.newsextract.date.TimexType.DATE
            || d.type() == org.newsextract.date.TimexType.TIME);
  }

  private static void timeline(StringBuilder b, Extraction x, java.util.Set<String> drawn) {
    b.append("<section id=\"timeline\"><h2>Dates</h2>\n");
    List<Integer> points = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < x.dates().size(); i++) {
      (onTimeline(x.dates().get(i)) ? points : others).add(i);
    }
    if (points.isEmpty()) {
      b.append("<p class=\"muted\">No dates to place on a timeline.</p>\n");
    } else {
      points.sort(Comparator.comparing((Integer i) -> x.dates().get(i).value())
          .thenComparing(i -> x.dates().get(i).span()));
      b.append("<ol class=\"timeline\" aria-label=\"Timeline, earliest first\">\n");
      for (int i : points) {
        DateMention d = x.dates().get(i);
        b.append("<li>");
        if (d.temporal().isPresent()) {
          b.append("<time datetime=\"").append(Html.escape(d.temporal().get().toString()))
              .append("\">").append(Html.escape(d.value())).append("</time>");
        } else {
          b.append("<span class=\"val\">").append(Html.escape(d.value())).append("</span>");
        }
        b.append(' ');
        link(b, drawn, "d" + i, "“" + Html.clip(d.span().text(), 60) + "”");
        b.append(" <span class=\"muted\">").append(Html.escape(Describe.javaTime(d)))
            .append("</span></li>\n");
      }
      b.append("</ol>\n");
    }
    if (!others.isEmpty()) {
      b.append("<h3>Durations, sets and unresolved (").append(others.size())
          .append(")</h3>\n<ul>\n");
      for (int i : others) {
        DateMention d = x.dates().get(i);
        b.append("<li><span class=\"val\">").append(Html.escape(d.value())).append("</span> ");
        link(b, drawn, "d" + i, "“" + Html.clip(d.span().text(), 60) + "”");
        b.append(" <span class=\"muted\">").append(d.type()).append("</span></li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }
}
