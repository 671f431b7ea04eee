package org.newsextract.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsextract.PatternException;

/**
 * An ordered set of compiled patterns matched together over a sentence. Immutable and
 * thread-safe.
 */
public final class PatternSet {
  /** Most patterns in one set. */
  public static final int MAX_PATTERNS = 500;

  private final List<TokenPattern> patterns;
  private final Set<String> anchorWords;

  public PatternSet(List<TokenPattern> patterns) {
    if (patterns.size() > MAX_PATTERNS) {
      TokenPattern extra = patterns.get(MAX_PATTERNS);
      throw new PatternException(extra.id(), extra.template(), -1,
          "more than " + MAX_PATTERNS + " patterns");
    }
    Set<String> ids = new HashSet<>();
    Set<String> anchors = new HashSet<>();
    for (TokenPattern p : patterns) {
      if (!ids.add(p.id())) {
        throw new PatternException(p.id(), p.template(), 0, "duplicate pattern id");
      }
      anchors.addAll(p.anchorWords());
    }
    this.patterns = List.copyOf(patterns);
    this.anchorWords = Set.copyOf(anchors);
  }

  public List<TokenPattern> patterns() {
    return patterns;
  }

  /** Every word that can anchor some pattern: a sentence without any is never matched. */
  public Set<String> anchorWords() {
    return anchorWords;
  }

  /**
   * Every match of every pattern in the sentence, at most one per pattern and cue start. Cost:
   * tokens x patterns x (pattern size + slot finder bound).
   */
  public List<PatternMatch> matchAll(TokenSource ts, SlotFinder finder) {
    List<PatternMatch> out = new ArrayList<>();
    int n = ts.size();
    int[] anchorsAt = new int[n];
    for (int p = 0; p < patterns.size(); p++) {
      TokenPattern pattern = patterns.get(p);
      Set<String> anchors = pattern.anchorWords();
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (anchors.contains(ts.lower(i))) {
          anchorsAt[count++] = i;
        }
      }
      // a match's cue holds an anchor word, at most anchorLead tokens after the cue's start
      int tried = -1;
      for (int k = 0; k < count; k++) {
        int a = anchorsAt[k];
        for (int i = Math.max(tried + 1, a - pattern.anchorLead()); i <= a; i++) {
          PatternMatch m = pattern.matchAt(ts, finder, i, p);
          if (m != null) {
            out.add(m);
          }
          tried = i;
        }
      }
    }
    return out;
  }
}
