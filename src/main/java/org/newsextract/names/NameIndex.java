package org.newsextract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsextract.names.Words.W;

/**
 * The capitalised multi-word names of one document ("Mokhtar Belmokhtar", "Sen. Ted Cruz"),
 * indexed by last word, to resolve a short name or pronoun to the fullest earlier mention.
 * Built in one linear pass.
 */
public final class NameIndex {
  /** One name mention: char offsets. */
  public record Name(int start, int end, int words, String last, String first) {}

  private static final int MAX_NAME_WORDS = 5;
  /** Capitalised words read in one run (bounded: a title-case headline is no name). */
  private static final int MAX_RUN_WORDS = 12;

  /** Titles before a name, kept in a name's span but not counted among its words. */
  public static final Set<String> HONORIFICS =
      Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "prof.", "rev.", "mr",
          "mrs", "ms", "dr", "president", "senator", "governor", "secretary", "sheriff", "judge",
          "mayor", "chief", "minister", "officer", "lt.", "col.", "sgt.", "capt.", "adm.", "brig.",
          "maj.", "cpl.", "pvt.", "cmdr.", "fr.");
  /** Offices written before a name besides the honorifics: "Majority Leader Mitch McConnell". */
  private static final Set<String> OFFICE_TITLES = Set.of("leader", "speaker", "chairman",
      "chairwoman", "chair", "director", "commissioner", "general", "ambassador", "justice",
      "spokesman", "spokeswoman", "spokesperson", "administrator", "whip");

  /** Capitalised words that start sentences but do not start names. */
  public static final Set<String> NOT_NAME_STARTS =
      Set.of("the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "as", "if", "when",
          "while", "after", "before", "this", "that", "these", "those", "it", "he", "she",
          "they", "we", "i", "his", "her", "their", "our", "its", "my", "there", "here", "for",
          "with", "from", "by", "to", "of", "what", "who", "why", "how", "where", "not", "no",
          "yes", "since", "because", "although", "though", "then", "now", "yet", "still",
          "also", "however", "meanwhile", "asked", "said", "last", "next", "one", "some",
          "many", "most", "all", "both", "each", "every", "any", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "mr.", "mrs.", "ms.", "dr.",
          // a question or a hedge opening a sentence: "Is Sanders ...", "Maybe Trump ..."
          "maybe", "perhaps", "is", "was", "are", "were", "has", "had", "have", "do", "does",
          "did", "would", "could", "should", "can", "even", "only", "just", "unlike", "about",
          "during", "under", "until", "unless", "whether", "which", "whose", "thanks");

  private final List<Name> names; // in text order
  private final Map<String, List<Name>> byLast;
  private final Map<String, List<Name>> bestUpTo; // per last word: fullest among the first i+1
  private final Map<String, Name> byFirst; // per first word: the one full name it opens, or none

  private NameIndex(List<Name> names) {
    this.names = names;
    this.byLast = new HashMap<>();
    for (Name n : names) {
      byLast.computeIfAbsent(n.last(), x -> new ArrayList<>()).add(n);
    }
    this.bestUpTo = new HashMap<>();
    byLast.forEach((last, list) -> {
      List<Name> best = new ArrayList<>(list.size());
      Name b = null;
      for (Name n : list) {
        if (b == null || n.words() > b.words()) {
          b = n;
        }
        best.add(b);
      }
      bestUpTo.put(last, best);
    });
    Map<String, Name> first = new HashMap<>();
    Map<String, String> lastOf = new HashMap<>();
    for (Name n : names) {
      if (n.words() != 2) {
        continue; // only a plain "first last" says which word is the first name: not
                  // "PolitiFact Executive Director Aaron Sharockman"
      }
      String before = lastOf.putIfAbsent(n.first(), n.last());
      if (before == null) {
        first.put(n.first(), n);
      } else if (!before.equals(n.last())) {
        first.put(n.first(), null); // two people share the first name: it names neither
      }
    }
    first.values().removeIf(java.util.Objects::isNull);
    this.byFirst = Map.copyOf(first);
  }

  /**
   * The full name {@code firstWord} opens when exactly one person of the text has that first
   * name ("Hillary" in a text naming Hillary Clinton and no other Hillary), or null.
   */
  public Name byFirstName(String firstWord) {
    return byFirst.get(key(firstWord));
  }

  private static final Object MEMO_KEY = new Object();

  /** The index of an analysed text, built once per analysis and shared by the layers. */
  public static NameIndex of(org.newsextract.analysis.TextAnalysis analysis) {
    return analysis.memo(MEMO_KEY, () -> of(analysis.text()));
  }

  public static NameIndex of(String text) {
    int[] spans = Words.spans(text, 0, text.length(), text.length());
    Words.Lazy t = new Words.Lazy(text, spans);
    // whether each word is a name word, found once: a run and its particles ask again (a word
    // with no capital and no particle's hyphen is none, told without its string)
    boolean[] nameWord = new boolean[t.size()];
    for (int i = 0; i < nameWord.length; i++) {
      int s = spans[2 * i];
      int e = spans[2 * i + 1];
      nameWord[i] = (Character.isUpperCase(text.charAt(s)) || particleHyphen(text, s, e))
          && isNameWord(t.get(i));
    }
    List<Name> out = new ArrayList<>();
    int k = 0;
    while (k < t.size()) {
      if (!nameWord[k] || NOT_NAME_STARTS.contains(t.lower(k))) {
        k++;
        continue;
      }
      int s = k;
      int e = k;
      while (e < t.size() && (nameWord[e] || innerParticle(t, nameWord, e))
          && e - s < MAX_RUN_WORDS
          && (e == s || adjacent(text, t.get(e - 1), t.get(e)))) {
        e++;
      }
      // drop a leading honorific from the words counted, keep it in the span; start after a
      // possessive ("North Carolina’s Ada Fisher")
      int first = s;
      for (int j = s; j < e - 1; j++) {
        String w = t.get(j).text();
        if (w.endsWith("’s") || w.endsWith("'s")) {
          first = j + 1;
        }
      }
      // "Former New York Gov. George Pataki", "Senate Majority Leader Mitch McConnell": a run too
      // long for a name, or with an office in it, holds the name after its last title
      if (e - first > MAX_NAME_WORDS || !personLike(t, first, e)) {
        for (int j = e - 3; j >= first; j--) {
          if (HONORIFICS.contains(t.lower(j)) || OFFICE_TITLES.contains(t.lower(j))) {
            first = j + 1;
            break;
          }
        }
      }
      first = Math.max(first, e - MAX_NAME_WORDS);
      while (first < e - 1 && HONORIFICS.contains(t.lower(first))) {
        first++;
      }
      if (e - first >= 2 && personLike(t, first, e) && !place(t, first, e)) {
        W last = t.get(e - 1);
        int end = last.end();
        String lw = last.text();
        if (lw.endsWith("’s") || lw.endsWith("'s")) {
          end -= 2; // "Mokhtar Belmokhtar’s group": the name without the possessive
        }
        out.add(new Name(t.get(first).start(), end, e - first, key(lw),
            t.lower(first)));
      }
      k = e;
    }
    return new NameIndex(out);
  }

  /** A hyphen after the two or three letters of a {@link #PARTICLE_NAME}'s article. */
  private static boolean particleHyphen(String text, int s, int e) {
    return s + 3 < e && (text.charAt(s + 2) == '-' || text.charAt(s + 3) == '-');
  }

  /** Words that make a capitalised sequence an organisation or place, not a person. */
  private static final java.util.Set<String> NOT_PERSON_WORDS = java.util.Set.of(
      "house", "states", "state", "department", "party", "committee", "university", "news",
      "post", "times", "journal", "america", "council", "union", "court", "congress", "senate",
      "city", "county", "street", "center", "centre", "institute", "foundation", "association",
      "agency", "company", "group", "bank", "police", "office", "ministry", "campaign", "church",
      "school", "college", "hospital", "airport", "river", "mountain", "island", "republic",
      "kingdom", "nations", "network", "press", "tv", "radio", "magazine", "day", "week",
      "history", "act", "bill", "war", "fund", "inc.", "corp.", "co.", "llc", "board",
      "commission", "administration", "service", "forces", "army", "navy", "guard", "review",
      "caucus", "convention", "show", "channel", "media", "square", "avenue", "road");

  private static boolean personLike(Words.Lazy t, int s, int e) {
    for (int k = s; k < e; k++) {
      String w = t.lower(k);
      // ("Bill" opening a name is the first name: "Bill Clinton", not "the Farm Bill")
      if (NOT_PERSON_WORDS.contains(w) && !(k == s && w.equals("bill") && e - s >= 2)
          || w.indexOf('-') > 0 && w.endsWith(".")
          || Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Places named with two or more capitalised words: "South Carolina", "Los Angeles". */
  private static final java.util.Set<String> PLACES =
      org.newsextract.analysis.Resources.lowerCaseSet(NameIndex.class, "places.txt");

  /** Whether the words {@code [s, e)} name a place ("South Carolina’s": its possessive too). */
  private static boolean place(Words.Lazy t, int s, int e) {
    StringBuilder b = new StringBuilder();
    for (int k = s; k < e; k++) {
      String w = t.lower(k);
      if (k == e - 1 && (w.endsWith("’s") || w.endsWith("'s"))) {
        w = w.substring(0, w.length() - 2);
      }
      b.append(k > s ? " " : "").append(w);
    }
    return PLACES.contains(b.toString());
  }

  private static boolean adjacent(String text, W a, W b) {
    for (int i = a.end(); i < b.start(); i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return b.start() - a.end() <= 1;
  }

  private static boolean isNameWord(W w) {
    String s = w.text();
    if (w.isWord() && particleName(s)) {
      return true; // "al-Assad", "el-Sisi": a surname with its article
    }
    return w.isWord() && Character.isUpperCase(s.charAt(0))
        && (s.length() == 1 || !allCaps(s) || s.endsWith("."))
        && !descriptiveCompound(s);
  }

  /** {@link #PARTICLE_NAME}, whose every match has a hyphen: most words have none. */
  private static boolean particleName(String word) {
    return word.indexOf('-') > 0 && PARTICLE_NAME.matcher(word).matches();
  }

  /**
   * The word is its own upper case: an ASCII word without a lower-case letter, checked without
   * a copy (the others, rare, as before by their upper case).
   */
  private static boolean allCaps(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return s.equals(s.toUpperCase(java.util.Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  /** An Arabic article or kinship word joined to a capitalised surname: "al-Assad". */
  private static final java.util.regex.Pattern PARTICLE_NAME = java.util.regex.Pattern.compile(
      "(?:al|el|ad|as|ash|at|az|ar|an|ibn|bin|abu)-\\p{Lu}[\\p{L}’'-]*");

  /** Lower-case words inside a name, between two of its capitalised words. */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("bin", "ibn", "bint",
      "al", "el", "abu", "de", "van", "von", "der", "den", "da", "di", "du", "del", "della",
      "dos", "das", "ter");

  /** A lower-case word that is part of a name: "bin" in "Osama bin Laden", "de", "van". */
  public static boolean particle(String word) {
    return PARTICLES.contains(word);
  }

  /** "Osama bin Laden", "Charles de Gaulle", "Abu Bakr al Baghdadi": a particle inside a name. */
  private static boolean innerParticle(Words.Lazy t, boolean[] nameWord, int k) {
    if (k == 0 || k + 1 >= t.size() || !PARTICLES.contains(t.get(k).text())
        || !nameWord[k - 1] || !nameWord[k + 1]) {
      return false;
    }
    // a European particle after a first name only: "Charles de Gaulle", not "Hijos de Trump"
    return ARABIC_PARTICLES.contains(t.get(k).text()) || FirstNames.any(t.lower(k - 1));
  }

  private static final java.util.Set<String> ARABIC_PARTICLES = java.util.Set.of("bin", "ibn",
      "bint", "al", "el", "abu");

  /** "Oscar-winner", "Pulitzer-winning": a capitalised word that describes, naming no one. */
  public static boolean descriptiveCompound(String word) {
    return word.indexOf('-') >= 0 && DESCRIPTIVE_COMPOUND.matcher(word).find();
  }

  /** A capitalised word joined by a hyphen to a lower-case one describes; it names no one. */
  private static final java.util.regex.Pattern DESCRIPTIVE_COMPOUND =
      java.util.regex.Pattern.compile("-\\p{Ll}{3}");

  public static String key(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.endsWith("’s") || w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (particleName(word)) {
      w = w.substring(w.indexOf('-') + 1); // "al-Assad" is found by "Assad"
    }
    return w;
  }

  /** Every mention of a name ending in {@code lastWord}, in text order (empty if none). */
  public List<Name> withLast(String lastWord) {
    List<Name> list = byLast.get(key(lastWord));
    return list == null ? List.of() : java.util.Collections.unmodifiableList(list);
  }

  /** The fullest (most words, then earliest) name ending in {@code lastWord} before offset. */
  public Name fullest(String lastWord, int before) {
    List<Name> list = byLast.get(key(lastWord));
    if (list == null) {
      return null;
    }
    // binary search for the last mention starting before the offset, then its running best
    int lo = 0;
    int hi = list.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).start() < before) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? null : bestUpTo.get(key(lastWord)).get(found);
  }

  /**
   * The fullest name of two or more words before {@code before} whose last word is a one-slip
   * misspelling of {@code lastWord} ("Keidis" for "Kiedis": two letters swapped, or one letter
   * changed, added or dropped; same first letter, five letters or more), when exactly one last
   * word of the text is; else null.
   */
  public Name misspelt(String lastWord, int before) {
    String k = key(lastWord);
    if (k.length() < MIN_MISSPELT) {
      return null;
    }
    Name exact = fullest(k, before);
    if (exact != null && exact.words() > 1) {
      return null;
    }
    // the last words one slip away share a one-letter deletion with it, or are one: found in
    // the deletion index in time linear in the word, not by a pass over every last word
    Map<String, List<String>> index = byDeletion();
    Set<String> candidates = new java.util.HashSet<>();
    candidates.addAll(index.getOrDefault(k, List.of()));
    for (int i = 0; i < k.length(); i++) {
      candidates.addAll(index.getOrDefault(deletion(k, i), List.of()));
    }
    Name found = null;
    for (String other : candidates) {
      if (other.equals(k) || other.charAt(0) != k.charAt(0) || !oneSlip(k, other)) {
        continue;
      }
      Name n = fullest(other, before);
      if (n == null || n.words() < 2) {
        continue;
      }
      if (found != null) {
        return null; // two names it may stand for
      }
      found = n;
    }
    return found;
  }

  /** A misspelt last word has five letters or more; the words it may stand for four or more. */
  private static final int MIN_MISSPELT = 5;

  /** Each last word of four letters or more under itself and each of its one-letter deletions. */
  private volatile Map<String, List<String>> byDeletion;

  private Map<String, List<String>> byDeletion() {
    Map<String, List<String>> index = byDeletion;
    if (index == null) {
      index = new HashMap<>();
      for (String w : byLast.keySet()) {
        if (w.length() < MIN_MISSPELT - 1) {
          continue;
        }
        index.computeIfAbsent(w, x -> new ArrayList<>(1)).add(w);
        for (int i = 0; i < w.length(); i++) {
          index.computeIfAbsent(deletion(w, i), x -> new ArrayList<>(1)).add(w);
        }
      }
      byDeletion = index; // built once per text; a second build by another thread is the same
    }
    return index;
  }

  private static String deletion(String w, int i) {
    return w.substring(0, i) + w.substring(i + 1);
  }

  /**
   * One letter changed, added or dropped, or two neighbouring letters swapped (the optimal
   * string alignment distance is 1). Linear; written out rather than taken from Commons Text,
   * which is an optional dependency of the command-line tool only, so library users need none.
   */
  static boolean oneSlip(String a, String b) {
    if (a.length() < b.length()) {
      String t = a;
      a = b;
      b = t;
    }
    int i = 0;
    while (i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      if (i == a.length()) {
        return false; // the same word
      }
      // one letter changed, or this one and the next swapped
      return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)
          || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }
    // one letter added: the rest of the longer word after it is the rest of the shorter one
    return a.length() == b.length() + 1 && a.regionMatches(i + 1, b, i, b.length() - i);
  }

  /** Up to {@code max} names starting in {@code [from, to)}, in text order. */
  public List<Name> namesIn(int from, int to, int max) {
    int lo = 0;
    int hi = names.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Name> out = new ArrayList<>();
    for (int k = lo; k < names.size() && names.get(k).start() < to && out.size() < max; k++) {
      out.add(names.get(k));
    }
    return out;
  }

  /** The last name that ends at or before {@code offset} and starts at or after {@code floor}. */
  public Name lastBefore(int offset, int floor) {
    int lo = 0;
    int hi = names.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).end() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || names.get(found).start() < floor) {
      return null;
    }
    return names.get(found);
  }
}
