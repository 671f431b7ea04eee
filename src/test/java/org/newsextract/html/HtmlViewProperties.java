package org.newsextract.html;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

/**
 * For any text and any facts over it, the page shows the text char for char and every fact as
 * nested elements whose text is the fact's span (see {@link PageAssertions#check}).
 */
class HtmlViewProperties {
  private static final NewsExtractor EXTRACTOR =
      NewsExtractor.builder().referenceDate(LocalDate.of(2024, 3, 6)).build();

  /** Markup, entities, quotes, CR, NUL, lone and paired surrogates, bidi controls. */
  static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "</div>", "</span>",
      "<b>", "\"", "'", "\" onmouseover=\"x", "&amp;", "&", "<!--", "-->", "]]>", "\r", "\r\n",
      "\0", "\uD800", "\uDFFF", "😀", "\u2028", "\u202E", "\u200B", "\t", "<", ">", "`",
      "<img src=x onerror=alert(2)>", "\u0085", "\uFEFF", "\u007F");

  @Property(tries = 120)
  void extractedNewsWithHostileCharacters(@ForAll("hostileNews") String text) {
    Extraction x = EXTRACTOR.extract(text);
    PageAssertions.check(text, x, HtmlView.render(text, x));
  }

  @Property(tries = 400)
  void anyFactsOverAnyText(@ForAll("handMade") Tuple.Tuple2<String, Extraction> c) {
    PageAssertions.check(c.get1(), c.get2(), HtmlView.render(c.get1(), c.get2()));
  }

  @Provide
  Arbitrary<String> hostileNews() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, sentence()),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(HOSTILE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(" ", "\n\n", "\n")));
    return piece.list().ofMinSize(1).ofMaxSize(14).map(l -> String.join(" ", l));
  }

  static Arbitrary<String> sentence() {
    Arbitrary<String> source = Arbitraries.of("Police", "He", "A senior official", "Reuters",
        "Two sources familiar with the matter", "Maria <b>Lopez</b>", "the \"ministry\"",
        "O'Brien", "They");
    Arbitrary<String> cue = Arbitraries.of("said", "told CNN", "reported", "said on Friday",
        "according to", "told <i>the Times</i>");
    Arbitrary<String> count = Arbitraries.of("27", "Thirty-nine", "at least a dozen", "no one",
        "two", "1,200", "between 20 and 30", "hundreds of");
    Arbitrary<String> event = Arbitraries.of("people were killed", "were wounded",
        "hostages </div> were freed", "were missing", "were arrested", "people & dogs died");
    Arbitrary<String> when = Arbitraries.of("on Friday", "September 11, 2012", "last week",
        "two days later", "in January 2013", "since 2011", "for four days", "");
    Arbitrary<String> open = Arbitraries.of("“", "\"", "‘", "", "«");
    Arbitrary<String> close = Arbitraries.of("”", "\"", "’", "", "»");
    return Combinators.combine(List.of(open, count, event, when, close, source, cue))
        .as(p -> p.get(0) + p.get(1) + " " + p.get(2) + " " + p.get(3) + "," + p.get(4) + " "
            + p.get(5) + " " + p.get(6) + ".");
  }

  /** A short hostile text and facts at random offsets: nested, equal, crossing, empty. */
  @Provide
  Arbitrary<Tuple.Tuple2<String, Extraction>> handMade() {
    Arbitrary<String> text = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(HOSTILE)),
            Tuple.of(3, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4)),
            Tuple.of(1, Arbitraries.of(" ")))
        .list().ofMaxSize(16).map(l -> String.join("", l));
    return text.flatMap(t -> Arbitraries.integers().between(0, 1 << 20).list().ofSize(60)
        .map(r -> Tuple.of(t, facts(t, r))));
  }

  /** Facts over {@code t} at offsets drawn from {@code r}. */
  private static Extraction facts(String t, List<Integer> r) {
    int[] k = {0};
    java.util.function.Supplier<TextSpan> span = () -> {
      int a = r.get(k[0]++ % r.size()) % (t.length() + 1);
      int b = r.get(k[0]++ % r.size()) % (t.length() + 1);
      return TextSpan.of(t, Math.min(a, b), Math.max(a, b));
    };
    int n = r.get(0) % 4;
    List<Attribution> attrs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TextSpan s = span.get();
      attrs.add(new Attribution(span.get(), Optional.of(s), Optional.empty(),
          SourceKind.values()[i % SourceKind.values().length], Optional.of(span.get()),
          i % 2 == 0 ? Optional.of(span.get()) : Optional.empty(), Optional.of(span.get()),
          "p" + i));
    }
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < r.get(1) % 3; i++) {
      quotes.add(new Quote(span.get(), QuoteKind.SPEECH, Optional.of(span.get()),
          Optional.empty(), Optional.empty()));
    }
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sources.add(new Source(attrs.get(i).source().orElseThrow(), attrs.get(i).sourceKind(),
          List.of(i), i < quotes.size() ? List.of(i) : List.of()));
    }
    List<CasualtyMention> cas = new ArrayList<>();
    Map<CasualtyCategory, CasualtyTotal> totals = new EnumMap<>(CasualtyCategory.class);
    for (int i = 0; i < r.get(2) % 3; i++) {
      CasualtyCategory c = CasualtyCategory.values()[i];
      cas.add(new CasualtyMention(span.get(), c, i, i + 2, CountPrecision.values()[i],
          Optional.empty(), Optional.of(span.get())));
      totals.put(c, new CasualtyTotal(c, i + 1, i + 1, CountPrecision.EXACT, List.of(i),
          OptionalInt.empty(), OptionalInt.empty()));
    }
    List<DateMention> dates = new ArrayList<>();
    for (int i = 0; i < r.get(3) % 4; i++) {
      dates.add(new DateMention(span.get(), i % 2 == 0 ? TimexType.DATE : TimexType.DURATION,
          i % 2 == 0 ? "2024-0" + (i + 1) : "P" + i + "D", Granularity.MONTH, Optional.empty(),
          i % 2 == 0 ? Optional.empty() : Optional.of(Period.ofDays(i)), "r" + i,
          Optional.empty(), Optional.empty(), Optional.empty()));
    }
    return new Extraction(attrs, quotes, sources, cas, totals, dates, false);
  }
}
