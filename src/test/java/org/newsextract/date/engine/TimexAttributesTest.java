package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.date.DateMention;
import org.newsextract.date.TimexMod;
import org.newsextract.date.TimexType;

/** The TIMEX3 mod, quant and freq that a mention's words give, through the extractor. */
class TimexAttributesTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();
  private static final Optional<LocalDate> REF = Optional.of(LocalDate.of(2015, 11, 20));

  private static DateMention find(String text, String mention) {
    List<DateMention> found = EXTRACTOR.extract(TextAnalysis.of(text), REF);
    return found.stream().filter(d -> d.span().text().equals(mention)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + mention + "' in " + found));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "He spent more than a decade in exile.|more than a decade|MORE_THAN",
      "The talks lasted nearly five hours.|nearly five hours|LESS_THAN",
      "The siege lasted at least three days.|at least three days|EQUAL_OR_MORE",
      "Detainees can be held for up to 90 days.|up to 90 days|EQUAL_OR_LESS",
      "He spent about two years in prison.|two years|APPROX",
      "The siege of the port lasted almost seven years.|seven years|LESS_THAN",
      "Some 20 years ago the town had a cinema.|Some 20 years ago|APPROX",
      "It was rebuilt a year or so later.|a year or so later|APPROX",
      "Sales jumped in early March.|early March|START",
      "The line opens in mid-2017.|mid-2017|MID",
      "The plant closed in late 2011.|late 2011|END",
      "The deal closes at the end of the year.|the end of the year|END",
      "The region boomed in the early 1990s.|the early 1990s|START",
  })
  void modFromTheQualifier(String text, String mention, TimexMod mod) {
    assertEquals(Optional.of(mod), find(text, mention).mod());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The rebels held the town for four days.|four days",
      "The ceasefire was agreed in March.|March",
      "Sales fell earlier this month.|earlier this month",
      "Officials will meet later this week.|later this week",
      "Some officials left in 2014.|2014",
  })
  void noModWithoutAQualifier(String text, String mention) {
    assertEquals(Optional.empty(), find(text, mention).mod());
  }

  /** The qualifier read from the raw text: any white space, any case, the span from '['. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "spent ABOUT\\t\\n [two years|APPROX",
      "spent roughly [two years|APPROX",
      "lasted Almost \\t[seven years|LESS_THAN",
      "(about) [two years|",
      "lasted almost- [seven years|",
      "in [the  Early\\t1990s|START",
      "in [The   END \\n of the year|END",
      "[some  20 years|APPROX",
      "[some boys|",
      "[a year or \\t so|APPROX",
      "[a year or sooner|",
      "[Monday|",
  })
  void modFromTheRawText(String text, TimexMod mod) {
    String t = text.replace("\\t", "\t").replace("\\n", "\n");
    int start = t.indexOf('[');
    String raw = t.replace("[", "");
    assertEquals(Optional.ofNullable(mod), TimexAttributes.mod(raw, start, raw.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The council meets every Friday.|every Friday|EVERY|",
      "Each year the city holds a festival.|Each year|EACH|",
      "Officials met twice a week.|twice a week||2X",
      "The regulator inspects plants three times a year.|three times a year||3X",
      "The magazine appears once a month.|once a month||1X",
  })
  void setQuantAndFreq(String text, String mention, String quant, String freq) {
    DateMention d = find(text, mention);
    assertEquals(TimexType.SET, d.type());
    assertEquals(Optional.ofNullable(quant), d.quant());
    assertEquals(Optional.ofNullable(freq), d.freq());
  }
}
