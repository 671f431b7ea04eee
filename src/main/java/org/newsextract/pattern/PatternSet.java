package org.newsextract.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
  /**
   * What each word is to the set: the patterns (ascending indexes) it anchors, the classes
   * whose entries start with it, the classes whose {@link WordClass#mayModifyWords} hold it
   * (bit k: class k of {@code classBits}), and the bits the caller gave it (see {@link
   * #PatternSet(List, Map)}). One look-up per token spares the classes theirs.
   */
  record Word(int[] patterns, long firsts, long mayModify, long callerBits) {}

  private static final Word NO_WORD = new Word(null, 0, 0, 0);

  private final Map<String, Word> words;
  /** The first 64 classes the patterns refer to, by bit (identity: classes are immutable). */
  private final Map<WordClass, Integer> classBits;
  /** Whether the caller gave bits of words, which {@link #matchAll} then tells per token. */
  private final boolean tellsBits;

  public PatternSet(List<TokenPattern> patterns) {
    this(patterns, Map.of());
  }

  /**
   * A set that also knows the caller's bits of each word in {@code callerBits}: {@link
   * #matchAll} hands each token's to {@link TokenSource#wordBits}, so that the caller's own
   * word lists cost no second look-up of the token (0 for a word not in the map).
   */
  public PatternSet(List<TokenPattern> patterns, Map<String, Long> callerBits) {
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
    // ascending pattern indexes per word, grown in place (no streams: this runs cold, when an
    // extractor is built)
    Map<String, int[]> byWord = new HashMap<>();
    for (int p = 0; p < patterns.size(); p++) {
      for (String w : patterns.get(p).anchorWords()) {
        int[] ps = byWord.get(w);
        if (ps == null) {
          ps = new int[] {p};
        } else {
          ps = Arrays.copyOf(ps, ps.length + 1);
          ps[ps.length - 1] = p;
        }
        byWord.put(w, ps);
      }
    }
    Map<WordClass, Integer> bits = new IdentityHashMap<>();
    for (TokenPattern p : patterns) {
      for (WordClass c : p.wordClasses()) {
        if (bits.size() < Long.SIZE) {
          bits.putIfAbsent(c, bits.size());
        }
      }
    }
    this.classBits = Collections.unmodifiableMap(bits);
    Map<String, Word> byText = new HashMap<>();
    byWord.forEach((w, ps) -> byText.put(w, new Word(ps, 0, 0, 0)));
    bits.forEach((c, bit) -> {
      for (String w : c.firstWords()) {
        Word x = byText.getOrDefault(w, NO_WORD);
        byText.put(w, new Word(x.patterns(), x.firsts() | 1L << bit, x.mayModify(), 0));
      }
      for (String w : c.mayModifyWords()) {
        Word x = byText.getOrDefault(w, NO_WORD);
        byText.put(w, new Word(x.patterns(), x.firsts(), x.mayModify() | 1L << bit, 0));
      }
    });
    callerBits.forEach((w, b) -> {
      Word x = byText.getOrDefault(w, NO_WORD);
      byText.put(w, new Word(x.patterns(), x.firsts(), x.mayModify(), b));
    });
    this.tellsBits = !callerBits.isEmpty();
    this.words = Map.copyOf(byText);
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
    int np = patterns.size();
    // each pattern's anchor positions, ascending, from one look-up per token: first how many
    // each pattern has, then the positions grouped by pattern
    int[][] anchoring = new int[n][];
    long[] firsts = new long[n];
    long[] mayModify = new long[n];
    int[] start = new int[np + 1];
    for (int i = 0; i < n; i++) {
      Word w = words.get(ts.lower(i));
      if (tellsBits) {
        ts.wordBits(i, w == null ? 0 : w.callerBits());
      }
      if (w == null) {
        continue;
      }
      anchoring[i] = w.patterns();
      firsts[i] = w.firsts();
      mayModify[i] = w.mayModify();
      if (anchoring[i] != null) {
        for (int p : anchoring[i]) {
          start[p + 1]++;
        }
      }
    }
    for (int p = 0; p < np; p++) {
      start[p + 1] += start[p];
    }
    int[] anchorsAt = new int[start[np]];
    int[] filled = new int[np];
    for (int i = 0; i < n; i++) {
      if (anchoring[i] != null) {
        for (int p : anchoring[i]) {
          anchorsAt[start[p] + filled[p]++] = i;
        }
      }
    }
    TokenPattern.Scratch scratch = new TokenPattern.Scratch(classBits, firsts, mayModify);
    for (int p = 0; p < np; p++) {
      TokenPattern pattern = patterns.get(p);
      // a match's cue holds an anchor word, at most anchorLead tokens after the cue's start
      int tried = -1;
      for (int k = start[p]; k < start[p + 1]; k++) {
        int a = anchorsAt[k];
        for (int i = Math.max(tried + 1, a - pattern.anchorLead()); i <= a; i++) {
          PatternMatch m = pattern.matchAt(ts, finder, i, p, scratch);
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
