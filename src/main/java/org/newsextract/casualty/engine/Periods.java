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
  private static final Pattern TALLY = Pattern.compile(
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

  /** A matcher for {@link #tally} over {@code lower}, the lower-cased text. */
  static Matcher matcher(String lower) {
    return TALLY.matcher(lower);
  }

  /**
   * The sentence {@code [from, to)} of the text of {@code tally} (a {@link #matcher}) is a
   * tally.
   */
  static boolean tally(Matcher tally, int from, int to) {
    return tally.region(from, to).find();
  }
}
