package org.newsextract.casualty.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence counts over a period or several incidents rather than one event: "more
 * than 1,000 members have been killed since 1985", "fighting that left 1,000 dead in the past
 * seven days", "the 30th officer killed this year", "17 wounded in separate shootings across
 * the city"; or tells of another event ("In a separate incident on Monday, ...", "taken in a
 * similar raid last month"). Such counts are background to the incident an article reports:
 * they become a total only when nothing else is given.
 */
final class Periods {
  private Periods() {}

  private static final String N =
      "(?:\\d{1,3}|a\\s+few|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven"
          + "|twelve|fifteen|twenty|thirty|many|recent)";
  private static final String MONTH = "(?:january|february|march|april|may|june|july|august"
      + "|september|october|november|december)";
  /** Bounded phrases only: the search is linear in the sentence. */
  static final Pattern TALLY = Pattern.compile(
      "(?<![\\w'’-])(?:"
          + "since\\s+(?:(?:it|they|he|she)\\s+(?:was|were)\\s+(?:founded|formed|created)"
          + "|(?:the\\s+)?(?:start|beginning)\\s+of|(?:19|20)\\d\\d|" + MONTH
          + "|the\\s+(?:war|conflict|offensive|fighting|uprising|insurgency)\\s+(?:began|started))"
          + "|(?:in|during|over|for)\\s+the\\s+(?:past|last|previous)\\s+(?:" + N + "\\s+)?"
          + "(?:days|weeks|months|years|decades)"
          + "|(?:so\\s+far\\s+)?this\\s+(?:year|month)(?![\\w'’-])"
          + "|so\\s+far\\s+in\\s+(?:19|20)\\d\\d"
          + "|(?:last|a)\\s+year(?:'s)?\\s+(?:total|tally)"
          + "|(?:per|a|each|every)\\s+(?:year|month)(?![\\w'’-])"
          // round-ups of several incidents: "in separate shootings across the city"
          + "|(?:separate|different|multiple|several|unrelated"
          + "|spate\\s+of|rash\\s+of|" + N + ")\\s+(?:\\w+\\s+)?(?:shootings|incidents"
          + "|stabbings)(?![\\w'’-])"
          // terror reporting sums the attacks of one day: only separate ones are a round-up
          + "|(?:separate|unrelated)\\s+(?:\\w+\\s+)?attacks(?![\\w'’-])"
          + "|(?:across|around|throughout)\\s+the\\s+(?:city|area|region|state|county)"
          + "(?![\\w'’-])|citywide|weekend\\s+(?:shootings|violence)"
          // another event than the article's: "In a separate incident on Monday, ..."
          + "|in\\s+(?:a\\s+(?:separate|similar|different|previous|unrelated)|another"
          + "|an\\s+(?:earlier|unrelated|other))\\s+(?:[\\w'’-]+\\s+)?(?:incident|attack|raid"
          + "|bombing|shooting|clash|ambush|operation|assault|explosion|blast)(?![\\w'’-])"
          + "|(?:separately|elsewhere),"
          + ")");

  /**
   * The words a match of {@link #TALLY} opens with: then comes white space or a comma, but after
   * "citywide", which may run on; or a digit. A position that opens none of these starts no
   * match, so the regex is tried only where one does.
   */
  private static final String[][] FIRST_WORDS = SentenceWords.stems("since", "in", "during",
      "over", "for", "so", "this", "last", "a", "per", "each", "every", "separate", "separately",
      "different", "multiple", "several", "unrelated", "spate", "rash", "few", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
      "twenty", "thirty", "many", "recent", "across", "around", "throughout", "weekend",
      "elsewhere");

  /** The search of one document's sentences, over its lower-cased text; for one thread. */
  static final class Search {
    private final String lower;
    private final Matcher m;

    Search(String lower) {
      this.lower = lower;
      this.m = TALLY.matcher(lower);
    }

    /**
     * The sentence {@code [from, to)} is a tally: as {@code TALLY}'s find in that region, but
     * by lookingAt at the positions its lookbehind lets through and a first word opens (in the
     * region from such a position the lookbehind reads nothing: the char before was checked).
     */
    boolean tally(int from, int to) {
      for (int p = from; p < to; p++) {
        if ((p == from || !lookedBack(lower.charAt(p - 1))) && opens(p, to)
            && m.region(p, to).lookingAt()) {
          return true;
        }
      }
      return false;
    }

    private boolean opens(int p, int to) {
      char c = lower.charAt(p);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (c < 'a' || c > 'z') {
        return false;
      }
      if (lower.startsWith("citywide", p)) {
        return true;
      }
      int end = p + 1;
      while (end < to && lower.charAt(end) >= 'a' && lower.charAt(end) <= 'z') {
        end++;
      }
      return SentenceWords.wordAt(lower, p, end, FIRST_WORDS);
    }
  }

  /** A char of {@code [\w'’-]}, which {@link #TALLY}'s lookbehind rules out before a match. */
  private static boolean lookedBack(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
        || c == '\'' || c == '’' || c == '-';
  }
}
