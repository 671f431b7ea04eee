package org.newsextract.casualty.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The start tables skip only positions where a pattern cannot match. */
class MatchStartsTest {
  private static final List<String> TEXTS = List.of(
      "two men were shot dead and a woman was injured, police said.",
      "he was killed, and she\twas wounded — both in the attack — and\nothers escaped unharmed",
      "the 3 dead among the victims were taken to a local hospital & treated ,  and",
      "they suffered gunshot wounds; a man was stabbed, killed. é wounded ’",
      " killed");

  @Test
  void everyPositionWhereACueMatchesIsAStart() {
    Lexicon.Cues passive = Lexicon.cues("/org/newsextract/casualty/engine/passive-cues.tsv");
    for (Pattern cue : List.of(passive.afterSpace(), Pattern.compile("\\s(?:and|&)\\s|,\\s"),
        Pattern.compile("\\s(?:injured|wounded|dead|slain)\\s"), Pattern.compile("\\samong\\s"),
        Pattern.compile("(?<![\\w'’-])(?:and|a)\\b"))) {
      MatchStarts starts = MatchStarts.of(cue);
      for (String text : TEXTS) {
        Matcher m = cue.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = 0; p < text.length(); p++) {
          m.region(p, text.length());
          if (m.lookingAt()) {
            assertTrue(starts.mayStart(text, p), cue + " at " + p + " of " + text);
          }
        }
      }
    }
  }

  @Test
  void positionsNoMatchCanStartAtAreSkipped() {
    MatchStarts and = MatchStarts.of(Pattern.compile("\\s(?:and|&)\\s"));
    String text = "guns and knives, the man";
    assertTrue(and.mayStart(text, 4));
    assertFalse(and.mayStart(text, 0)); // a letter
    assertFalse(and.mayStart(text, 16)); // " th": no cue starts so
  }

  @Test
  void aPatternThatLooksBackMayStartAnywhere() {
    MatchStarts behind = MatchStarts.of(Pattern.compile("(?<=x)y"));
    assertTrue(behind.mayStart("ab", 0));
    assertTrue(behind.mayStart("ab", 1));
  }
}
