package org.newsextract.names;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsextract.analysis.RegexChars;

/**
 * A light tokenizer for the windows around quotes and for name mentions: words (with inner
 * apostrophes, hyphens and the periods of abbreviations and initials) and single punctuation
 * chars. Much cheaper than the statistical tokenizer, and enough to find cues and speaker phrases.
 */
public final class Words {
  /**
   * Regex of a possessive's end, right after its word: "'s", "’s", or the apostrophe alone
   * after an s ("Contreras' girlfriend", "the Joneses’ lawyer").
   */
  public static final String POSSESSIVE_END = "(?:['’]s|(?<=s)['’])";

  /** One token: char offsets into the text. */
  public record W(int start, int end, String text) {
    public boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean is(String s) {
      return text.equalsIgnoreCase(s);
    }

    public String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    public boolean capitalized() {
      return Character.isUpperCase(text.charAt(0));
    }

    public boolean sentenceEnd() {
      return text.equals(".") || text.equals("!") || text.equals("?");
    }
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "lt", "col",
          "sgt", "capt", "adm", "prof", "rev", "inc", "corp", "co", "ltd", "vs", "ft", "mt",
          "no", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "d.c",
          "u.k", "e.u", "a.m", "p.m");
  /** The longest abbreviation: a longer word is none (lower case makes no word shorter). */
  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /** The abbreviations as {@link #packed} keys, sorted. */
  private static final long[] PACKED_ABBREVIATIONS = packedAbbreviations();

  private static long[] packedAbbreviations() {
    if (LONGEST_ABBREVIATION > MAX_PACKED) {
      // (a longer one would overflow its key and could collide with a word's)
      throw new IllegalStateException("an abbreviation longer than " + MAX_PACKED + " chars");
    }
    return ABBREVIATIONS.stream().mapToLong(a -> packed(a, 0, a.length())).sorted().toArray();
  }

  private Words() {}

  /**
   * Whether text[i, j), at most {@link #LONGEST_ABBREVIATION} chars, is an abbreviation in any
   * case: an ASCII word is compared without a lower-case copy (most words before a period are
   * short, and each asked for one), the others by their lower case.
   */
  private static boolean abbreviation(String text, int i, int j) {
    for (int k = i; k < j; k++) {
      if (text.charAt(k) > 0x7f) {
        return ABBREVIATIONS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
      }
    }
    return Arrays.binarySearch(PACKED_ABBREVIATIONS, packed(text, i, j)) >= 0;
  }

  /** Most chars a {@link #packed} key holds. */
  private static final int MAX_PACKED = 8;

  /**
   * ASCII s[i, j) (at most {@link #MAX_PACKED} chars) in lower case, seven bits a char, after
   * its length.
   */
  private static long packed(String s, int i, int j) {
    long key = j - i;
    for (int k = i; k < j; k++) {
      char c = s.charAt(k);
      key = key << 7 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return key;
  }

  /** After a period: a closing bracket, a comma or a lower-case word, so no sentence ends. */
  private static boolean midSentence(String text, int k, int to) {
    if (k >= to) {
      return false;
    }
    char c = text.charAt(k);
    if (c == ')' || c == ',') {
      return true;
    }
    return c == ' ' && k + 1 < to && Character.isLowerCase(text.charAt(k + 1));
  }

  public static List<W> of(String text, int from, int to) {
    return of(text, from, to, to);
  }

  /**
   * The tokens of text[from, to) that start before {@code until}: the same as the first of
   * {@link #of(String, int, int)}'s, without tokenizing the rest of a long span.
   */
  public static List<W> of(String text, int from, int to, int until) {
    int[] spans = spans(text, from, to, until);
    List<W> out = new ArrayList<>(spans.length / 2);
    for (int k = 0; k < spans.length; k += 2) {
      out.add(new W(spans[k], spans[k + 1], text.substring(spans[k], spans[k + 1])));
    }
    return out;
  }

  /**
   * The tokens of {@link #of(String, int, int, int)} as char offsets only, start and end of
   * each in turn: for a reader that needs the text of a few of them.
   */
  static int[] spans(String text, int from, int to, int until) {
    int[] out = new int[16];
    int n = 0;
    int i = from;
    while (i < to && i < until) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      if (Character.isLetterOrDigit(c)) {
        j = wordEnd(text, i, to);
      }
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = i;
      out[n++] = j;
      i = j;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The words of {@link #spans}, each made on first use, its lower case too: a reader of a
   * whole text (the name index) needs the strings of few of them.
   */
  static final class Lazy extends AbstractList<W> {
    private final String text;
    private final int[] spans;
    private final W[] made;
    private final String[] lower;

    Lazy(String text, int[] spans) {
      this.text = text;
      this.spans = spans;
      this.made = new W[spans.length / 2];
      this.lower = new String[made.length];
    }

    @Override
    public W get(int k) {
      if (made[k] == null) {
        made[k] = new W(spans[2 * k], spans[2 * k + 1],
            text.substring(spans[2 * k], spans[2 * k + 1]));
      }
      return made[k];
    }

    /** {@code get(k).lower()}, made once. */
    String lower(int k) {
      if (lower[k] == null) {
        lower[k] = get(k).lower();
      }
      return lower[k];
    }

    @Override
    public int size() {
      return made.length;
    }
  }

  /**
   * What {@code Pattern.compile("\\s+").split(s)} gives, without the regex: the parts between
   * runs of white space, a leading "" when {@code s} opens with one, none trailing. Names and
   * phrases are split so per source phrase, most of them one or two words.
   */
  public static String[] splitOnSpaces(String s) {
    List<String> parts = null;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (RegexChars.isSpace(s.charAt(i))) {
        int j = i + 1;
        while (j < s.length() && RegexChars.isSpace(s.charAt(j))) {
          j++;
        }
        if (parts == null) {
          parts = new ArrayList<>(4);
        }
        parts.add(s.substring(from, i));
        from = j;
        i = j - 1;
      }
    }
    if (parts == null) {
      return new String[] {s};
    }
    parts.add(s.substring(from));
    int n = parts.size();
    while (n > 0 && parts.get(n - 1).isEmpty()) {
      n--;
    }
    return parts.subList(0, n).toArray(new String[0]);
  }

  /** The end of the word starting with the letter or digit at {@code i}. */
  private static int wordEnd(String text, int i, int to) {
    char c = text.charAt(i);
    int j = i + 1;
    boolean dotted = false; // a period inside the word: "U.S"
    while (j < to) {
      char d = text.charAt(j);
      if (Character.isLetterOrDigit(d)) {
        j++;
      } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '&')
          && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
        dotted |= d == '.';
        j += 2;
      } else {
        break;
      }
    }
    if (j < to && text.charAt(j) == '.') {
      boolean initial = j - i == 1 && Character.isUpperCase(c);
      // a word longer than every abbreviation (most words ending a sentence) is none, told
      // without a lower-case copy
      if (initial || dotted || j - i <= LONGEST_ABBREVIATION && abbreviation(text, i, j)
          || midSentence(text, j + 1, to)) {
        j++;
      }
    }
    return j;
  }
}
