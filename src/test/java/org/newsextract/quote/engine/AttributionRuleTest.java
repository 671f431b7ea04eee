package org.newsextract.quote.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.quote.Quote;

/** The rule that lets an attribution give a quote its speaker when no sieve found one. */
class AttributionRuleTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  // No cue word the sieves know: only an attribution can name the speaker.
  private static final String TEXT =
      "The ministry's position was plain. \"No foreign troops will ever be stationed here.\"";

  private static Attribution attribution(String text, String source, String cue, int contentFrom,
      int contentTo) {
    int s = text.indexOf(source);
    int c = text.indexOf(cue);
    return new Attribution(
        TextSpan.of(text, 0, text.length()),
        Optional.of(TextSpan.of(text, s, s + source.length())),
        Optional.empty(),
        SourceKind.NAMED_ORGANIZATION,
        Optional.of(TextSpan.of(text, c, c + cue.length())),
        Optional.empty(),
        Optional.of(TextSpan.of(text, contentFrom, contentTo)),
        "test");
  }

  @Test
  void quoteWithoutSieveSpeakerTakesTheContainingAttributionsSource() {
    int open = TEXT.indexOf('"');
    Attribution a = attribution(TEXT, "The ministry", "position", open, TEXT.length());
    Quote q = EXTRACTOR.extract(TextAnalysis.of(TEXT), List.of(a)).get(0);
    assertEquals("The ministry", q.speaker().orElseThrow().text());
    assertEquals("position", q.cue().orElseThrow().text());
  }

  @Test
  void withoutAttributionsTheQuoteHasNoSpeaker() {
    Quote q = EXTRACTOR.extract(TextAnalysis.of(TEXT), List.of()).get(0);
    assertTrue(q.speaker().isEmpty());
  }

  @Test
  void attributionWhoseContentDoesNotContainTheQuoteIsIgnored() {
    Attribution a = attribution(TEXT, "The ministry", "position", 0, 20);
    Quote q = EXTRACTOR.extract(TextAnalysis.of(TEXT), List.of(a)).get(0);
    assertTrue(q.speaker().isEmpty());
  }

  @Test
  void sieveSpeakerWinsOverAttribution() {
    String text = "\"No foreign troops will ever be stationed here,\" the minister said.";
    Attribution a = attribution(text, "troops", "stationed", 0, text.length());
    Quote q = EXTRACTOR.extract(TextAnalysis.of(text), List.of(a)).get(0);
    assertEquals("the minister", q.speaker().orElseThrow().text());
    assertEquals("said", q.cue().orElseThrow().text());
  }
}
