package org.newsextract.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;

/** Where a cue's content ends, on sentences of our own. */
class ContentPhrasesTest {
  private static final NewsExtractor EXTRACTOR = NewsExtractor.builder().build();

  private static String contentOf(Extraction x, String source, String cue) {
    for (Attribution a : x.attributions()) {
      if (a.source().map(TextSpan::text).orElse("").equals(source)
          && a.cue().map(TextSpan::text).orElse("").equals(cue)) {
        return a.content().map(TextSpan::text).orElse(null);
      }
    }
    throw new AssertionError("no attribution " + source + " / " + cue + " in "
        + x.attributions());
  }

  @Test
  void aQuotationFollowedByAGlossOrACommaIsAllThatWasSaid() {
    Extraction x = EXTRACTOR.extract("The caller sounded calm and said, “We are ready,” meaning "
        + "the strike would go ahead, two officials said.");
    assertEquals("“We are ready,”", contentOf(x, "The caller", "said"));
  }

  @Test
  void aWhenClauseAfterSaidIsNoContent() {
    Extraction x = EXTRACTOR.extract("The next leader is Ann Cole! Senator Tom Reyes said as he "
        + "opened the vote.");
    assertEquals(null, contentOf(x, "Senator Tom Reyes", "said"));
  }

  @Test
  void aTimeCountedFromAnEventAfterTheCueLeavesTheContentBefore() {
    Extraction x = EXTRACTOR.extract("Dana Ruiz won the county primary, the Tribune declared on "
        + "Friday, three days after the polls had closed.");
    assertEquals("Dana Ruiz won the county primary", contentOf(x, "the Tribune", "declared"));
  }

  @Test
  void whereTheWordsWerePostedIsNoContent() {
    Extraction x = EXTRACTOR.extract("Crews were still searching the rubble, the governor said "
        + "on Telegram.");
    assertEquals("Crews were still searching the rubble", contentOf(x, "the governor", "said"));
  }

  @Test
  void aQuotationThatGoesOnIntoTheClauseKeepsTheClause() {
    Extraction x = EXTRACTOR.extract("The mayor said “the plan” would fail in the spring.");
    assertEquals("“the plan” would fail in the spring", contentOf(x, "The mayor", "said"));
  }

  @Test
  void aSecondCueJoinedByAndEndsTheFirstOnesContent() {
    Extraction x = EXTRACTOR.extract("The caller sounded nervous and said the strike was off.");
    assertEquals("nervous", contentOf(x, "The caller", "sounded"));
  }

  @Test
  void anOpeningWhenClauseEndsAtTheMainClause() {
    Extraction x = EXTRACTOR.extract("When asked by a reporter about the pier, the mayor said it "
        + "would reopen in May.");
    assertEquals("about the pier", contentOf(x, "a reporter", "When asked"));
  }

  @Test
  void aBareWhenAskedHasNoContent() {
    Extraction x = EXTRACTOR.extract("When asked, the mayor said the pier would reopen in May.");
    assertEquals(null, contentOf(x, "", "When asked"));
  }

  @Test
  void aCueInAnOpeningPrepositionalPhraseEndsAtTheMainClause() {
    Extraction x = EXTRACTOR.extract("Despite complaints that the ferry is always late, the "
        + "council renewed its contract.");
    assertEquals("the ferry is always late", contentOf(x, "", "complaints that"));
    Extraction amid = EXTRACTOR.extract("Amid fears that the dam would break, residents fled.");
    assertEquals("the dam would break", contentOf(amid, "", "fears that"));
  }

  @Test
  void aPossessivePronounBeforeAClaimNounIsItsSource() {
    Extraction x = EXTRACTOR.extract("The mayor repeated her claim that the pier was safe.");
    assertEquals("the pier was safe", contentOf(x, "her", "claim"));
  }

  @Test
  void aDatelineIsNoPartOfTheContent() {
    Extraction x = EXTRACTOR.extract("RIVERTON, Ontario (AP) — A car bomb killed nine people near "
        + "the base on Saturday, officials said.");
    assertEquals("A car bomb killed nine people near the base on Saturday",
        contentOf(x, "officials", "said"));
  }
}
