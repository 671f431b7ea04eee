package org.newsextract.date.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import org.newsextract.analysis.RegexPrefixes;

/**
 * Per rule and start word, the ASCII chars a match may go on with after the word and one space:
 * "the" starts many rules but "the company" none of them, and a failed try of a long rule costs
 * a microsecond. Read off the rule's regex on its own, as {@code " the c"} for each char c: when
 * the match fails there without reading past the end ({@link Matcher#hitEnd} false), no text
 * that goes on from it matches, so a match that starts with "the c" can be ruled out. That holds
 * for a regex that reads no text before its start but its word boundary (no lookbehind, word
 * boundary or anchor of its own); for another every char may follow. Each rule and word is read
 * on first use (two threads may both read it: equal answers); thread-safe.
 */
final class WordFollowers {
  private final List<DateRule> rules;
  private final WordIds words;
  /** Per rule, null when it reads back; else per word form, when read, two longs of char bits. */
  private final List<AtomicReferenceArray<long[]>> byRule;

  WordFollowers(List<DateRule> rules, WordIds words) {
    this.rules = rules;
    this.words = words;
    this.byRule = new java.util.ArrayList<>();
    for (DateRule rule : rules) {
      byRule.add(RegexPrefixes.readsBeforeStart(rule.source()) ? null
          : new AtomicReferenceArray<>(2 * words.size()));
    }
  }

  /** The number of word {@code id} of the words, in lower case or capitalised. */
  static int form(int id, boolean capitalised) {
    return 2 * id + (capitalised ? 1 : 0);
  }

  /**
   * Whether a match of rule {@code rule} that opens with word {@code form} (see {@link #form},
   * as the text has it) then one space may go on with {@code c}.
   */
  boolean mayFollow(int rule, int form, char c) {
    AtomicReferenceArray<long[]> ofRule = byRule.get(rule);
    if (ofRule == null || c >= 128) {
      return true;
    }
    long[] chars = ofRule.get(form);
    if (chars == null) {
      String word = words.word(form / 2);
      chars = read(rules.get(rule), form % 2 == 0 ? word
          : Character.toUpperCase(word.charAt(0)) + word.substring(1));
      ofRule.set(form, chars);
    }
    return (chars[c >> 6] & 1L << c) != 0;
  }

  private static long[] read(DateRule rule, String word) {
    // the space before passes the rule's boundary, as the char before a start word does
    Matcher m = rule.pattern().matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    long[] chars = new long[2];
    for (char c = 0; c < 128; c++) {
      String text = " " + word + " " + c;
      m.reset(text);
      m.region(1, text.length());
      if (m.lookingAt() || m.hitEnd()) {
        chars[c >> 6] |= 1L << c;
      }
    }
    return chars;
  }
}
