package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Invariants that hold for any text, from junk to news-like prose. */
class ExtractionProperties {
  private static final NewsExtractor EXTRACTOR =
      NewsExtractor.builder().referenceDate(LocalDate.of(2015, 11, 22)).build();

  private static void checkInvariants(String text) {
    Extraction x = EXTRACTOR.extract(text);
    assertNull(Spans.firstProblem(text, x));
    assertEquals(x, EXTRACTOR.extract(text), "extracting twice gives equal results");
  }

  @Property(tries = 300)
  void anyStringGivesValidOrderedRepeatableResults(
      @ForAll @StringLength(max = 400) String text) {
    checkInvariants(text);
  }

  @Property(tries = 200)
  void newsLikeTextGivesValidOrderedRepeatableResults(@ForAll("newsText") String text) {
    checkInvariants(text);
  }

  @Property(tries = 60)
  void pathologicalTextGivesValidResults(@ForAll("pathological") String text) {
    checkInvariants(text);
  }

  @Provide
  Arbitrary<String> newsText() {
    return sentence().list().ofMinSize(1).ofMaxSize(12)
        .map(s -> String.join(" ", s))
        .list().ofMinSize(1).ofMaxSize(4)
        .map(ps -> String.join("\n\n", ps));
  }

  static Arbitrary<String> sentence() {
    Arbitrary<String> source = Arbitraries.of("Police", "He", "A senior official", "Reuters",
        "Two sources familiar with the matter", "Maria Lopez", "the ministry", "They");
    Arbitrary<String> cue = Arbitraries.of("said", "told CNN", "reported", "added", "warned",
        "said on Friday", "according to");
    Arbitrary<String> count = Arbitraries.of("27", "Thirty-nine", "at least a dozen", "no one",
        "two", "1,200", "between 20 and 30", "a 27-year-old", "hundreds of");
    Arbitrary<String> event = Arbitraries.of("people were killed", "were wounded",
        "hostages were freed", "were missing", "people attended", "were arrested");
    Arbitrary<String> when = Arbitraries.of("on Friday", "September 11, 2012", "last week",
        "two days later", "in January 2013", "since 2011", "for four days", "");
    Arbitrary<String> open = Arbitraries.of("“", "\"", "‘", "", "", "«");
    Arbitrary<String> close = Arbitraries.of("”", "\"", "’", "", "", "»");
    return Combinators.combine(List.of(open, count, event, when, close, source, cue))
        .as(p -> p.get(0) + p.get(1) + " " + p.get(2) + " " + p.get(3) + "," + p.get(4) + " "
            + p.get(5) + " " + p.get(6) + ".");
  }

  @Property(tries = 100)
  void wrappedTextGivesValidResults(@ForAll("wrappedNewsText") String text) {
    checkInvariants(text);
  }

  /**
   * News-like text whose spaces are in part line breaks, tabs or no-break spaces, as in text
   * copied from pages and wires: multi-word names and dates then span a line ("the United\n
   * States", "September\n11").
   */
  @Provide
  Arbitrary<String> wrappedNewsText() {
    Arbitrary<String> more = Arbitraries.of(
        "Crowds in the United States celebrated Independence Day, officials said.",
        "Shops across New York closed early for Labor Day on September 7, 2015.",
        "South African police said on Christmas Day that two people were killed.",
        "The ministry said on New Year's Day that 12 hostages were freed in Saudi Arabia.");
    Arbitrary<String> text = Arbitraries.oneOf(sentence(), more).list().ofMinSize(1)
        .ofMaxSize(8).map(s -> String.join(" ", s));
    Arbitrary<String> space = Arbitraries.of("\n", "\r\n", "\t", "\u00a0", "  ", "\u2028");
    return Combinators.combine(text, space, Arbitraries.randoms()).as((t, sp, random) -> {
      StringBuilder b = new StringBuilder();
      for (char c : t.toCharArray()) {
        b.append(c == ' ' && random.nextInt(3) == 0 ? sp : String.valueOf(c));
      }
      return b.toString();
    });
  }

  @Provide
  Arbitrary<String> pathological() {
    Arbitrary<String> unit = Arbitraries.of("\"", "“", "”", "'", "’", "(", ")", "[", "\n",
        "\n\n", " ", ".", "!", "?", ",", "Friday ", "said ", "killed ", "27 ", "May ",
        "\uD800", "\uDC00", "\u0000", "\u200B", "\t", "-", "–", "9/11 ", "a", "1");
    return unit.list().ofMinSize(0).ofMaxSize(300).map(l -> String.join("", l));
  }
}
