package org.newsextract.pattern;

import java.util.List;
import java.util.Map;

/**
 * One match of a {@link TokenPattern} in a sentence, in token indices (end exclusive).
 *
 * @param patternId the id of the pattern that matched
 * @param start first token of the whole match
 * @param end end of the whole match
 * @param cueStart first token of the cue (the pattern's cue group as matched)
 * @param cueEnd end of the cue
 * @param slots each filled slot's {start, end}, by slot name
 * @param fixedTokens how many tokens the pattern's words and punctuation matched (more is more
 *     specific)
 * @param groups the {start, end} of every group of words and punctuation matched, the cue's
 *     included
 * @param order the pattern's position in its set (earlier wins ties)
 */
public record PatternMatch(
    String patternId,
    int start,
    int end,
    int cueStart,
    int cueEnd,
    Map<String, int[]> slots,
    int fixedTokens,
    List<int[]> groups,
    int order) {

  public boolean has(String slot) {
    return slots.containsKey(slot);
  }
}
