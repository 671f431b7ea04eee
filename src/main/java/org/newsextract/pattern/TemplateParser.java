package org.newsextract.pattern;

import static org.newsextract.pattern.TokenPattern.MAX_ALTERNATIVES;
import static org.newsextract.pattern.TokenPattern.MAX_ELEMENTS;
import static org.newsextract.pattern.TokenPattern.MAX_TEMPLATE_CHARS;
import static org.newsextract.pattern.TokenPattern.MAX_WORD_CHARS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsextract.PatternException;
import org.newsextract.pattern.Element.Slot;
import org.newsextract.pattern.Element.TokenElement;
import org.newsextract.pattern.TokenPattern.Run;

/**
 * Compiles one template of the pattern language described in {@link TokenPattern}: splits it
 * into words, alternatives, word classes, tags and slots, checks the rules, picks the cue and its
 * anchor words, and reports the first problem with its char position. One instance per template;
 * not thread-safe.
 */
final class TemplateParser {
  static final Set<String> UD_TAGS =
      Set.of(
          "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
          "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
  private static final String PUNCT_CHARS = ",;:.!?\"'“”‘’—–-";

  private final String id;
  private final String t;
  private final PatternVocabulary vocabulary;
  private final Set<String> allowedSlots;
  private final Set<String> boundedSlots;
  private int i;

  TemplateParser(
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

  // Loops rather than streams: templates compile when an extractor is built, cold, where
  // each stream pipeline first costs more than the whole check.

  private static boolean allOptional(Run r) {
    for (TokenElement e : r.elements()) {
      if (!e.optional()) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasWord(Run r) {
    for (TokenElement e : r.elements()) {
      if (!e.punctuation()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnchor(Run r) {
    for (TokenElement e : r.elements()) {
      if (!e.anchorWords().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static int shortestLength(Set<String> words) {
    int min = Integer.MAX_VALUE;
    for (String w : words) {
      min = Math.min(min, w.length());
    }
    return words.isEmpty() ? 0 : min;
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
      if (s instanceof Run r && allOptional(r)) {
        throw error(r.position(), "every group of words needs at least one required element");
      }
    }
    int cue = cueRun;
    if (cue < 0) {
      for (int k = 0; k < segments.size() && cue < 0; k++) {
        if (segments.get(k) instanceof Run r && hasWord(r)) {
          cue = k;
        }
      }
    }
    for (int k = 0; k < segments.size() && cue < 0; k++) {
      if (segments.get(k) instanceof Run r && hasAnchor(r)) {
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
        int shortest = shortestLength(e.anchorWords());
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

  static String normalize(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
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
}
