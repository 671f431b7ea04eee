package org.newsextract.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsextract.Extraction;
import org.newsextract.Layer;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.CountPrecision;
import org.newsextract.date.DateMention;
import org.newsextract.quote.Quote;
import org.newsextract.source.Source;

/**
 * {@code --format text}: a digest of one article for people. Who said what (with the kind of
 * each source), the sources, the quotes, the casualty totals and counts, and the dates on a
 * timeline. Not a contract: the JSON is; this text may change in any release.
 */
final class TextOutput {
  /** Longest quoted text shown; longer ones are cut with "...". */
  static final int MAX_SHOWN = 110;
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("\\p{Cntrl}");

  private TextOutput() {}

  static String digest(Extraction x, String inputName, int chars, LocalDate referenceDate,
      Set<Layer> layers) {
    StringBuilder sb = new StringBuilder();
    sb.append(inputName).append(": ").append(chars).append(" chars, ")
        .append(referenceDate == null
            ? "no reference date (relative dates stay unresolved)"
            : "reference date " + referenceDate)
        .append('\n');
    if (x.truncated()) {
      sb.append("(a layer hit Limits.maxResultsPerLayer: the lists below are cut)\n");
    }
    if (layers.contains(Layer.ATTRIBUTIONS)) {
      whoSaidWhat(sb, x);
    }
    if (layers.contains(Layer.ATTRIBUTIONS) || layers.contains(Layer.QUOTES)) {
      sources(sb, x);
    }
    if (layers.contains(Layer.QUOTES)) {
      quotes(sb, x);
    }
    if (layers.contains(Layer.CASUALTIES)) {
      casualties(sb, x);
    }
    if (layers.contains(Layer.DATES)) {
      dates(sb, x);
    }
    return sb.toString();
  }

  private static void heading(StringBuilder sb, String title, int n) {
    sb.append('\n').append(title).append(" (").append(n).append(")\n");
    if (n == 0) {
      sb.append("  none\n");
    }
  }

  private static void whoSaidWhat(StringBuilder sb, Extraction x) {
    heading(sb, "Who said what", x.attributions().size());
    for (Attribution a : x.attributions()) {
      sb.append("  - ").append(source(a.source(), a.resolvedSource()))
          .append(" [").append(a.sourceKind()).append(']');
      a.cue().ifPresent(c -> sb.append(' ').append(shown(c.text())));
      a.recipient().ifPresent(r -> sb.append(" (to ").append(shown(r.text())).append(')'));
      a.content().ifPresent(c -> sb.append(": ").append(quoted(unquoted(c.text()))));
      sb.append('\n');
    }
  }

  private static void sources(StringBuilder sb, Extraction x) {
    heading(sb, "Sources", x.sources().size());
    for (Source s : x.sources()) {
      sb.append("  - ").append(shown(s.canonical().text())).append(" [").append(s.kind())
          .append("]: ").append(count(s.attributions().size(), "attribution"))
          .append(", ").append(count(s.quotes().size(), "quote")).append('\n');
    }
  }

  private static void quotes(StringBuilder sb, Extraction x) {
    heading(sb, "Quotes", x.quotes().size());
    for (Quote q : x.quotes()) {
      sb.append("  - ").append(quoted(q.span().text()));
      if (q.speaker().isPresent()) {
        sb.append(" -- ").append(source(q.speaker(), q.resolvedSpeaker()));
      } else {
        sb.append(" -- (speaker unknown)");
      }
      sb.append('\n');
    }
  }

  private static void casualties(StringBuilder sb, Extraction x) {
    sb.append("\nCasualty totals (main event)\n");
    if (x.casualtyTotals().isEmpty()) {
      sb.append("  none\n");
    } else {
      List<String> totals = new ArrayList<>();
      for (Map.Entry<CasualtyCategory, CasualtyTotal> e : x.casualtyTotals().entrySet()) {
        CasualtyTotal t = e.getValue();
        StringBuilder one = new StringBuilder().append(e.getKey()).append(' ')
            .append(t.countMax() > t.count() ? t.count() + "-" + t.countMax() : t.count());
        if (t.precision() != CountPrecision.EXACT) {
          one.append(" (").append(t.precision()).append(')');
        }
        t.attribution().ifPresent(a -> x.attributions().get(a).source().ifPresent(
            src -> one.append(", according to ").append(quoted(src.text()))));
        t.date().ifPresent(d -> one.append(", ").append(x.dates().get(d).value()));
        totals.add(one.toString());
      }
      sb.append("  ").append(String.join(", ", totals)).append('\n');
    }
    heading(sb, "Casualty counts", x.casualties().size());
    for (CasualtyMention c : x.casualties()) {
      sb.append("  - ").append(c.category()).append(' ')
          .append(c.countMax() > c.count() ? c.count() + "-" + c.countMax() : c.count());
      if (c.precision() != CountPrecision.EXACT) {
        sb.append(" (").append(c.precision()).append(')');
      }
      sb.append(": ").append(quoted(c.span().text()));
      c.victims().ifPresent(v -> sb.append(", victims ").append(quoted(v.text())));
      sb.append('\n');
    }
  }

  private static void dates(StringBuilder sb, Extraction x) {
    List<DateMention> timeline = new ArrayList<>();
    List<DateMention> other = new ArrayList<>();
    for (DateMention d : x.dates()) {
      (d.temporal().flatMap(TextOutput::startOf).isPresent() ? timeline : other).add(d);
    }
    // Chronological by the start of each period; the same start in text order.
    timeline.sort(Comparator.comparing((DateMention d) -> startOf(d.temporal().get()).get()));
    heading(sb, "Timeline", timeline.size());
    for (DateMention d : timeline) {
      sb.append("  ").append(pad(d.value(), 16)).append(' ').append(quoted(d.span().text()))
          .append('\n');
    }
    heading(sb, "Other time expressions", other.size());
    for (DateMention d : other) {
      sb.append("  ").append(pad(d.value(), 16)).append(' ').append(quoted(d.span().text()))
          .append(" (").append(d.type()).append(d.mod().map(m -> ", " + m).orElse(""))
          .append(")\n");
    }
  }

  /** The first moment of a fully specified date, month, year or date-time. */
  private static Optional<LocalDateTime> startOf(Temporal t) {
    if (t instanceof LocalDateTime dt) {
      return Optional.of(dt);
    }
    if (t instanceof LocalDate d) {
      return Optional.of(d.atStartOfDay());
    }
    if (t instanceof YearMonth ym) {
      return Optional.of(ym.atDay(1).atStartOfDay());
    }
    if (t instanceof Year y) {
      return Optional.of(y.atDay(1).atStartOfDay());
    }
    return Optional.empty();
  }

  private static String source(Optional<TextSpan> source, Optional<TextSpan> resolved) {
    if (source.isEmpty()) {
      return "(no source named)";
    }
    String s = shown(source.get().text());
    if (resolved.isPresent() && !resolved.get().text().equals(source.get().text())) {
      s += " (= " + shown(resolved.get().text()) + ")";
    }
    return s;
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static final String QUOTE_MARKS = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB";

  /** A direct quotation's content without its own marks (ours go around it). */
  private static String unquoted(String text) {
    String s = text.strip();
    if (s.length() >= 2 && QUOTE_MARKS.indexOf(s.charAt(0)) >= 0
        && QUOTE_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** Text on one line, in quotes, cut when long. */
  private static String quoted(String text) {
    return "\"" + shown(text) + "\"";
  }

  /** Runs of white space (line breaks too) as one space; cut at {@link #MAX_SHOWN} chars. */
  private static String shown(String text) {
    String s = SPACES.matcher(text.strip()).replaceAll(" ");
    // Control chars (escape sequences) never reach the terminal.
    s = CONTROL.matcher(s).replaceAll("?");
    return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN - 3) + "..." : s;
  }
}
