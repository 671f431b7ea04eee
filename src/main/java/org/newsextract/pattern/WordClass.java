package org.newsextract.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named class of words a pattern can refer to as {@code @name}. Immutable.
 *
 * <ul>
 *   <li>{@link Kind#WORDS}: any one entry; an entry is one to four words ("according to").
 *   <li>{@link Kind#VERB_GROUP}: an entry preceded by up to three auxiliaries or adverbs from
 *       the modifier list ("said", "has said", "also said", "did not say").
 *   <li>{@link Kind#SEPARATORS}: one to three punctuation tokens from the list (", ”").
 * </ul>
 */
public final class WordClass {
  /** How a class matches. */
  public enum Kind {
    WORDS,
    VERB_GROUP,
    SEPARATORS
  }

  static final int MAX_ENTRY_WORDS = 4;
  static final int MAX_MODIFIERS = 3;
  static final int MAX_SEPARATORS = 3;
  // forms of "be" before a verb group's -ing head: "is saying", "are asking" (a passive, "was
  // told", has another subject)
  private static final Set<String> PROGRESSIVE =
      Set.of("is", "are", "was", "were", "am", "'s", "'re", "'m", "be", "been", "being");

  // compiled once rather than by String.split for each of a thousand entries
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String name;
  private final Kind kind;
  // first word -> entries starting with it (each entry as lower-case words)
  private final Map<String, List<String[]>> byFirst;
  private final Set<String> modifiers;
  private final Set<String> headTags;
  private final Set<String> notAfter;

  private WordClass(
      String name,
      Kind kind,
      List<String> entries,
      Set<String> modifiers,
      Set<String> headTags,
      Set<String> notAfter) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.headTags = Set.copyOf(headTags);
    this.notAfter = Set.copyOf(notAfter);
    Map<String, List<String[]>> map = new HashMap<>();
    for (String e : entries) {
      String[] words = SPACES.split(e.strip().toLowerCase(Locale.ROOT));
      if (words.length == 0 || words[0].isEmpty()) {
        continue;
      }
      if (words.length > MAX_ENTRY_WORDS) {
        throw new IllegalArgumentException(
            "word class @" + name + ": entry longer than " + MAX_ENTRY_WORDS + " words: " + e);
      }
      map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byFirst = Map.copyOf(map);
    this.modifiers = Set.copyOf(modifiers);
  }

  public static WordClass words(String name, List<String> entries) {
    return new WordClass(name, Kind.WORDS, entries, Set.of(), Set.of(), Set.of());
  }

  /**
   * A verb group: an entry whose first word has one of {@code headTags} (e.g. VERB, so that the
   * noun "report" is not the verb; empty for any tag) and does not follow a word of {@code
   * notAfter} (determiners: "his remarks"), after up to three modifiers.
   */
  public static WordClass verbGroup(
      String name,
      List<String> entries,
      Set<String> modifiers,
      Set<String> headTags,
      Set<String> notAfter) {
    return new WordClass(name, Kind.VERB_GROUP, entries, modifiers, headTags, notAfter);
  }

  public static WordClass separators(String name, Set<String> punctuation) {
    return new WordClass(
        name, Kind.SEPARATORS, List.copyOf(punctuation), Set.of(), Set.of(), Set.of());
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** Words one of which any match must contain (the first word of each entry). */
  Set<String> anchorWords() {
    return kind == Kind.SEPARATORS ? Set.of() : byFirst.keySet();
  }

  /** Ends of the entries that match starting exactly at token i (bit k set: ends at i+k). */
  private int entryEnds(TokenSource ts, int i) {
    if (i >= ts.size()) {
      return 0;
    }
    List<String[]> cands = byFirst.get(ts.lower(i));
    if (cands == null || i > 0 && notAfter.contains(ts.lower(i - 1)) && !contracted(ts, i - 1)
            && !floats(ts, i - 1) || !headOk(ts, i)) {
      return 0;
    }
    int ends = 0;
    for (String[] e : cands) {
      if (i + e.length > ts.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.length && ok; k++) {
        ok = e[k].equals(ts.lower(i + k));
      }
      if (ok) {
        ends |= 1 << e.length;
      }
    }
    return ends;
  }

  // what {@code known} holds per token: its entry ends (bits 1-5, shifted left by one) once
  // ENDS_KNOWN is set; whether it modifies once MODIFIES_KNOWN is set
  private static final int ENDS_KNOWN = 1;
  private static final int ENDS = 0x3e;
  private static final int MODIFIES_KNOWN = 1 << 6;
  private static final int MODIFIES = 1 << 7;
  private static final int NOT_PROGRESSIVE = 1 << 8; // known not in PROGRESSIVE

  /** The words an entry starts with. */
  Set<String> firstWords() {
    return byFirst.keySet();
  }

  /**
   * The only words {@link #modifies(TokenSource, int)} can be true for, and the progressive
   * forms of "be": any other word ends a verb group's modifiers.
   */
  Set<String> mayModifyWords() {
    Set<String> out = new HashSet<>(modifiers);
    out.addAll(FLOATING);
    out.add("'s"); // hasOrIs
    out.addAll(PROGRESSIVE);
    return out;
  }

  /**
   * A fresh {@code known} array for a sentence whose words were looked up once per token: a
   * token without {@code bit} in {@code firsts} starts no entry, one without it in {@code
   * mayModify} neither modifies nor is a progressive "be", so these answers are known without
   * a look-up (all are false before anything else, a tag included, is asked).
   */
  int[] known(long[] firsts, long[] mayModify, long bit) {
    int[] known = new int[firsts.length];
    for (int i = 0; i < known.length; i++) {
      known[i] = ((firsts[i] & bit) == 0 ? ENDS_KNOWN : 0)
          | ((mayModify[i] & bit) == 0 ? MODIFIES_KNOWN | NOT_PROGRESSIVE : 0);
    }
    return known;
  }

  /** {@link #entryEnds(TokenSource, int)} remembered in {@code known}. */
  private int entryEnds(TokenSource ts, int i, int[] known) {
    if (i < 0 || i >= known.length) {
      return entryEnds(ts, i);
    }
    int k = known[i];
    if ((k & ENDS_KNOWN) == 0) {
      k |= entryEnds(ts, i) << 1 | ENDS_KNOWN;
      known[i] = k;
    }
    return (k & ENDS) >>> 1;
  }

  private static boolean mayBeProgressive(int i, int[] known) {
    return i < 0 || i >= known.length || (known[i] & NOT_PROGRESSIVE) == 0;
  }

  /** {@link #modifies(TokenSource, int)} remembered in {@code known}. */
  private boolean modifies(TokenSource ts, int i, int[] known) {
    if (i < 0 || i >= known.length) {
      return modifies(ts, i);
    }
    int k = known[i];
    if ((k & MODIFIES_KNOWN) == 0) {
      k |= modifies(ts, i) ? MODIFIES_KNOWN | MODIFIES : MODIFIES_KNOWN;
      known[i] = k;
    }
    return (k & MODIFIES) != 0;
  }

  /**
   * Adds to {@code out} every token index where a match starting at {@code i} can end; {@code
   * known}: what the class found at the sentence's tokens so far (see {@link
   * #entryEnds(TokenSource, int, int[])}).
   */
  void ends(TokenSource ts, int i, IntSet out, int[] known) {
    switch (kind) {
      case SEPARATORS -> {
        for (int k = 0; k < MAX_SEPARATORS && i + k < ts.size(); k++) {
          if (!byFirst.containsKey(ts.lower(i + k))) {
            break;
          }
          out.add(i + k + 1);
        }
      }
      case WORDS -> addEnds(out, i, entryEnds(ts, i, known));
      case VERB_GROUP -> {
        boolean be = false;
        for (int m = 0; m <= MAX_MODIFIERS && i + m < ts.size(); m++) {
          if (!be || ts.lower(i + m).endsWith("ing")) {
            addEnds(out, i + m, entryEnds(ts, i + m, known));
          }
          String w = ts.lower(i + m);
          if (mayBeProgressive(i + m, known) && PROGRESSIVE.contains(w)
              && !hasOrIs(ts, i + m)) {
            be = true;
          } else if (!modifies(ts, i + m, known)) {
            break;
          }
        }
      }
    }
  }

  /** Adds to {@code out} every token index where a match ending at {@code end} can start. */
  void starts(TokenSource ts, int end, IntSet out, int[] known) {
    switch (kind) {
      case SEPARATORS -> {
        for (int k = 1; k <= MAX_SEPARATORS && end - k >= 0; k++) {
          if (!byFirst.containsKey(ts.lower(end - k))) {
            break;
          }
          out.add(end - k);
        }
      }
      case WORDS -> {
        for (int len = 1; len <= MAX_ENTRY_WORDS && end - len >= 0; len++) {
          if ((entryEnds(ts, end - len, known) & (1 << len)) != 0) {
            out.add(end - len);
          }
        }
      }
      case VERB_GROUP -> {
        for (int len = 1; len <= MAX_ENTRY_WORDS && end - len >= 0; len++) {
          int s = end - len;
          if ((entryEnds(ts, s, known) & (1 << len)) != 0) {
            out.add(s);
            boolean progressive = ts.lower(s).endsWith("ing");
            for (int m = 1; m <= MAX_MODIFIERS && s - m >= 0; m++) {
              String w = ts.lower(s - m);
              if (!modifies(ts, s - m, known) && !(progressive && PROGRESSIVE.contains(w))) {
                break;
              }
              out.add(s - m);
            }
          }
        }
      }
    }
  }

  /** The word at {@code k} can stand before a verb group's head: "also", "he's", "both". */
  private boolean modifies(TokenSource ts, int k) {
    return modifiers.contains(ts.lower(k)) || hasOrIs(ts, k) || floats(ts, k);
  }

  /**
   * A quantifier floated off the subject belongs to the verb group ("Rubio and Bush both said",
   * "they will all support"); after anything else it is the subject itself (", and both said").
   */
  private boolean floats(TokenSource ts, int k) {
    if (k == 0 || !FLOATING.contains(ts.lower(k))) {
      return false;
    }
    String prev = ts.tag(k - 1);
    return prev.equals("NOUN") || prev.equals("PROPN") || prev.equals("PRON")
        || modifiers.contains(ts.lower(k - 1));
  }

  private static final Set<String> FLOATING = Set.of("both", "all", "each");

  /** "'s" after a pronoun is "is" or "has" ("he's saying"), not a possessive ("Trump's"). */
  private static boolean contracted(TokenSource ts, int k) {
    return k > 0 && ts.lower(k).equals("'s") && ts.tag(k - 1).equals("PRON");
  }

  /**
   * "She's argued", "he's said", "he's saying": "'s" after "he" or "she" is "has" or "is", an
   * auxiliary before any head ("It's said" stays the impersonal passive).
   */
  private static boolean hasOrIs(TokenSource ts, int k) {
    if (k == 0 || !ts.lower(k).equals("'s")) {
      return false;
    }
    String before = ts.lower(k - 1);
    if (!before.equals("he") && !before.equals("she")) {
      return false;
    }
    for (int x = k + 1; x < ts.size() && x <= k + 2; x++) {
      if (BE_PASSIVES.contains(ts.lower(x))) {
        return false; // "he's expected to win": "is expected", someone else expects
      }
    }
    return true;
  }

  /** Participles that after "he's" are a passive ("he's widely expected to"). */
  private static final Set<String> BE_PASSIVES = Set.of("expected", "believed", "thought",
      "considered", "seen", "projected", "known", "supposed", "rumored", "rumoured");

  /**
   * The head has one of the head tags; or, since taggers misread verbs right after a name or
   * pronoun ("Trump tweeted/ADP", "CBS News reports/NOUN"), any tag but a name's there.
   */
  private boolean headOk(TokenSource ts, int i) {
    if (headTags.isEmpty()) {
      return true;
    }
    String tag = ts.tag(i);
    if (headTags.contains(tag)) {
      return true;
    }
    if (i == 0 || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("DET")) {
      return false;
    }
    int after = i + 1;
    while (after < ts.size() && after <= i + 2 && ts.tag(after).equals("ADV")) {
      after++; // "officials acknowledge/NOUN privately that"
    }
    if (after < ts.size() && ts.lower(after).equals("that")) {
      return true; // "Coan, his attorney, argues/NOUN that": a verb before a complementizer
    }
    String prev = ts.tag(i - 1);
    if (prev.equals("PROPN") || prev.equals("PRON") || modifiers.contains(ts.lower(i - 1))) {
      return true;
    }
    // "..., new filings show." and "polls show that": a noun's verb read as a noun, where only
    // punctuation or a complementizer can follow
    return prev.equals("NOUN") && tag.equals("NOUN") && i + 1 < ts.size()
        && (closesClause(ts.lower(i + 1)) || OBJECT_STARTS.contains(ts.tag(i + 1)));
  }

  private static final Set<String> OBJECT_STARTS = Set.of("PROPN", "PRON", "NUM");

  private static boolean closesClause(String next) {
    return next.equals(".") || next.equals("that") || next.equals(":") || next.equals("\"")
        || next.equals("“") || next.equals("'") || next.equals("‘") || next.equals("``");
  }

  private static void addEnds(IntSet out, int i, int mask) {
    for (int len = 1; len <= MAX_ENTRY_WORDS; len++) {
      if ((mask & (1 << len)) != 0) {
        out.add(i + len);
      }
    }
  }

  /** True when token i is the first word of some entry (used to find anchors cheaply). */
  boolean startsEntry(String lowerWord) {
    return byFirst.containsKey(lowerWord);
  }
}
