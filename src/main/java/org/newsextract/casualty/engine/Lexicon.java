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
  record Cues(Map<String, String> kindByPhrase, List<RegexCue> regexes) {
    Cues(Map<String, String> kindByPhrase) {
      this(kindByPhrase, List.of());
    }

    /** A regex alternation of every phrase, longest first, any white space between words. */
    String alternation() {
      String phrases = phraseAlternation();
      if (regexes.isEmpty()) {
        return phrases;
      }
      // the open-ended cues first: "suffered a single gunshot wound" is longer than any phrase
      return "(?:" + regexes.stream().map(r -> "(?:" + r.regex() + ")")
          .collect(Collectors.joining("|")) + "|" + phrases + ")";
    }

    private String phraseAlternation() {
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
      String n = normalise(matched);
      String kind = kindByPhrase.get(n);
      for (int i = 0; kind == null && i < regexes.size(); i++) {
        if (regexes.get(i).pattern().matcher(n).matches()) {
          kind = regexes.get(i).kind();
        }
      }
      return kind;
    }
  }

  /**
   * A cue written as a bounded regex in a lexicon ({@code re:} lines): "suffered a (minor |
   * gunshot | ...) wound" in one line instead of every combination.
   */
  record RegexCue(String regex, String kind, Pattern pattern) {
    RegexCue(String regex, String kind) {
      this(regex, kind, Pattern.compile(regex));
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
    List<RegexCue> regexes = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalStateException("bad line in " + resource + ": " + line);
      }
      if (parts[1].startsWith("re:")) {
        regexes.add(new RegexCue(parts[1].substring(3), parts[0].trim()));
      } else {
        map.put(normalise(parts[1]), parts[0].trim());
      }
    }
    return new Cues(Map.copyOf(map), List.copyOf(regexes));
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
