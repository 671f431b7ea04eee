package org.newsextract.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.date.DateMention;
import org.newsextract.quote.Quote;

/** Invariants of the results on generated news-like text. */
class RobustnessProperties {
  private static final NewsExtractor EXTRACTOR =
      NewsExtractor.builder().referenceDate(LocalDate.of(2015, 11, 22)).build();

  /** The TIMEX3 value grammar (TimeML 1.2.1), with X for unspecified digits. */
  static final Pattern TIMEX_VALUE;

  static {
    String year = "(?:[0-9X]{4}|[0-9X]{3}|[0-9X]{2})";
    String date = year + "(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-(?:[1-7X]|WE))?"
        + "|Q[1-4X]|H[12X]|SP|SU|FA|WI|WE))?";
    String time = "T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?|MO|AF|EV|NI|DT|MI)";
    String num = "(?:[0-9]+(?:\\.[0-9]+)?|X)";
    String duration = "P(?:(?:" + num + "(?:Y|M|W|D|DE|CE|ML|Q|H|L|WE|E))+(?:T(?:" + num
        + "[HMS])+)?|T(?:" + num + "[HMS])+)";
    TIMEX_VALUE = Pattern.compile("PRESENT_REF|PAST_REF|FUTURE_REF|" + duration + "|"
        + "(?:" + date + ")(?:" + time + ")?|" + "XXXX-XX-XX" + time + "|" + time);
  }

  @Example
  void timexGrammarAcceptsValuesAndRejectsJunk() {
    for (String v : List.of("2012-09-11", "2013-01", "2015", "P4D", "PT10H", "PXM", "P3Y",
        "XXXX-WXX-5", "PRESENT_REF", "PAST_REF", "2013-Q1", "199X", "19", "2014-SU",
        "2015-11-20T15:00", "2015-11-20TEV", "XXXX-XX-XX", "2015-W47", "P1DE", "T10:30")) {
      assertTrue(TIMEX_VALUE.matcher(v).matches(), v);
    }
    for (String v : List.of("", "Friday", "2012/09/11", "P", "4D", "2012-9-11", "null")) {
      assertFalse(TIMEX_VALUE.matcher(v).matches(), v);
    }
  }

  @Provide
  Arbitrary<String> article() {
    Arbitrary<String> sentence = Arbitraries.of(
        "“We will not leave,” said Maria Lopez, a spokeswoman for the ministry.",
        "He told reporters that “nothing has changed” since Friday.",
        "At least 27 people were killed and dozens wounded in the attack on Tuesday.",
        "Two sources familiar with the matter told CNN the talks had failed.",
        "According to police, no one was hurt when the bomb went off at 3 p.m.",
        "Thirty-nine foreign hostages were killed, officials said on September 11, 2012.",
        "The siege lasted four days, and two days later a 27-year-old was arrested.",
        "\"It's over,\" he said. \"We are going home.\"",
        "Reuters reported that between 20 and 30 people were abducted last week.",
        "The minister, who spoke on condition of anonymity, said: “We are ready.”",
        "In January 2013, gunmen took hostages at the plant; 12 remain missing.",
        "The ‘special’ unit was deployed every Friday in the 1990s.");
    return sentence.list().ofMinSize(1).ofMaxSize(10).map(l -> String.join(" ", l))
        .list().ofMinSize(1).ofMaxSize(5).map(ps -> String.join("\n\n", ps));
  }

  @Property(tries = 150)
  void quotesNeverOverlapAndSpeakersLieOutsideTheirQuote(@ForAll("article") String text) {
    Extraction x = EXTRACTOR.extract(text);
    List<Quote> quotes = x.quotes();
    for (int i = 1; i < quotes.size(); i++) {
      assertFalse(quotes.get(i - 1).span().overlaps(quotes.get(i).span()),
          quotes.get(i - 1) + " overlaps " + quotes.get(i));
    }
    for (Quote q : quotes) {
      q.speaker().ifPresent(s -> assertFalse(s.overlaps(q.span()), "speaker inside quote " + q));
    }
  }

  @Property(tries = 150)
  void countsAreOrderedAndValuesFollowTheTimexGrammar(@ForAll("article") String text) {
    Extraction x = EXTRACTOR.extract(text);
    for (CasualtyMention c : x.casualties()) {
      assertTrue(0 <= c.count() && c.count() <= c.countMax(), c.toString());
    }
    for (DateMention d : x.dates()) {
      assertTrue(TIMEX_VALUE.matcher(d.value()).matches(), "bad TIMEX3 value in " + d);
    }
  }

  @Property(tries = 100)
  void resultsShiftExactlyWhenTextFollowsUnrelatedParagraphs(@ForAll("article") String text,
      @ForAll("unrelated") String prefix) {
    Extraction alone = EXTRACTOR.extract(text);
    Extraction embedded = EXTRACTOR.extract(prefix + text);
    int shift = prefix.length();
    assertEquals(spans(alone, 0), spans(embedded, -shift));
    assertEquals(alone.dates().stream().map(DateMention::value).toList(),
        embedded.dates().stream().map(DateMention::value).toList());
    assertEquals(alone.casualties().stream().map(c -> c.category() + ":" + c.count()).toList(),
        embedded.casualties().stream().map(c -> c.category() + ":" + c.count()).toList());
  }

  @Provide
  Arbitrary<String> unrelated() {
    return Arbitraries.of(
        "The market opened as usual and traders were calm.",
        "Heavy rain fell across the northern hills.\n\nRoads were slippery but open.",
        "A new bridge is being built over the river by the city.")
        .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n\n", l) + "\n\n");
  }

  private static List<String> spans(Extraction x, int shift) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (Attribution a : x.attributions()) {
      out.add("A" + at(a.span(), shift) + a.source().map(s -> at(s, shift)).orElse("-")
          + a.cue().map(s -> at(s, shift)).orElse("-") + a.sourceKind() + a.pattern());
    }
    for (Quote q : x.quotes()) {
      out.add("Q" + at(q.span(), shift) + q.kind()
          + q.speaker().map(s -> at(s, shift)).orElse("-"));
    }
    for (CasualtyMention c : x.casualties()) {
      out.add("C" + at(c.span(), shift) + c.category() + c.count() + "-" + c.countMax());
    }
    for (DateMention d : x.dates()) {
      out.add("D" + at(d.span(), shift) + d.type() + d.value());
    }
    return out;
  }

  private static String at(TextSpan s, int shift) {
    return "[" + (s.start() + shift) + "," + (s.end() + shift) + ")";
  }
}
