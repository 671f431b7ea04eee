package org.newsextract.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * each slot
 * name once; every group of words has a required element; the cue has a required word, word
 * class or punctuation mark (so a sentence without one of its words is never looked at); at most {@value
 * #MAX_ELEMENTS} elements, {@value #MAX_ALTERNATIVES} alternatives per element and {@value
 * #MAX_TEMPLATE_CHARS} chars.
 */
public final class TokenPattern {
  public static final int MAX_TEMPLATE_CHARS = 300;
  public static final int MAX_ELEMENTS = 16;
  public static final int MAX_ALTERNATIVES = 64;
  public static final int MAX_WORD_CHARS = 40;
  /** How far from its boundary a constrained slot's class word is looked for. */
  static final int CLASS_WINDOW_TOKENS = 20;

  static final Set<String> UD_TAGS =
      Set.of(
          "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
          "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
  private static final String PUNCT_CHARS = ",;:.!?\"'“”‘’—–-";

  /** A group of token elements between slots. */
  private record Run(List<TokenElement> elements, int position) {}

  private final String id;
  private final String template;
  private final List<Object> segments; // Run or Slot, in order
  private final int cueIndex;
  private final Set<String> anchorWords;
  private final Set<String> slotNames;
  private final int anchorLead;

  private TokenPattern(
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

  /** Most tokens a match of the cue can have before its anchor word. */
  int anchorLead() {
    return anchorLead;
  }

  private static int maxTokens(TokenElement e) {
    if (e instanceof Element.ClassRef c) {
      return switch (c.wordClass().kind()) {
        case WORDS -> WordClass.MAX_ENTRY_WORDS;
        case VERB_GROUP -> WordClass.MAX_MODIFIERS + WordClass.MAX_ENTRY_WORDS;
        case SEPARATORS -> WordClass.MAX_SEPARATORS;
      };
    }
    return 1;
  }

  private static int maxModifiers(TokenElement e) {
    return e instanceof Element.ClassRef c && c.wordClass().kind() == WordClass.Kind.VERB_GROUP
        ? WordClass.MAX_MODIFIERS
        : 0;
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
    return new Parser(id, template, vocabulary, slotNames, boundedSlots).parse();
  }

  static String normalize(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }

  private static final class Parser {
    private final String id;
    private final String t;
    private final PatternVocabulary vocabulary;
    private final Set<String> allowedSlots;
    private final Set<String> boundedSlots;
    private int i;

    Parser(
        String id,
        String template,
        PatternVocabulary vocabulary,
        Set<String> slotNames,
        Set<String> boundedSlots) {
      this.id = id;
      this.t = template;
      this.vocabulary = vocabulary;
      this.allowedSlots = slotNames;
      this.boundedSlots = boundedSlots;
    }

    private PatternException error(int pos, String problem) {
      return new PatternException(id, t, pos, problem);
    }

    TokenPattern parse() {
      if (t == null || t.isBlank()) {
        throw error(0, "empty pattern");
      }
      if (t.length() > MAX_TEMPLATE_CHARS) {
        throw error(MAX_TEMPLATE_CHARS, "longer than " + MAX_TEMPLATE_CHARS + " chars");
      }
      List<Object> segments = new ArrayList<>();
      List<TokenElement> run = null;
      int runPos = -1;
      int elements = 0;
      int cueRun = -1; // index in segments of an explicitly marked cue run
      int cueOpen = -1;
      Set<String> seenSlots = new HashSet<>();
      while (true) {
        skipSpace();
        if (i >= t.length()) {
          break;
        }
        int pos = i;
        char c = t.charAt(i);
        if (c == '<' || c == '>') {
          if (c == '<') {
            if (cueOpen >= 0 || cueRun >= 0) {
              throw error(pos, "only one cue can be marked with < >");
            }
            // the cue starts a new run even right after another run
            if (run != null) {
              segments.add(new Run(List.copyOf(run), runPos));
              run = null;
            }
            cueOpen = pos;
          } else {
            if (cueOpen < 0) {
              throw error(pos, "'>' without '<'");
            }
            if (run == null) {
              throw error(pos, "the cue marked with < > is empty");
            }
            segments.add(new Run(List.copyOf(run), runPos));
            cueRun = segments.size() - 1;
            run = null;
            cueOpen = -2;
          }
          i++;
          continue;
        }
        if (++elements > MAX_ELEMENTS) {
          throw error(pos, "more than " + MAX_ELEMENTS + " elements");
        }
        if (c == '{') {
          Slot slot = parseSlot();
          if (cueOpen >= 0) {
            throw error(pos, "a slot cannot be part of the cue");
          }
          if (!seenSlots.add(slot.name())) {
            throw error(pos, "slot {" + slot.name() + "} appears twice");
          }
          if (run != null) {
            segments.add(new Run(List.copyOf(run), runPos));
            run = null;
          }
          segments.add(slot);
          continue;
        }
        TokenElement el = parseTokenElement();
        if (run == null) {
          run = new ArrayList<>();
          runPos = pos;
        }
        run.add(el);
      }
      if (cueOpen >= 0) {
        throw error(cueOpen, "'<' without '>'");
      }
      if (run != null) {
        segments.add(new Run(List.copyOf(run), runPos));
      }
      if (seenSlots.isEmpty()) {
        throw error(0, "a pattern needs at least one slot, e.g. {source} or {content}");
      }
      for (Object s : segments) {
        if (s instanceof Run r && r.elements().stream().allMatch(Element::optional)) {
          throw error(r.position(), "every group of words needs at least one required element");
        }
      }
      int cue = cueRun;
      if (cue < 0) {
        for (int k = 0; k < segments.size() && cue < 0; k++) {
          if (segments.get(k) instanceof Run r
              && r.elements().stream().anyMatch(e -> !e.punctuation())) {
            cue = k;
          }
        }
      }
      for (int k = 0; k < segments.size() && cue < 0; k++) {
        if (segments.get(k) instanceof Run r
            && r.elements().stream().anyMatch(e -> !e.anchorWords().isEmpty())) {
          cue = k; // a punctuation cue: "Sanders: Brexit ..."
        }
      }
      if (cue < 0) {
        throw error(0, "a pattern needs a cue: at least one word, word class or punctuation mark");
      }
      // Side by side, the slot nearer the cue must find its own far end (a bounded noun
      // phrase); otherwise where one slot ends and the other begins is ambiguous.
      for (int k = 0; k + 1 < segments.size(); k++) {
        if (segments.get(k) instanceof Slot a && segments.get(k + 1) instanceof Slot b) {
          Slot inner = k + 1 <= cue ? b : a;
          if (!boundedSlots.contains(inner.name())) {
            Slot later = b;
            throw error(later.position(), "slots {" + a.name() + "} and {" + b.name()
                + "} side by side are ambiguous: put a word or punctuation between them, or "
                + "put a bounded slot (" + String.join(", ", sorted(boundedSlots))
                + ") next to the cue");
          }
        }
      }
      Run cueRunObj = (Run) segments.get(cue);
      // The anchor: the required element whose shortest word is longest (rarer words find
      // fewer candidates), and how many tokens the cue can match before it.
      Set<String> anchors = null;
      int anchorAt = -1;
      int best = -1;
      List<TokenElement> cueEls = cueRunObj.elements();
      for (int k = 0; k < cueEls.size(); k++) {
        TokenElement e = cueEls.get(k);
        if (!e.optional() && !e.anchorWords().isEmpty()) {
          int shortest = e.anchorWords().stream().mapToInt(String::length).min().orElse(0);
          if (shortest > best) {
            best = shortest;
            anchors = e.anchorWords();
            anchorAt = k;
          }
        }
      }
      int lead = 0;
      for (int k = 0; k < anchorAt; k++) {
        lead += maxTokens(cueEls.get(k));
      }
      if (anchorAt >= 0) {
        lead += maxModifiers(cueEls.get(anchorAt));
      }
      if (anchors == null) {
        throw error(cueRunObj.position(),
            "the cue needs a required word, word class or punctuation mark (not only optional "
                + "elements or tags)");
      }
      return new TokenPattern(id, t, segments, cue, anchors, lead);
    }

    private void skipSpace() {
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
    }

    private boolean optionalSuffix() {
      if (i < t.length() && t.charAt(i) == '?') {
        i++;
        return true;
      }
      return false;
    }

    private Slot parseSlot() {
      int pos = i;
      int close = t.indexOf('}', i);
      int space = firstSpace(i);
      if (close < 0 || (space >= 0 && space < close)) {
        throw error(pos, "unclosed slot: expected '}'");
      }
      String name = t.substring(i + 1, close).strip();
      WordClass within = null;
      int colon = name.indexOf(':');
      if (colon >= 0) {
        String cls = name.substring(colon + 1).strip();
        name = name.substring(0, colon).strip();
        if (!cls.startsWith("@") || vocabulary.get(cls.substring(1)) == null) {
          throw error(pos + 1 + colon + 1, "a slot's constraint is a word class, one of @"
              + String.join(", @", sorted(vocabulary.names())));
        }
        within = vocabulary.get(cls.substring(1));
      }
      if (!allowedSlots.contains(name)) {
        throw error(pos + 1,
            "unknown slot {" + name + "}; slots are " + String.join(", ", sorted(allowedSlots)));
      }
      i = close + 1;
      boolean optional = optionalSuffix();
      requireBoundary();
      return new Slot(name, optional, pos, within);
    }

    private int firstSpace(int from) {
      for (int k = from; k < t.length(); k++) {
        if (Character.isWhitespace(t.charAt(k))) {
          return k;
        }
      }
      return -1;
    }

    private void requireBoundary() {
      if (i < t.length() && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '<'
          && t.charAt(i) != '>') {
        throw error(i, "unexpected '" + t.charAt(i) + "': elements are separated by spaces");
      }
    }

    private TokenElement parseTokenElement() {
      int pos = i;
      char c = t.charAt(i);
      if (c == '(') {
        int close = t.indexOf(')', i);
        if (close < 0) {
          throw error(pos, "unclosed '(': expected ')'");
        }
        String body = t.substring(i + 1, close);
        String[] alts = body.split("\\|", -1);
        if (alts.length > MAX_ALTERNATIVES) {
          throw error(pos, "more than " + MAX_ALTERNATIVES + " alternatives");
        }
        Set<String> words = new HashSet<>();
        boolean allPunct = true;
        int p = i + 1;
        for (String a : alts) {
          String w = a.strip();
          checkWord(w, p);
          words.addAll(expand(w));
          allPunct &= isPunct(w);
          p += a.length() + 1;
        }
        i = close + 1;
        boolean optional = optionalSuffix();
        requireBoundary();
        return new Element.Word(Set.copyOf(words), optional, pos, allPunct);
      }
      if (c == '@') {
        int end = i + 1;
        while (end < t.length() && (Character.isLetterOrDigit(t.charAt(end))
            || t.charAt(end) == '_' || t.charAt(end) == '-')) {
          end++;
        }
        String name = t.substring(i + 1, end);
        WordClass wc = vocabulary.get(name);
        if (wc == null) {
          throw error(pos, "unknown word class @" + name + "; classes are @"
              + String.join(", @", sorted(vocabulary.names())));
        }
        i = end;
        boolean optional = optionalSuffix();
        requireBoundary();
        return new Element.ClassRef(wc, optional, pos);
      }
      if (c == ':' && i + 1 < t.length() && Character.isUpperCase(t.charAt(i + 1))) {
        int end = i + 1;
        while (end < t.length() && (Character.isUpperCase(t.charAt(end)) || t.charAt(end) == '|')) {
          end++;
        }
        Set<String> tags = new HashSet<>();
        int p = i + 1;
        for (String tag : t.substring(i + 1, end).split("\\|", -1)) {
          if (!UD_TAGS.contains(tag)) {
            throw error(p, "unknown part-of-speech tag '" + tag + "'; tags are "
                + String.join(" ", sorted(UD_TAGS)));
          }
          tags.add(tag);
          p += tag.length() + 1;
        }
        i = end;
        boolean optional = optionalSuffix();
        requireBoundary();
        return new Element.Pos(Set.copyOf(tags), optional, pos);
      }
      if (c == '^') {
        i++;
        boolean optional = optionalSuffix();
        requireBoundary();
        return new Element.SentenceStart(optional, pos);
      }
      if (c == '{' || c == '}' || c == ')' || c == '|') {
        throw error(pos, "unexpected '" + c + "'");
      }
      int end = i;
      while (end < t.length() && !Character.isWhitespace(t.charAt(end))
          && "{}()<>|@^".indexOf(t.charAt(end)) < 0) {
        end++;
      }
      String w = t.substring(i, end);
      boolean optional = false;
      if (w.length() > 1 && w.endsWith("?")) {
        w = w.substring(0, w.length() - 1);
        optional = true;
      }
      checkWord(w, pos);
      i = end;
      requireBoundary();
      return new Element.Word(Set.copyOf(expand(w)), optional, pos, isPunct(w));
    }

    private void checkWord(String w, int pos) {
      if (w.isEmpty()) {
        throw error(pos, "empty word");
      }
      if (w.length() > MAX_WORD_CHARS) {
        throw error(pos, "word longer than " + MAX_WORD_CHARS + " chars");
      }
      if (isPunct(w)) {
        return;
      }
      for (int k = 0; k < w.length(); k++) {
        char ch = w.charAt(k);
        if (!Character.isLetterOrDigit(ch) && "'’.&-/$%".indexOf(ch) < 0) {
          throw error(pos + k, "unexpected '" + ch + "' in word '" + w + "'");
        }
      }
    }
  }

  private static boolean isPunct(String w) {
    return w.length() == 1 && PUNCT_CHARS.indexOf(w.charAt(0)) >= 0;
  }

  /** A quote mark in a pattern matches every form of it. */
  private static Set<String> expand(String w) {
    switch (w) {
      case "\"", "“", "”" -> {
        return Set.of("\"", "“", "”", "„", "''", "``");
      }
      case "'", "‘", "’" -> {
        return Set.of("'", "‘", "’");
      }
      case "—", "–" -> {
        return Set.of("—", "–", "--");
      }
      default -> {
        return Set.of(normalize(w));
      }
    }
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }

  // ------------------------------------------------------------------------------------------
  // Matching

  /**
   * The match whose cue starts at token {@code i}, or null. Work is bounded by the pattern size
   * and the slot finders' bounds.
   */
  PatternMatch matchAt(TokenSource ts, SlotFinder finder, int i, int order) {
    Run cue = (Run) segments.get(cueIndex);
    int cueEnd = forward(cue, ts, i);
    if (cueEnd < 0) {
      return null;
    }
    Map<String, int[]> slots = new HashMap<>();
    int[] fixed = {cueEnd - i};
    int end = goRight(ts, finder, cueIndex + 1, cueEnd, slots, fixed);
    if (end < 0) {
      return null;
    }
    int start = goLeft(ts, finder, cueIndex - 1, i, slots, fixed);
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

  private int goRight(
      TokenSource ts, SlotFinder f, int seg, int pos, Map<String, int[]> slots, int[] fixed) {
    if (seg >= segments.size()) {
      return pos;
    }
    Object s = segments.get(seg);
    if (s instanceof Run r) {
      int e = forward(r, ts, pos);
      if (e < 0) {
        return -1;
      }
      fixed[0] += e - pos;
      int end = goRight(ts, f, seg + 1, e, slots, fixed);
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
      int end = goRight(ts, f, seg + 1, ext[1], slots, fixed);
      if (end >= 0) {
        return end;
      }
      slots.remove(slot.name());
    }
    return slot.optional() ? goRight(ts, f, seg + 1, pos, slots, fixed) : -1;
  }

  private int goLeft(
      TokenSource ts, SlotFinder f, int seg, int pos, Map<String, int[]> slots, int[] fixed) {
    if (seg < 0) {
      return pos;
    }
    Object s = segments.get(seg);
    if (s instanceof Run r) {
      int b = backward(r, ts, pos);
      if (b < 0) {
        return -1;
      }
      fixed[0] += pos - b;
      int start = goLeft(ts, f, seg - 1, b, slots, fixed);
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
      int start = goLeft(ts, f, seg - 1, ext[0], slots, fixed);
      if (start >= 0) {
        return start;
      }
      slots.remove(slot.name());
    }
    return slot.optional() ? goLeft(ts, f, seg - 1, pos, slots, fixed) : -1;
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
  private static int forward(Run run, TokenSource ts, int pos) {
    IntSet cur = new IntSet();
    cur.add(pos);
    IntSet next = new IntSet();
    for (TokenElement e : run.elements()) {
      next.clear();
      for (int k = 0; k < cur.size(); k++) {
        e.ends(ts, cur.get(k), next);
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
  private static int backward(Run run, TokenSource ts, int pos) {
    IntSet cur = new IntSet();
    cur.add(pos);
    IntSet next = new IntSet();
    List<TokenElement> els = run.elements();
    for (int k = els.size() - 1; k >= 0; k--) {
      TokenElement e = els.get(k);
      next.clear();
      for (int j = 0; j < cur.size(); j++) {
        e.starts(ts, cur.get(j), next);
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
