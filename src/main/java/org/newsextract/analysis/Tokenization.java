package org.newsextract.analysis;

import static org.newsextract.analysis.TextAnalysis.MAX_RUN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Tokens of a sentence: OpenNLP's tokenizer, remembered per word and bounded for long runs, with
 * the fix-ups news needs (initials such as "U.N." whole, a sentence's last period split unless
 * the word is an abbreviation, clitics such as "’s" and "n’t" apart). Offsets are absolute.
 */
final class Tokenization {
  private Tokenization() {}

  // Words that keep their final period ("Inc." ends a token, not a sentence).
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "inc", "corp", "co", "ltd", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "gen", "col",
          "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "prof", "no", "vs", "etc", "jan", "feb",
          "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "mt", "ft");

  /**
   * OpenNLP's token spans of {@code s}, except that a whitespace-free run longer than {@link
   * #MAX_RUN} is one span, never shown to the model (see there why).
   *
   * <p>OpenNLP's maximum entropy tokenizer splits each whitespace-separated word on its own,
   * from that word's chars alone; so the splits of a word are looked up in {@link #SPLITS}, and
   * the model is asked only for words not seen before. The tokens are the same; news repeats
   * "said," and "Trump’s" so often that most words never reach the model. A new word is split
   * by {@link TokenSplits} (the model's decisions without OpenNLP's feature strings) when the
   * model allows it.
   */
  static Span[] tokenSpans(TokenizerME tokenizer, String s) {
    List<Span> spans = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (StringUtil.isWhitespace(s.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < n && !StringUtil.isWhitespace(s.charAt(runEnd))) {
        runEnd++;
      }
      if (runEnd - i > MAX_RUN || runEnd - i < 2 || asciiAlphanumeric(s, i, runEnd)) {
        // too long for the model; one char; or a plain word, which the model's alphanumeric
        // shortcut (on in Models) keeps whole
        spans.add(new Span(i, runEnd));
      } else {
        String word = s.substring(i, runEnd);
        Span[] parts = SPLITS.get(word);
        if (parts == null) {
          TokenSplits splits = Models.tokenSplits();
          parts = splits != null ? splits.spans(word) : tokenizer.tokenizePos(word);
          if (SPLITS.size() < MAX_CACHED_WORDS) {
            SPLITS.putIfAbsent(word, parts);
          }
        }
        for (Span p : parts) {
          spans.add(new Span(i + p.getStart(), i + p.getEnd()));
        }
      }
      i = runEnd;
    }
    return spans.toArray(new Span[0]);
  }

  private static boolean asciiAlphanumeric(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Bounded (a few MB): past this many distinct words new ones are split, not remembered. */
  private static final int MAX_CACHED_WORDS = 50_000;
  /**
   * The model's spans of each word seen, relative to the word, shared by every analysis (the
   * model is fixed; spans are immutable).
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, Span[]> SPLITS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** OpenNLP tokens of {@code text[start, end)}, with offsets made absolute and fixed up. */
  static List<Token> tokenize(TokenizerME tokenizer, String text, int start, int end) {
    String s = text.substring(start, end);
    Span[] spans = initialsWhole(s, tokenSpans(tokenizer, s));
    List<Token> out = new ArrayList<>(spans.length + 4);
    for (int k = 0; k < spans.length; k++) {
      int a = spans[k].getStart();
      int b = spans[k].getEnd();
      // "the Washington Post—even the devil can quote statistics—observed": a dash between
      // words without spaces is a token of its own, so the words around it are words
      int from = a;
      for (int x = a; x < b && b - a > 1; x++) {
        if (innerDash(s, x)) {
          if (x > from) {
            splitToken(s, from, x, false, start, out);
          }
          out.add(new Token(start + x, start + x + 1, s.substring(x, x + 1)));
          from = x + 1;
        }
      }
      if (from < b) {
        splitToken(s, from, b, k == spans.length - 1, start, out);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The model splits some initials from their last period ("A U.N. official" gives "U.N" and
   * "."), which leaves "official" with no words before it; inside a sentence the period is the
   * initials' own, so they become one token again ("U.N.", "D.C."). The sentence's last period
   * stays a token of its own.
   */
  private static Span[] initialsWhole(String s, Span[] spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      Span sp = spans[k];
      boolean merge = k + 2 < spans.length && spans[k + 1].getStart() == sp.getEnd()
          && spans[k + 1].getEnd() == sp.getEnd() + 1 && s.charAt(sp.getEnd()) == '.'
          && initials(s, sp.getStart(), sp.getEnd());
      if (merge && out == null) {
        out = new ArrayList<>(List.of(spans).subList(0, k));
      }
      if (out != null) {
        out.add(merge ? new Span(sp.getStart(), sp.getEnd() + 1) : sp);
      }
      if (merge) {
        k++;
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** Capital letters joined by periods, "U.N", "D.C": at least two letters, no final period. */
  private static boolean initials(String s, int a, int b) {
    if (b - a < 3 || (b - a) % 2 == 0) {
      return false;
    }
    for (int x = a; x < b; x++) {
      char c = s.charAt(x);
      if ((x - a) % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /** An em dash, or an en dash not between digits ("2001–2005" stays one range). */
  private static boolean innerDash(String s, int x) {
    char c = s.charAt(x);
    if (c == '—') {
      return true;
    }
    return c == '–' && !(x > 0 && Character.isDigit(s.charAt(x - 1)) && x + 1 < s.length()
        && Character.isDigit(s.charAt(x + 1)));
  }

  /**
   * The UD model leaves curly clitics ("Belmokhtar’s") and a final period ("attempt.") on the
   * word, and sometimes keeps a quote mark on it; split them off so later rules see words.
   */
  private static void splitToken(String s, int a, int b, boolean last, int base, List<Token> out) {
    // leading quote marks and brackets
    while (b - a > 1 && isSplitPunct(s.charAt(a))) {
      out.add(new Token(base + a, base + a + 1, s.substring(a, a + 1)));
      a++;
    }
    List<Token> tail = new ArrayList<>(2);
    // trailing quote marks, brackets, commas
    while (b - a > 1 && isSplitPunct(s.charAt(b - 1))) {
      tail.add(0, new Token(base + b - 1, base + b, s.substring(b - 1, b)));
      b--;
    }
    // exclamation and question marks
    while (b - a > 1 && (s.charAt(b - 1) == '!' || s.charAt(b - 1) == '?')) {
      tail.add(0, new Token(base + b - 1, base + b, s.substring(b - 1, b)));
      b--;
    }
    // final period of the sentence's last word, unless an abbreviation
    if (b - a > 1 && s.charAt(b - 1) == '.' && (last || !tail.isEmpty())) {
      String w = s.substring(a, b - 1);
      if (!ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT)) && w.indexOf('.') < 0) {
        tail.add(0, new Token(base + b - 1, base + b, "."));
        b--;
      }
    }
    // clitics after a curly or straight apostrophe: ’s ’re ’ve ’ll ’d ’m n’t
    int ap = clitic(s, a, b);
    if (ap > a) {
      out.add(new Token(base + a, base + ap, s.substring(a, ap)));
      a = ap;
    }
    if (b > a) {
      out.add(new Token(base + a, base + b, s.substring(a, b)));
    }
    out.addAll(tail);
  }

  private static boolean isSplitPunct(char c) {
    return c == '"' || c == '“' || c == '”' || c == '‘' || c == '(' || c == ')' || c == '['
        || c == ']' || c == '«' || c == '»' || c == ',';
  }

  private static int clitic(String s, int a, int b) {
    int len = b - a;
    if (len < 3) {
      return -1;
    }
    for (int k = b - 1; k > a && k >= b - 4; k--) {
      char c = s.charAt(k);
      if (c == '’' || c == '\'') {
        String rest = s.substring(k + 1, b).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("t") && k - 1 > a && Character.toLowerCase(s.charAt(k - 1)) == 'n') {
          return k - 1;
        }
        if (rest.equals("s") || rest.equals("re") || rest.equals("ve") || rest.equals("ll")
            || rest.equals("d") || rest.equals("m") || rest.isEmpty()) {
          return k;
        }
        return -1;
      }
    }
    return -1;
  }
}
