package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

  private static List<String> sentences(TextAnalysis a) {
    return a.sentences().stream().map(a::text).toList();
  }

  private static List<String> tokens(TextAnalysis a, int sentence) {
    return a.tokens(sentence).stream().map(Token::text).toList();
  }

  @Test
  void blankLinesAndSingleLineBreaksSeparateParagraphs() {
    String text = "HEADLINE HERE\n\nFirst paragraph. Still first.\nSecond paragraph.\n\n\nThird.";
    TextAnalysis a = TextAnalysis.of(text);
    assertEquals(List.of("HEADLINE HERE", "First paragraph. Still first.", "Second paragraph.",
        "Third."), a.paragraphs().stream().map(p -> text.substring(p.start(), p.end())).toList());
    assertEquals(List.of("HEADLINE HERE", "First paragraph.", "Still first.",
        "Second paragraph.", "Third."), sentences(a));
  }

  @Test
  void aClockTimeBeforeItsDayOrZoneEndsNoSentence() {
    String text = "Deputies found the car shortly after 11 p.m. Saturday, the sheriff said. "
        + "The ferry left at 9 a.m. EST as planned. The fire began at 2 a.m. Crews came later.";
    assertEquals(List.of("Deputies found the car shortly after 11 p.m. Saturday, the sheriff "
        + "said.", "The ferry left at 9 a.m. EST as planned.", "The fire began at 2 a.m.",
        "Crews came later."), sentences(TextAnalysis.of(text)));
  }

  @Test
  void militaryAndChurchTitlesEndNoSentence() {
    String text = "A spokesman, Brig. Gen. Omar Haddad, said the road was open. "
        + "Fr. Luis Ortega led the prayers.";
    assertEquals(List.of("A spokesman, Brig. Gen. Omar Haddad, said the road was open.",
        "Fr. Luis Ortega led the prayers."), sentences(TextAnalysis.of(text)));
  }

  @Test
  void aStateAbbreviationBeforeTheAgencyTagEndsNoSentence() {
    String text = "REDDING, Calif. (AP) — A wildfire destroyed 40 homes, officials said.";
    assertEquals(List.of(text), sentences(TextAnalysis.of(text)));
  }

  @Test
  void hardWrappedLinesStayOneParagraph() {
    String text = "The minister said the talks would\ncontinue next week in the capital.";
    assertEquals(1, TextAnalysis.of(text).paragraphs().size());
  }

  @Test
  void exclamationsInsideAQuoteDoNotEndTheSentence() {
    String text = "The crowd shouted, “Bravo! Bravo!” meaning well done. Then it left.";
    TextAnalysis a = TextAnalysis.of(text);
    assertEquals(List.of("The crowd shouted, “Bravo! Bravo!” meaning well done.", "Then it left."),
        sentences(a));
  }

  @Test
  void curlyClititicsAndFinalPeriodsAreSplitOff() {
    TextAnalysis a = TextAnalysis.of("Haddad’s men didn’t stop the attempt.");
    assertEquals(List.of("Haddad", "’s", "men", "did", "n’t", "stop", "the", "attempt", "."),
        tokens(a, 0));
  }

  @Test
  void dashesBetweenWordsAreTokensButNumberRangesStayWhole() {
    TextAnalysis a = TextAnalysis.of("The Post—a paper I read—observed that 2001–2005 was calm.");
    assertEquals(List.of("The", "Post", "—", "a", "paper", "I", "read", "—", "observed", "that",
        "2001–2005", "was", "calm", "."), tokens(a, 0));
  }

  @Test
  void initialsInsideASentenceKeepTheirLastPeriod() {
    // the model splits "U.N." into "U.N" and "."; inside a sentence the period is the initials'
    TextAnalysis a = TextAnalysis.of("A U.N. official and E.U. leaders met at the U.N.");
    assertEquals(List.of("A", "U.N.", "official", "and", "E.U.", "leaders", "met", "at", "the",
        "U.N", "."), tokens(a, 0));
  }

  @Test
  void abbreviationsKeepTheirPeriod() {
    TextAnalysis a = TextAnalysis.of("Officials at Acme Inc. said the U.S. agreed.");
    assertTrue(tokens(a, 0).contains("Inc."), tokens(a, 0).toString());
  }

  @Test
  void tokenAndSentenceOffsetsPointIntoTheOriginalText() {
    String text = "  Gunmen “stormed” the hotel,\n\n  police said.  Nine were held.\r\n";
    TextAnalysis a = TextAnalysis.of(text);
    for (Sentence s : a.sentences()) {
      for (Token t : a.tokens(s.index())) {
        assertEquals(t.text(), text.substring(t.start(), t.end()));
        assertTrue(s.start() <= t.start() && t.end() <= s.end());
      }
      assertEquals(a.tokens(s.index()).size(), a.tags(s.index()).size());
    }
  }

  @Test
  void sentenceAtFindsTheSentenceHoldingAnOffset() {
    String text = "One sentence here. Another one there.";
    TextAnalysis a = TextAnalysis.of(text);
    assertEquals(0, a.sentenceAt(3));
    assertEquals(1, a.sentenceAt(text.indexOf("Another") + 2));
  }

  @Test
  void runOnSentencesAreTaggedInWindowsAndFully() {
    // 3,700 chars: one sentence, 700 tokens
    String text = "the officials said that the men left ".repeat(100);
    TextAnalysis a = TextAnalysis.of(text);
    assertEquals(1, a.sentences().size());
    assertTrue(a.tokens(0).size() > 2 * TextAnalysis.TAG_WINDOW);
    assertEquals(a.tokens(0).size(), a.tags(0).size());
    assertTrue(a.tags(0).stream().allMatch(t -> !t.isEmpty()));
  }

  @Test
  void titlesAndInitialsDoNotEndSentences() {
    TextAnalysis a = TextAnalysis.of(
        "Sen. Maria Ortiz said the vote was close. Aide Paul J. Kerrigan agreed. "
            + "Dr. Lee left.");
    assertEquals(List.of("Sen. Maria Ortiz said the vote was close.",
        "Aide Paul J. Kerrigan agreed.", "Dr. Lee left."), sentences(a));
    assertTrue(TextAnalysis.endsWithTitleOrInitial("Gene B.", new int[] {0, 7}));
    assertTrue(TextAnalysis.endsWithTitleOrInitial("He met Sen.", new int[] {0, 11}));
    assertFalse(TextAnalysis.endsWithTitleOrInitial("It moved to the U.S.", new int[] {0, 20}));
    assertFalse(TextAnalysis.endsWithTitleOrInitial("It rained.", new int[] {0, 10}));
  }

  @Test
  void dottedInitialsOfANameDoNotEndSentences() {
    TextAnalysis a = TextAnalysis.of(
        "Analyst J.R. Hollins said the militia was losing ground. Police Chief T.K. Moran agreed.");
    assertEquals(List.of("Analyst J.R. Hollins said the militia was losing ground.",
        "Police Chief T.K. Moran agreed."), sentences(a));
    assertTrue(TextAnalysis.endsWithNameInitials("George H.W.", new int[] {0, 11}));
    assertTrue(TextAnalysis.endsWithNameInitials("J.R.", new int[] {0, 4}));
    // after "the", a comma, a lower-case word, or a place's or compass point's letters they may
    // end a sentence
    assertFalse(TextAnalysis.endsWithNameInitials("It moved to the U.S.", new int[] {0, 20}));
    assertFalse(TextAnalysis.endsWithNameInitials("She lived in Washington, D.C.",
        new int[] {0, 29}));
    assertFalse(TextAnalysis.endsWithNameInitials("It was on Jackson Street S.E.",
        new int[] {0, 29}));
    assertFalse(TextAnalysis.endsWithNameInitials("He flew to L.A.", new int[] {0, 15}));
  }

  @Test
  void numberSignBeforeADigitDoesNotEndASentence() {
    TextAnalysis a = TextAnalysis.of(
        "Paul Reyes, the No. 2 Democrat in the Senate, said the vote was close. No. 3 is next.");
    assertEquals(List.of("Paul Reyes, the No. 2 Democrat in the Senate, said the vote was close.",
        "No. 3 is next."), sentences(a));
  }
}
