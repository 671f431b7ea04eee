package org.newsextract.attribution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsextract.PatternException;
import org.newsextract.attribution.AttributionPatterns.Entry;
import org.newsextract.attribution.AttributionPatterns;
import org.newsextract.pattern.PatternSet;
import org.newsextract.pattern.TokenPattern;

/**
 * Turns {@link AttributionPatterns} (the API's list of templates) into the matcher the engine
 * runs, with the engine's word classes; and holds the built-in templates.
 */
public final class PatternCompiler {
  /** The slots that are noun phrases of bounded length, delimited on both sides. */
  static final Set<String> BOUNDED_SLOTS = Set.of("source", "recipient");

  private PatternCompiler() {}

  /** The built-in patterns, one "id template" per line, from {@code patterns.txt}. */
  public static List<String> defaultPatternLines() {
    return Lexicons.lines("patterns.txt");
  }

  /**
   * Compiles every pattern.
   *
   * @param patterns the patterns to compile
   * @return the matcher for all of them
   * @throws PatternException (an IllegalArgumentException) for the first bad pattern
   */
  public static PatternSet compile(AttributionPatterns patterns) {
    List<Entry> entries = patterns.entries();
    if (entries.size() > PatternSet.MAX_PATTERNS) {
      Entry e = entries.get(PatternSet.MAX_PATTERNS);
      throw new PatternException(e.id(), e.template(), -1,
          "more than " + PatternSet.MAX_PATTERNS + " patterns");
    }
    return Defaults.isAll(entries) ? DefaultSet.SET : build(entries);
  }

  private static PatternSet build(List<Entry> entries) {
    List<TokenPattern> compiled = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      if (e.id().isBlank() || e.id().length() > 100) {
        throw new PatternException(e.id(), e.template(), 0,
            "a pattern id must be 1 to 100 chars and not blank");
      }
      // a built-in pattern compiles to the same immutable matcher every time: reuse it
      compiled.add(Defaults.isOne(e)
          ? Defaults.COMPILED.computeIfAbsent(e.id(), id -> compileOne(e))
          : compileOne(e));
    }
    // the rules' word lists ride on the set's one look-up per token
    return new PatternSet(compiled, TokenWords.BITS);
  }

  private static TokenPattern compileOne(Entry e) {
    return TokenPattern.compile(e.id(), e.template(), Lexicons.VOCABULARY,
        AttributionPatterns.SLOTS, BOUNDED_SLOTS);
  }

  /**
   * The built-in patterns, each compiled at most once per JVM, on first use (so a custom set
   * that keeps a few of them pays for those only). Entries are compared by their strings: a
   * record's equals and hashCode are bootstrapped on first call, which costs more, cold, than
   * the comparisons.
   */
  private static final class Defaults {
    static final List<Entry> ENTRIES = AttributionPatterns.defaults().entries();
    private static final Map<String, String> TEMPLATES = templatesById(ENTRIES);
    /** Built-in patterns by id. */
    static final Map<String, TokenPattern> COMPILED = new ConcurrentHashMap<>();

    static boolean isOne(Entry e) {
      return e.template().equals(TEMPLATES.get(e.id()));
    }

    static boolean isAll(List<Entry> entries) {
      if (entries.size() != ENTRIES.size()) {
        return false;
      }
      for (int i = 0; i < entries.size(); i++) {
        Entry a = entries.get(i);
        Entry b = ENTRIES.get(i);
        if (!a.id().equals(b.id()) || !a.template().equals(b.template())) {
          return false;
        }
      }
      return true;
    }

    private static Map<String, String> templatesById(List<Entry> entries) {
      Map<String, String> m = new HashMap<>();
      for (Entry e : entries) {
        m.putIfAbsent(e.id(), e.template());
      }
      return Map.copyOf(m);
    }
  }

  /** The built-in set, compiled once per JVM and shared by every extractor (it is immutable). */
  private static final class DefaultSet {
    static final PatternSet SET = build(Defaults.ENTRIES);
  }
}
