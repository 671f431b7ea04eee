package org.newsextract.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsextract.PatternException;
import org.newsextract.pattern.Element.Slot;
import org.newsextract.pattern.Element.TokenElement;

/**
 * A compiled token pattern: words, word classes, punctuation and named slots, matched against the
 * tokens of one sentence. Immutable and thread-safe.
 *
 * <h2>Syntax</h2>
 *
 * <pre>
 *   {source}  {content}?       a named slot; "?" makes it optional
 *   {source:@poll}             a slot whose phrase must hold a word of the class
 *   told  according            a word, matched ignoring case
 *   (said|says|told)           one of several words
 *   &#64;say  &#64;sep                 a word class (see {@link PatternVocabulary})
 *   :NOUN  :NOUN|PROPN         a token with one of these UD part-of-speech tags
 *   ,  ;  :  "  '  .  !  ?  —  punctuation ("  matches any double quote mark, ' any single one)
 *   ^                          the start of the sentence
 *   x?                         any element followed directly by "?" is optional
 *   &lt; ... &gt;                    marks the cue (by default the first group of words)
 * </pre>
 *
 * <h2>How it matches</h2>
 *
 * The cue group is matched first, word by word, on every token of a sentence that could start it.
 * The other elements are then matched outwards from the cue: a slot is filled by the {@link
 * SlotFinder} for its name, which finds a bounded phrase next to the boundary (a noun phrase for a
 * source, the rest of the clause or quotation for content); a group of words must then match right
 * next to the slot. Nothing backtracks except over a handful of optional slots, so the cost is
 * linear in the length of the sentence.
 *
 * <h2>Rules checked at compile time</h2>
 *
 * At least one slot; two slots side by side only when the one nearer the cue is a bounded slot
 * (a noun phrase, which finds its own far end), otherwise their boundary would be ambiguous;
 * each slot name once; every group of words has a required element; the cue has a required
 * word, word class or punctuation mark (so a sentence without one of its words is never looked
 * at); at most {@value #MAX_ELEMENTS} elements, {@value #MAX_ALTERNATIVES} alternatives per
 * element and {@value #MAX_TEMPLATE_CHARS} chars.
 */
public final class TokenPattern {
  public static final int MAX_TEMPLATE_CHARS = 300;
  public static final int MAX_ELEMENTS = 16;
  public static final int MAX_ALTERNATIVES = 64;
  public static final int MAX_WORD_CHARS = 40;
  /** How far from its boundary a constrained slot's class word is looked for. */
  static final int CLASS_WINDOW_TOKENS = 20;

  /** A group of token elements between slots. */
  record Run(List<TokenElement> elements, int position) {}

  private final String id;
  private final String template;
  private final List<Object> segments; // Run or Slot, in order
  private final int cueIndex;
  private final Set<String> anchorWords;
  private final Set<String> slotNames;
  private final int anchorLead;

  TokenPattern(
      String id,
      String template,
      List<Object> segments,
      int cueIndex,
      Set<String> anchorWords,
      int anchorLead) {
    this.id = id;
    this.anchorLead = anchorLead;
    this.template = template;
    this.segments = List.copyOf(segments);
    this.cueIndex = cueIndex;
    this.anchorWords = Set.copyOf(anchorWords);
    Set<String> names = new LinkedHashSet<>();
    for (Object s : segments) {
      if (s instanceof Slot slot) {
        names.add(slot.name());
      }
    }
    this.slotNames = Set.copyOf(names);
  }

  public String id() {
    return id;
  }

  public String template() {
    return template;
  }

  /** The names of this pattern's slots. */
  public Set<String> slotNames() {
    return slotNames;
  }

  /** Words of the cue one of which every match contains. */
  public Set<String> anchorWords() {
    return anchorWords;
  }

  /** The word classes the pattern's groups of words refer to. */
  List<WordClass> wordClasses() {
    List<WordClass> out = new ArrayList<>();
    for (Object s : segments) {
      if (s instanceof Run r) {
        for (TokenElement e : r.elements()) {
          if (e instanceof Element.ClassRef c) {
            out.add(c.wordClass());
          }
        }
      }
    }
    return out;
  }

  /** Most tokens a match of the cue can have before its anchor word. */
  int anchorLead() {
    return anchorLead;
  }

  @Override
  public String toString() {
    return id + ": " + template;
  }

  // ------------------------------------------------------------------------------------------
  // Compiling

  /**
   * Parses and checks {@code template}.
   *
   * @param slotNames the slot names allowed
   * @param boundedSlots the slots whose finder delimits them on both sides (noun phrases), which
   *     may stand right next to another slot on the cue's side of it
   * @throws PatternException naming {@code id} and the position of the first problem
   */
  public static TokenPattern compile(
      String id,
      String template,
      PatternVocabulary vocabulary,
      Set<String> slotNames,
      Set<String> boundedSlots) {
    return new TemplateParser(id, template, vocabulary, slotNames, boundedSlots).parse();
  }

  // ------------------------------------------------------------------------------------------
  // Matching

  /**
   * The match whose cue starts at token {@code i}, or null. Work is bounded by the pattern size
   * and the slot finders' bounds.
   */
  PatternMatch matchAt(TokenSource ts, SlotFinder finder, int i, int order) {
    return matchAt(ts, finder, i, order, new Scratch());
  }

  /**
   * The sets of ends of the run being matched, reused by every match tried in one sentence, and
   * what the word classes found at its tokens.
   */
  static final class Scratch {
    private final IntSet first = new IntSet();
    private final IntSet second = new IntSet();
    private final Map<WordClass, int[]> entryEnds = new IdentityHashMap<>();
    // what the sentence's words are to the classes (see PatternSet.Word), or null if unknown
    private final Map<WordClass, Integer> classBits;
    private final long[] firsts;
    private final long[] mayModify;

    Scratch() {
      this(null, null, null);
    }

    /**
     * @param classBits each class's bit in {@code firsts} and {@code mayModify}
     * @param firsts per token, the classes having an entry that starts with its word
     * @param mayModify per token, the classes its word may modify a verb group of
     */
    Scratch(Map<WordClass, Integer> classBits, long[] firsts, long[] mayModify) {
      this.classBits = classBits;
      this.firsts = firsts;
      this.mayModify = mayModify;
    }

    /**
     * Per token of the sentence, what {@code c} found there (the entries starting there,
     * whether it modifies a verb group; see {@link WordClass#ends}), 0 until known: the
     * patterns that share a class ask about the same tokens again and again. A repeated
     * question would only read tags already made, so remembering its answer changes no tag.
     */
    int[] entryEnds(WordClass c, int tokens) {
      int[] known = entryEnds.get(c);
      if (known == null) {
        // (not computeIfAbsent: its lambda was allocated per call)
        Integer bit = classBits == null ? null : classBits.get(c);
        known = bit == null ? new int[tokens] : c.known(firsts, mayModify, 1L << bit);
        entryEnds.put(c, known);
      }
      return known;
    }
  }

  /** {@link #matchAt(TokenSource, SlotFinder, int, int)} with the caller's scratch sets. */
  PatternMatch matchAt(TokenSource ts, SlotFinder finder, int i, int order, Scratch scratch) {
    Run cue = (Run) segments.get(cueIndex);
    int cueEnd = forward(cue, ts, i, scratch);
    if (cueEnd < 0) {
      return null;
    }
    Map<String, int[]> slots = new HashMap<>();
    int[] fixed = {cueEnd - i};
    int end = goRight(ts, finder, cueIndex + 1, cueEnd, slots, fixed, scratch);
    if (end < 0) {
      return null;
    }
    int start = goLeft(ts, finder, cueIndex - 1, i, slots, fixed, scratch);
    if (start < 0) {
      return null;
    }
    // the groups of words lie between the slots (and the match's ends)
    List<int[]> groups = new ArrayList<>();
    int[] bounds = new int[slots.size() * 2 + 2];
    int b = 0;
    bounds[b++] = start;
    List<int[]> sorted = new ArrayList<>(slots.values());
    sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
    for (int[] x : sorted) {
      bounds[b++] = x[0];
      bounds[b++] = x[1];
    }
    bounds[b++] = end;
    for (int k = 0; k + 1 < b; k += 2) {
      if (bounds[k + 1] > bounds[k]) {
        groups.add(new int[] {bounds[k], bounds[k + 1]});
      }
    }
    // trim punctuation off the cue's ends
    int cs = i;
    int ce = cueEnd;
    while (ce - cs > 1 && isPunctToken(ts, cs)) {
      cs++;
    }
    while (ce - cs > 1 && isPunctToken(ts, ce - 1)) {
      ce--;
    }
    return new PatternMatch(
        id, start, end, cs, ce, Map.copyOf(slots), fixed[0], List.copyOf(groups), order);
  }

  private static boolean isPunctToken(TokenSource ts, int k) {
    String w = ts.lower(k);
    for (int x = 0; x < w.length(); x++) {
      if (Character.isLetterOrDigit(w.charAt(x))) {
        return false;
      }
    }
    return true;
  }

  private int goRight(TokenSource ts, SlotFinder f, int seg, int pos, Map<String, int[]> slots,
      int[] fixed, Scratch scratch) {
    if (seg >= segments.size()) {
      return pos;
    }
    Object s = segments.get(seg);
    if (s instanceof Run r) {
      int e = forward(r, ts, pos, scratch);
      if (e < 0) {
        return -1;
      }
      fixed[0] += e - pos;
      int end = goRight(ts, f, seg + 1, e, slots, fixed, scratch);
      if (end < 0) {
        fixed[0] -= e - pos;
      }
      return end;
    }
    Slot slot = (Slot) s;
    int[] ext = pos < ts.size() && classWordNear(slot, ts, pos, pos + CLASS_WINDOW_TOKENS)
        ? f.find(slot.name(), SlotFinder.Side.RIGHT, ts, pos) : null;
    if (ext != null && ext[0] >= pos && ext[1] > ext[0] && ext[1] <= ts.size()
        && holdsClassWord(slot, ts, ext)) {
      slots.put(slot.name(), ext);
      int end = goRight(ts, f, seg + 1, ext[1], slots, fixed, scratch);
      if (end >= 0) {
        return end;
      }
      slots.remove(slot.name());
    }
    return slot.optional() ? goRight(ts, f, seg + 1, pos, slots, fixed, scratch) : -1;
  }

  private int goLeft(TokenSource ts, SlotFinder f, int seg, int pos, Map<String, int[]> slots,
      int[] fixed, Scratch scratch) {
    if (seg < 0) {
      return pos;
    }
    Object s = segments.get(seg);
    if (s instanceof Run r) {
      int b = backward(r, ts, pos, scratch);
      if (b < 0) {
        return -1;
      }
      fixed[0] += pos - b;
      int start = goLeft(ts, f, seg - 1, b, slots, fixed, scratch);
      if (start < 0) {
        fixed[0] -= pos - b;
      }
      return start;
    }
    Slot slot = (Slot) s;
    int[] ext = pos > 0 && classWordNear(slot, ts, pos - CLASS_WINDOW_TOKENS, pos)
        ? f.find(slot.name(), SlotFinder.Side.LEFT, ts, pos) : null;
    if (ext != null && ext[1] <= pos && ext[1] > ext[0] && ext[0] >= 0
        && holdsClassWord(slot, ts, ext)) {
      slots.put(slot.name(), ext);
      int start = goLeft(ts, f, seg - 1, ext[0], slots, fixed, scratch);
      if (start >= 0) {
        return start;
      }
      slots.remove(slot.name());
    }
    return slot.optional() ? goLeft(ts, f, seg - 1, pos, slots, fixed, scratch) : -1;
  }

  /**
   * A cheap test before a constrained slot is looked for: a word of its class lies in the
   * window, so the finder (which may need POS tags) runs only where the slot can match.
   */
  private static boolean classWordNear(Slot slot, TokenSource ts, int from, int to) {
    if (slot.within() == null) {
      return true;
    }
    for (int k = Math.max(0, from); k < Math.min(ts.size(), to); k++) {
      if (slot.within().startsEntry(ts.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsClassWord(Slot slot, TokenSource ts, int[] ext) {
    return slot.within() == null || classWordNear(slot, ts, ext[0], ext[1]);
  }

  /** The longest end of {@code run} matched from {@code pos}, or -1. */
  private static int forward(Run run, TokenSource ts, int pos, Scratch scratch) {
    IntSet cur = scratch.first;
    cur.clear();
    cur.add(pos);
    IntSet next = scratch.second;
    List<TokenElement> els = run.elements();
    // by index: an iterator here was 2.6% of all the bytes allocated on dense text
    for (int k = 0; k < els.size(); k++) {
      TokenElement e = els.get(k);
      next.clear();
      for (int j = 0; j < cur.size(); j++) {
        e.ends(ts, cur.get(j), next, scratch);
      }
      if (e.optional()) {
        next.addAll(cur);
      }
      if (next.isEmpty()) {
        return -1;
      }
      IntSet tmp = cur;
      cur = next;
      next = tmp;
    }
    return cur.max();
  }

  /** The earliest start of {@code run} matched so that it ends at {@code pos}, or -1. */
  private static int backward(Run run, TokenSource ts, int pos, Scratch scratch) {
    IntSet cur = scratch.first;
    cur.clear();
    cur.add(pos);
    IntSet next = scratch.second;
    List<TokenElement> els = run.elements();
    for (int k = els.size() - 1; k >= 0; k--) {
      TokenElement e = els.get(k);
      next.clear();
      for (int j = 0; j < cur.size(); j++) {
        e.starts(ts, cur.get(j), next, scratch);
      }
      if (e.optional()) {
        next.addAll(cur);
      }
      if (next.isEmpty()) {
        return -1;
      }
      IntSet tmp = cur;
      cur = next;
      next = tmp;
    }
    return cur.min();
  }
}
