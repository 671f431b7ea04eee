package org.newsextract.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A regex alternation factored by first char ("k(?:illed|illing)|d(?:ead|ied)"): the regex
 * engine then rejects a position after one comparison per first char instead of one per
 * alternative. The same matches as the plain alternation, in the same order, when the first
 * chars' regexes are literal chars no two of which match the same char: the alternatives keep
 * their order within each group, and those of another group cannot match there. The date and
 * casualty lexicons' long word lists use it.
 */
public final class RegexAlternations {
  private RegexAlternations() {}

  /**
   * The alternatives (none empty) as one non-capturing group, factored by first char, the groups
   * in the order of their chars. {@code
   * first} gives the regex of a first char, {@code rest} that of the rest of an alternative.
   */
  public static String byFirstChar(List<String> alternatives, UnaryOperator<String> first,
      UnaryOperator<String> rest) {
    Map<Character, List<String>> byFirst = new TreeMap<>();
    for (String a : alternatives) {
      byFirst.computeIfAbsent(a.charAt(0), c -> new ArrayList<>()).add(a.substring(1));
    }
    StringBuilder sb = new StringBuilder("(?:");
    for (Map.Entry<Character, List<String>> group : byFirst.entrySet()) {
      sb.append(sb.length() > "(?:".length() ? "|" : "")
          .append(first.apply(String.valueOf(group.getKey()))).append("(?:");
      List<String> rests = group.getValue();
      for (int i = 0; i < rests.size(); i++) {
        sb.append(i > 0 ? "|" : "").append(rest.apply(rests.get(i)));
      }
      sb.append(')');
    }
    return sb.append(')').toString();
  }
}
