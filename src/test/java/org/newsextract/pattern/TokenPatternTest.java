package org.newsextract.pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsextract.PatternException;

/** The pattern language on its own: syntax errors with positions, and matching semantics. */
class TokenPatternTest {
  private static final Set<String> SLOTS = Set.of("source", "recipient", "content");
  private static final Set<String> BOUNDED = Set.of("source", "recipient");
  private static final PatternVocabulary VOCABULARY = PatternVocabulary.of(List.of(
      WordClass.verbGroup("say", List.of("said", "says", "told", "point out"),
          Set.of("has", "also", "not"), Set.of(), Set.of("the")),
      WordClass.separators("sep", Set.of(",", "”", "\""))));

  private static TokenPattern compile(String template) {
    return TokenPattern.compile("p1", template, VOCABULARY, SLOTS, BOUNDED);
  }

  /** Tokens split at spaces; every tag is NOUN. */
  record Tokens(String[] words) implements TokenSource {
    static Tokens of(String s) {
      return new Tokens(s.split(" "));
    }

    @Override
    public int size() {
      return words.length;
    }

    @Override
    public String lower(int i) {
      return words[i].toLowerCase(Locale.ROOT);
    }

    @Override
    public String tag(int i) {
      return "NOUN";
    }
  }

  /** Sources and recipients are one token; content runs to the sentence's end or start. */
  static final SlotFinder FINDER = (name, side, ts, boundary) -> {
    if (name.equals("content")) {
      return side == SlotFinder.Side.RIGHT ? new int[] {boundary, ts.size()}
          : new int[] {0, boundary};
    }
    return side == SlotFinder.Side.RIGHT ? new int[] {boundary, boundary + 1}
        : new int[] {boundary - 1, boundary};
  };

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "{source tweeted {content}       ; 0  ; unclosed slot",
      "{source} tweeted {speaker}      ; 18 ; unknown slot {speaker}",
      "{source} @tweet {content}       ; 9  ; unknown word class @tweet",
      "{source} {content} said         ; 9  ; side by side are ambiguous",
      "{source} said? {content}        ; 9  ; at least one required element",
      "{source} :NOUN {content}        ; 9  ; the cue needs a required word",
      "{source} :NOUNS {content}       ; 10 ; unknown part-of-speech tag",
      "said that                       ; 0  ; at least one slot",
      "{source} said {source}          ; 14 ; appears twice",
      "{source} (said|) {content}      ; 15 ; empty word",
      "{source} sa#id {content}        ; 11 ; unexpected '#'",
      "{source} said {content} >       ; 24 ; '>' without '<'",
      "< {source} > said {content}     ; 2  ; a slot cannot be part of the cue",
      "{source:@poll} said {content}   ; 8  ; a slot's constraint is a word class",
      "{source:poll} said {content}    ; 8  ; a slot's constraint is a word class",
  })
  void rejectsBadPatternsNamingIdAndPosition(String template, int position, String problem) {
    PatternException e = assertThrows(PatternException.class, () -> compile(template.strip()));
    assertInstanceOf(IllegalArgumentException.class, e);
    assertEquals("p1", e.patternId());
    assertEquals(position, e.position(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().contains("'p1' at position " + position), e.getMessage());
  }

  @Test
  void rejectsOversizedPatterns() {
    String longTemplate = "{source} said " + "x".repeat(TokenPattern.MAX_TEMPLATE_CHARS);
    assertEquals(TokenPattern.MAX_TEMPLATE_CHARS,
        assertThrows(PatternException.class, () -> compile(longTemplate)).position());
    String many = "{source} said" + " a?".repeat(TokenPattern.MAX_ELEMENTS);
    PatternException e = assertThrows(PatternException.class, () -> compile(many));
    assertTrue(e.getMessage().contains("more than " + TokenPattern.MAX_ELEMENTS + " elements"));
  }

  @Test
  void boundedSlotNextToTheCueMayTouchAnotherSlot() {
    assertNotNull(compile("{content} {source} said"));
  }

  @Test
  void matchesWordsAlternativesAndSlots() {
    TokenPattern p = compile("{source} (tweeted|posted) {content}");
    Tokens ts = Tokens.of("mayor posted that it would rain");
    PatternMatch m = p.matchAt(ts, FINDER, 1, 0);
    assertNotNull(m);
    assertEquals("p1", m.patternId());
    assertArrayEquals(new int[] {0, 1}, m.slots().get("source"));
    assertArrayEquals(new int[] {2, 6}, m.slots().get("content"));
    assertEquals(1, m.cueStart());
    assertEquals(2, m.cueEnd());
    assertNull(p.matchAt(ts, FINDER, 2, 0));
  }

  @Test
  void constrainedSlotNeedsAWordOfItsClass() {
    TokenPattern p = compile("{content} in {source:@say}");
    // the test finder's source is the one token after "in": it must be a @say word
    PatternMatch m = p.matchAt(Tokens.of("prices rose in says"), FINDER, 2, 0);
    assertNotNull(m);
    assertArrayEquals(new int[] {3, 4}, m.slots().get("source"));
    assertNull(p.matchAt(Tokens.of("prices rose in spring"), FINDER, 2, 0));
    // a class word near the slot but outside its phrase does not count
    assertNull(p.matchAt(Tokens.of("prices rose in spring says"), FINDER, 2, 0));
  }

  @Test
  void literalWordsIgnoreCase() {
    PatternMatch m = compile("According TO {source}").matchAt(Tokens.of("according to police"),
        FINDER, 0, 0);
    assertNotNull(m);
    assertArrayEquals(new int[] {2, 3}, m.slots().get("source"));
  }

  @Test
  void verbGroupsTakeModifiersAndMultiWordEntries() {
    TokenPattern p = compile("{source} @say {content}");
    PatternMatch m = p.matchAt(Tokens.of("he has also said it rained"), FINDER, 1, 0);
    assertNotNull(m);
    assertEquals(1, m.cueStart());
    assertEquals(4, m.cueEnd());
    PatternMatch out = p.matchAt(Tokens.of("she pointed out nothing"), FINDER, 1, 0);
    assertNull(out, "inflected forms are entries of their own");
    PatternMatch point = p.matchAt(Tokens.of("she point out nothing"), FINDER, 1, 0);
    assertNotNull(point);
    assertEquals(3, point.cueEnd());
    assertNull(p.matchAt(Tokens.of("the said document"), FINDER, 1, 0),
        "a verb right after a determiner is a noun");
  }

  @Test
  void optionalElementsDoNotNeedBacktracking() {
    // set simulation: "a? a b" matches "a b" although the optional "a" could take the "a"
    TokenPattern p = compile("{source} x? a? a b {content}");
    assertNotNull(p.matchAt(Tokens.of("s a b rest"), FINDER, 1, 0));
    assertNotNull(p.matchAt(Tokens.of("s x a a b rest"), FINDER, 1, 0));
  }

  @Test
  void markedCueAndSeparators() {
    TokenPattern p = compile("{content} @sep {source} <@say>");
    PatternMatch m = p.matchAt(Tokens.of("“ it rained , ” she said"), FINDER, 6, 0);
    assertNotNull(m);
    assertEquals(6, m.cueStart());
    assertArrayEquals(new int[] {5, 6}, m.slots().get("source"));
    assertArrayEquals(new int[] {0, 3}, m.slots().get("content"));
  }

  @Test
  void optionalSlotMayBeAbsent() {
    TokenPattern p = compile("{source} @say {content}?");
    PatternMatch m = p.matchAt(Tokens.of("he said"), FINDER, 1, 0);
    assertNotNull(m);
    assertTrue(m.has("source"));
    assertTrue(!m.has("content"));
  }

  @Test
  void patternSetRejectsDuplicateIdsAndFindsEveryMatch() {
    TokenPattern a = compile("{source} @say {content}?");
    PatternException e = assertThrows(PatternException.class, () -> new PatternSet(List.of(a, a)));
    assertTrue(e.getMessage().contains("duplicate"));
    PatternSet set = new PatternSet(List.of(a));
    assertEquals(2, set.matchAll(Tokens.of("he said it and she said so"), FINDER).size());
    assertEquals(0, set.matchAll(Tokens.of("nothing to see"), FINDER).size());
  }
}
