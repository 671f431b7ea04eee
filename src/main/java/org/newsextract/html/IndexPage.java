package org.newsextract.html;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsextract.attribution.SourceKind;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.date.DateMention;

/** The table of a batch: one row per document, sortable with the script, plain without. */
final class IndexPage {
  private IndexPage() {}

  static final String CSS = Html.resource("index.css");
  static final String SCRIPT = Html.resource("index.js");
  private static final String CSP = "default-src 'none'; style-src " + Html.cspHash(CSS)
      + "; script-src " + Html.cspHash(SCRIPT)
      + "; img-src 'none'; base-uri 'none'; form-action 'none'";

  /** The kinds that get a column of their own; the others are summed as "other". */
  private static final List<SourceKind> KIND_COLUMNS =
      List.of(SourceKind.NAMED_PERSON, SourceKind.NAMED_ORGANIZATION, SourceKind.ANONYMOUS);

  static String render(List<IndexRow> rows, String title) {
    Objects.requireNonNull(rows, "rows");
    EnumSet<CasualtyCategory> cats = EnumSet.noneOf(CasualtyCategory.class);
    int failed = 0;
    for (IndexRow r : rows) {
      cats.addAll(r.casualtyTotals().keySet());
      failed += r.error().isPresent() ? 1 : 0;
    }
    String heading = title != null ? title : "newsextract: " + rows.size() + " documents";
    StringBuilder b = new StringBuilder(4096 + rows.size() * 600);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP)
        .append("\">\n")
        .append("<meta name=\"generator\" content=\"newsextract\">\n<title>");
    Html.escape(b, heading);
    b.append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<header><h1>");
    Html.escape(b, heading);
    b.append("</h1>\n<p class=\"muted\">").append(rows.size()).append(" documents");
    if (failed > 0) {
      b.append(", ").append(failed).append(" without a page (error)");
    }
    b.append(". Sources by kind; “anon.” is the share of anonymous sources. Casualty columns are"
        + " each document's headline totals; the first date is the first date or time in its"
        + " text. With scripts on, click a column heading to sort.</p>\n</header>\n<main>\n");

    b.append("<table id=\"docs\">\n<thead><tr>")
        .append("<th data-type=\"num\" class=\"num\">#</th><th>document</th>")
        .append("<th data-type=\"num\" class=\"num\">sources</th>")
        .append("<th data-type=\"num\" class=\"num\">named people</th>")
        .append("<th data-type=\"num\" class=\"num\">named organisations</th>")
        .append("<th data-type=\"num\" class=\"num\">anonymous</th>")
        .append("<th data-type=\"num\" class=\"num\">other</th>")
        .append("<th data-type=\"num\" class=\"num\">anon.</th>");
    for (CasualtyCategory c : cats) {
      b.append("<th data-type=\"num\" class=\"num\">").append(Describe.category(c)).append("</th>");
    }
    b.append("<th>first date</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      row(b, i, rows.get(i), cats);
    }
    b.append("</tbody>\n</table>\n</main>\n<script>").append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void row(StringBuilder b, int i, IndexRow r, EnumSet<CasualtyCategory> cats) {
    b.append("<tr>");
    num(b, "#", i + 1, Integer.toString(i + 1));
    b.append("<td class=\"doc\" data-th=\"document\" data-sort=\"");
    Html.escape(b, r.id());
    b.append("\">");
    if (r.href().isPresent()) {
      b.append("<a href=\"");
      Html.escape(b, r.href().get());
      b.append("\">");
      Html.escape(b, Html.clip(r.id(), 200));
      b.append("</a>");
    } else {
      Html.escape(b, Html.clip(r.id(), 200));
    }
    r.error().ifPresent(e -> {
      b.append("<br><span class=\"err\">error: ");
      Html.escape(b, Html.clip(e, 300));
      b.append("</span>");
    });
    b.append("</td>");
    boolean ok = r.error().isEmpty();
    if (ok) {
      num(b, "sources", r.sources(), Integer.toString(r.sources()));
      int listed = 0;
      for (SourceKind k : KIND_COLUMNS) {
        int n = r.sourcesByKind().getOrDefault(k, 0);
        listed += n;
        num(b, Describe.kind(k), n, Integer.toString(n));
      }
      num(b, "other", r.sources() - listed, Integer.toString(r.sources() - listed));
      if (r.sources() > 0) {
        long pct = Math.round(100 * r.anonymousShare());
        b.append("<td class=\"num\" data-th=\"anon.\" data-sort=\"")
            .append(String.format(Locale.ROOT, "%.4f", r.anonymousShare())).append("\">")
            .append(pct).append("%</td>");
      } else {
        b.append("<td class=\"num\" data-th=\"anon.\" data-sort=\"\"></td>");
      }
      for (CasualtyCategory c : cats) {
        Long t = r.casualtyTotals().get(c);
        if (t == null) {
          b.append("<td class=\"num\" data-th=\"").append(Describe.category(c))
              .append("\" data-sort=\"\"></td>");
        } else {
          num(b, Describe.category(c), t, Long.toString(t));
        }
      }
      if (r.firstDate().isPresent()) {
        DateMention d = r.firstDate().get();
        b.append("<td data-th=\"first date\" data-sort=\"");
        Html.escape(b, d.value());
        b.append("\">");
        Html.escape(b, d.value());
        b.append(" <span class=\"muted\">“");
        Html.escape(b, Html.clip(d.span().text(), 40));
        b.append("”</span></td>");
      } else {
        b.append("<td data-th=\"first date\" data-sort=\"\"></td>");
      }
    } else {
      int empty = 6 + cats.size() + 1;
      for (int k = 0; k < empty; k++) {
        b.append("<td data-sort=\"\"></td>");
      }
    }
    b.append("</tr>\n");
  }

  private static void num(StringBuilder b, String th, long sort, String shown) {
    b.append("<td class=\"num\" data-th=\"").append(th).append("\" data-sort=\"").append(sort)
        .append("\">").append(shown).append("</td>");
  }
}
