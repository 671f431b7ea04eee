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
import org.newsextract.analysis.RegexAlternations;
import org.newsextract.analysis.Resources;

/** The casualty word lists, plain text resources loaded once. */
final class Lexicon {
  private Lexicon() {}

  /**
   * A list of phrases, each mapped to a kind (a category name or an internal kind), and cues
   * written as regexes. Immutable.
   */
  static final class Cues {
    private final Map<String, String> kindByPhrase;
    private final List<RegexCue> regexes;
    // several rules embed the same alternation: built once (a benign race builds equal strings)
    private String alternation;
    // the prefilter of the rules that end in a cue (see afterSpace): volatile, since a Pattern
    // is only safe to share once fully built
    private volatile Pattern afterSpace;

    Cues(Map<String, String> kindByPhrase, List<RegexCue> regexes) {
      this.kindByPhrase = kindByPhrase;
      this.regexes = regexes;
    }

    Cues(Map<String, String> kindByPhrase) {
      this(kindByPhrase, List.of());
    }

    Map<String, String> kindByPhrase() {
      return kindByPhrase;
    }

    List<RegexCue> regexes() {
      return regexes;
    }

    /** A regex alternation of every phrase, longest first, any white space between words. */
    String alternation() {
      String a = alternation;
      if (a == null) {
        a = buildAlternation();
        alternation = a;
      }
      return a;
    }

    private String buildAlternation() {
      String phrases = phraseAlternation();
      if (regexes.isEmpty()) {
        return phrases;
      }
      // the open-ended cues first: "suffered a single gunshot wound" is longer than any phrase
      StringBuilder sb = new StringBuilder("(?:");
      for (RegexCue r : regexes) {
        sb.append("(?:").append(r.regex()).append(")|");
      }
      return sb.append(phrases).append(')').toString();
    }

    private String phraseAlternation() {
      return Lexicon.alternation(kindByPhrase.keySet());
    }

    /**
     * A cue right after a white space char: part of any match of a rule that reaches its cue
     * through {@code \s+(?<cue>...)}, so where this cannot match after a position such a rule
     * cannot either (see {@link SentenceWords#startsBefore}).
     */
    Pattern afterSpace() {
      Pattern p = afterSpace;
      if (p == null) {
        p = Pattern.compile("\\s(?:" + alternation() + ")(?![\\w'’-])");
        afterSpace = p;
      }
      return p;
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
   * {@code alternation}, a group of alternatives ("(?:at\\s+least|over|about)") without groups
   * or classes of their own, each opening with a lower-case letter no quantifier follows,
   * factored by first letter ("(?:a(?:t\\s+least|bout)|o(?:ver))"). The same regex for text
   * matched without CASE_INSENSITIVE: the alternatives are tried in the same order, less those
   * of other first letters, which cannot match there.
   */
  static String byFirstLetter(String alternation) {
    String inner = alternation.startsWith("(?:") && alternation.endsWith(")")
        ? alternation.substring("(?:".length(), alternation.length() - 1) : "(";
    if (inner.matches(".*[()\\[\\]].*")) {
      throw new IllegalArgumentException("not a plain alternation: " + alternation);
    }
    List<String> alternatives = List.of(inner.split("\\|", -1));
    for (String a : alternatives) {
      if (a.isEmpty() || a.charAt(0) < 'a' || a.charAt(0) > 'z'
          || a.length() > 1 && "?*+{".indexOf(a.charAt(1)) >= 0) {
        throw new IllegalArgumentException("not a plain alternative: '" + a + "'");
      }
    }
    return RegexAlternations.byFirstChar(alternatives, first -> first, rest -> rest);
  }

  /**
   * The phrases (normalised: see {@link #normalise}) as a regex alternation, longest first, any
   * white space between words.
   */
  static String alternation(java.util.Collection<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(LONGEST_FIRST);
    return RegexAlternations.byFirstChar(sorted, Lexicon::phraseRegex, Lexicon::restRegex);
  }

  private static final Comparator<String> LONGEST_FIRST =
      Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

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
    String t = s.toString();
    if (isNormal(t)) {
      return t; // most cues a rule matched in the lower-cased text
    }
    return SPACES.matcher(t.trim().toLowerCase(Locale.ROOT)).replaceAll(" ").replace('’', '\'');
  }

  /**
   * {@link #normalise} leaves {@code s} as it is: printable ASCII without capitals (which
   * lower-casing keeps), single spaces between words and none at the ends (which trimming and
   * joining white space keep), no ’.
   */
  private static boolean isNormal(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' && i > 0 && i < n - 1 && s.charAt(i - 1) != ' ';
      if (!space && (c <= ' ' || c > '~' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
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

  /**
   * The word as a regex of its literal chars, an apostrophe matching either mark. Escaped the
   * way Pattern.compile rewrites a {@code \Q...\E} quote (a backslash before each ASCII char
   * that is no letter or digit): the same pattern, without that rewriting pass over the whole,
   * long regex on every compile.
   */
  private static String quote(String word) {
    StringBuilder sb = new StringBuilder(word.length() + 8);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'') {
        sb.append("['’]");
      } else if (c < 128 && !Character.isLetterOrDigit(c)) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String phraseRegex(String phrase) {
    String[] words = phrase.split(" ");
    StringBuilder sb = new StringBuilder(phrase.length() + 8);
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        sb.append("\\s+");
      }
      sb.append(quote(words[i]));
    }
    return sb.toString();
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
