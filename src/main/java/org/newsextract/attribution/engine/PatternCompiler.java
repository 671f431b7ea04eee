package org.newsextract.attribution.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    List<TokenPattern> compiled = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      if (e.id().isBlank() || e.id().length() > 100) {
        throw new PatternException(e.id(), e.template(), 0,
            "a pattern id must be 1 to 100 chars and not blank");
      }
      compiled.add(TokenPattern.compile(e.id(), e.template(), Lexicons.VOCABULARY,
          AttributionPatterns.SLOTS, BOUNDED_SLOTS));
    }
    return new PatternSet(compiled);
  }
}
