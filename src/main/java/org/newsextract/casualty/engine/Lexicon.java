package org.newsextract.casualty.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsextract.analysis.Resources;

/** The casualty word lists, plain text resources loaded once. */
final class Lexicon {
  private Lexicon() {}

  /** A list of phrases, each mapped to a kind (a category name or an internal kind). */
  record Cues(Map<String, String> kindByPhrase) {
    /** A regex alternation of every phrase, longest first, any white space between words. */
    String alternation() {
      // factored by first letter ("k(?:illed|illing)|d(?:ead|ied)"): the regex engine then
      // rejects a position after one comparison instead of one per phrase
      Map<Character, List<String>> byFirst = new java.util.TreeMap<>();
      kindByPhrase.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed()
              .thenComparing(Comparator.naturalOrder()))
          .forEach(p -> byFirst.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p));
      List<String> groups = new ArrayList<>();
      byFirst.forEach((first, phrases) -> groups.add(
          phraseRegex(String.valueOf(first)) + "(?:" + phrases.stream()
              .map(p -> restRegex(p.substring(1)))
              .collect(Collectors.joining("|")) + ")"));
      return "(?:" + String.join("|", groups) + ")";
    }

    /** The kind of a matched phrase (case and white space do not matter), or null. */
    String kindOf(CharSequence matched) {
      return kindByPhrase.get(normalise(matched));
    }
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static String normalise(CharSequence s) {
    return SPACES.matcher(s.toString().trim().toLowerCase(Locale.ROOT)).replaceAll(" ")
        .replace('’', '\'');
  }

  /** Like {@link #phraseRegex} for the rest of a phrase after its first char. */
  private static String restRegex(String rest) {
    if (rest.isEmpty()) {
      return "";
    }
    int space = rest.indexOf(' ');
    String head = space < 0 ? rest : rest.substring(0, space);
    String regex = head.isEmpty() ? "" : quote(head);
    return space < 0 ? regex : regex + "\\s+" + phraseRegex(rest.substring(space + 1));
  }

  private static String quote(String word) {
    return Pattern.quote(word).replace("'", "\\E['’]\\Q");
  }

  static String phraseRegex(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.split(" ")) {
      words.add(quote(w));
    }
    return String.join("\\s+", words);
  }

  static Cues cues(String resource) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalStateException("bad line in " + resource + ": " + line);
      }
      map.put(normalise(parts[1]), parts[0].trim());
    }
    return new Cues(Map.copyOf(map));
  }

  static Set<String> words(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(resource)) {
      out.add(normalise(line));
    }
    return Set.copyOf(out);
  }

  private static List<String> lines(String resource) {
    return Resources.lines(Lexicon.class, resource);
  }
}
