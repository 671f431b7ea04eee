package org.newsextract.html;

import java.util.Locale;
import java.util.Optional;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.CountPrecision;
import org.newsextract.date.DateMention;
import org.newsextract.quote.Quote;

/** The words the page uses for facts: details (one per line), labels, kind names. */
final class Describe {
  private Describe() {}

  static final int CLIP = 160;

  static String kind(SourceKind k) {
    return switch (k) {
      case NAMED_PERSON -> "named person";
      case NAMED_ORGANIZATION -> "named organisation";
      case ANONYMOUS -> "anonymous";
      case UNNAMED_GROUP -> "unnamed group";
      case DOCUMENT -> "document";
      case PRONOUN -> "unresolved pronoun";
      case OTHER -> "other";
    };
  }

  /** "1 named person", "2 named people", "4 anonymous". */
  static String kinds(SourceKind k, int n) {
    if (n == 1) {
      return "1 " + kind(k);
    }
    return n + " " + switch (k) {
      case NAMED_PERSON -> "named people";
      case NAMED_ORGANIZATION -> "named organisations";
      case ANONYMOUS -> "anonymous";
      case UNNAMED_GROUP -> "unnamed groups";
      case DOCUMENT -> "documents";
      case PRONOUN -> "unresolved pronouns";
      case OTHER -> "other";
    };
  }

  /** The CSS class of a source kind. */
  static String kindClass(SourceKind k) {
    return "k-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String category(CasualtyCategory c) {
    return c.name().toLowerCase(Locale.ROOT);
  }

  /** "14", "at least 22", "about 50", "20 to 30", "up to 20". */
  static String count(CasualtyMention c) {
    return count(c.precision(), c.count(), c.countMax());
  }

  /** A total's figure with its precision, as {@link #count(CasualtyMention)} writes it. */
  static String total(CasualtyTotal t) {
    return count(t.precision(), t.count(), t.countMax());
  }

  private static String count(CountPrecision precision, long count, long countMax) {
    return switch (precision) {
      case EXACT -> Long.toString(count);
      case AT_LEAST -> "at least " + count;
      case AT_MOST -> "up to " + countMax;
      case APPROXIMATE -> "about " + count
          + (countMax != count ? " (up to " + countMax + ")" : "");
      case RANGE -> count + " to " + countMax;
    };
  }

  /** The inline label of a casualty mention: "killed 14", "injured ≥22". */
  static String casualtyLabel(CasualtyMention c) {
    String n = switch (c.precision()) {
      case EXACT -> Long.toString(c.count());
      case AT_LEAST -> "≥" + c.count();
      case AT_MOST -> "≤" + c.countMax();
      case APPROXIMATE -> "~" + c.count();
      case RANGE -> c.count() + "–" + c.countMax();
    };
    return category(c.category()) + " " + n;
  }

  static String quoted(TextSpan s) {
    return "“" + Html.clip(s.text(), CLIP) + "”";
  }

  static String quoted(Optional<TextSpan> s) {
    return s.map(Describe::quoted).orElse("none");
  }

  /** The java.time value of a date mention, with its class: "LocalDate 2024-03-05". */
  static String javaTime(DateMention d) {
    if (d.temporal().isPresent()) {
      return d.temporal().get().getClass().getSimpleName() + " " + d.temporal().get();
    }
    if (d.amount().isPresent()) {
      return d.amount().get().getClass().getSimpleName() + " " + d.amount().get();
    }
    return "none (not a fully specified point or length)";
  }

  static String date(DateMention d, int i) {
    StringBuilder b = new StringBuilder();
    b.append("Date ").append(i + 1).append(": ").append(quoted(d.span()));
    b.append("\nTIMEX3 ").append(d.type()).append(" value: ").append(d.value());
    b.append("\njava.time: ").append(javaTime(d));
    b.append("\ngranularity: ").append(d.granularity());
    d.mod().ifPresent(m -> b.append("\nmod: ").append(m));
    d.quant().ifPresent(q -> b.append("\nquant: ").append(q));
    d.freq().ifPresent(f -> b.append("\nfreq: ").append(f));
    b.append("\nrule: ").append(d.rule());
    return b.toString();
  }

  static String quote(Quote q, int i, String source) {
    StringBuilder b = new StringBuilder();
    b.append("Quote ").append(i + 1).append(" (").append(q.kind()).append(")");
    b.append("\nspeaker: ").append(quoted(q.speaker()));
    q.resolvedSpeaker().ifPresent(r -> b.append("\nresolved speaker: ").append(quoted(r)));
    b.append("\ncue: ").append(quoted(q.cue()));
    if (source != null) {
      b.append("\nsource: ").append(source);
    }
    return b.toString();
  }

  /** The details of an attribution's part: its first line names the part. */
  static String attribution(Attribution a, int i, String part, String source) {
    return "Attribution " + (i + 1) + ", " + part + attributionBody(a, source);
  }

  /** The details shared by all parts of an attribution, each on a line of its own. */
  static String attributionBody(Attribution a, String source) {
    StringBuilder b = new StringBuilder();
    b.append("\nsource: ").append(quoted(a.source()));
    a.resolvedSource().ifPresent(r -> b.append("\nresolved source: ").append(quoted(r)));
    b.append("\nsource kind: ").append(a.sourceKind()).append(" (").append(kind(a.sourceKind()))
        .append(")");
    if (source != null) {
      b.append("\nsource entity: ").append(source);
    }
    b.append("\ncue: ").append(quoted(a.cue()));
    a.recipient().ifPresent(r -> b.append("\nrecipient: ").append(quoted(r)));
    b.append("\npattern: ").append(a.pattern());
    return b.toString();
  }

  /**
   * The tooltip of a casualty mention.
   *
   * @param givenBy the source of the attribution that gives the figure, or null
   * @param dated the value of the incident's date, or null
   */
  static String casualty(CasualtyMention c, int i, boolean total, String givenBy, String dated) {
    StringBuilder b = new StringBuilder();
    b.append("Casualty ").append(i + 1).append(": ").append(c.category());
    b.append("\ncount: ").append(count(c)).append(" (precision ").append(c.precision());
    if (c.precision() == CountPrecision.RANGE || c.countMax() != c.count()) {
      b.append(", ").append(c.count()).append("..").append(c.countMax());
    }
    b.append(")");
    c.victims().ifPresent(v -> b.append("\nvictims: ").append(quoted(v)));
    c.includedIn().ifPresent(v -> b.append("\npart of: ").append(quoted(v)));
    if (givenBy != null) {
      b.append("\ngiven by: “").append(Html.clip(givenBy, CLIP)).append("”");
    }
    if (dated != null) {
      b.append("\nincident date: ").append(dated);
    }
    if (total) {
      b.append("\nthe headline total for ").append(c.category());
    }
    return b.toString();
  }
}
