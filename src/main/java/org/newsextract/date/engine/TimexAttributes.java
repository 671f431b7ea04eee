package org.newsextract.date.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.analysis.RegexChars;
import org.newsextract.analysis.RegexPrefixes;
import org.newsextract.date.TimexMod;
import org.newsextract.date.TimexType;

/**
 * The TIMEX3 attributes a mention's own words carry besides its value: {@code mod} from a
 * leading qualifier ("about", "more than", "early", "the end of"), and for sets {@code quant}
 * ("every", "each") and {@code freq} ("twice a week" is {@code 2X}). Read from the matched text,
 * so every rule gets them alike.
 */
final class TimexAttributes {
  private TimexAttributes() {}

  /** Qualifier at the head of the expression (after an optional "the"), and its mod. */
  private static final Pattern HEAD = Pattern.compile(
      "^(?:the\\s+)?(?:(?<approx>about|around|approximately|roughly|circa|some(?=\\s+[\\d]"
          + "|\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
          + "|thirty|forty|fifty|sixty|a hundred|hundred|dozen)\\b))"
          + "|(?<less>nearly|almost|less than|fewer than|under|just under|not quite)"
          + "|(?<more>more than|over|just over|upwards of|well over)"
          + "|(?<eqless>at most|up to|no more than)"
          + "|(?<eqmore>at least|no less than|no fewer than)"
          + "|(?<start>early|beginning of|start of)"
          + "|(?<mid>mid|middle of)"
          + "|(?<end>late|end of|close of))(?=[\\s-])");

  /** The named groups of {@link #HEAD} and the mod each stands for. */
  private static final Map<String, TimexMod> HEAD_GROUPS = Map.of(
      "approx", TimexMod.APPROX, "less", TimexMod.LESS_THAN, "more", TimexMod.MORE_THAN,
      "eqless", TimexMod.EQUAL_OR_LESS, "eqmore", TimexMod.EQUAL_OR_MORE,
      "start", TimexMod.START, "mid", TimexMod.MID, "end", TimexMod.END);

  /**
   * The ASCII chars a match of {@link #HEAD} can open with: a match that fails without reading
   * past its first char ({@link Matcher#hitEnd} false) fails whatever follows. Most spans open
   * with none ("Monday", "2012", "last week").
   */
  private static final boolean[] HEAD_FIRST = new boolean[128];

  static {
    Matcher m = HEAD.matcher("");
    for (char c = 0; c < HEAD_FIRST.length; c++) {
      HEAD_FIRST[c] = RegexPrefixes.mayOpenWith(m, String.valueOf(c));
    }
  }

  private static final Pattern OR_SO = Pattern.compile("\\bor\\s+so\\b");

  /** An approximation just before the span, which news annotation leaves outside it. */
  private static final Pattern APPROX_BEFORE = Pattern.compile(
      "\\b(?:about|around|approximately|roughly)\\s+$", Pattern.CASE_INSENSITIVE);

  /**
   * "almost seven years": a qualifier the span leaves outside (as the dev and train gold do)
   * but whose mod the measure keeps.
   */
  private static final Pattern LESS_BEFORE = Pattern.compile(
      "\\balmost\\s+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern TIMES = Pattern.compile(
      "^(?<n>once|twice|thrice|\\S+)\\s+(?:times\\s+)?(?:a|an|per|each)\\s");

  /** The mod of the mention {@code text.substring(start, end)}. */
  static Optional<TimexMod> mod(String text, int start, int end) {
    // about, around, approximately, roughly and almost end in t, d or y, followed by white
    // space up to the span: after any other char neither regex matches
    char last = lastBeforeSpaces(text, Math.max(0, start - 16), start);
    if ((last == 't' || last == 'd' || last == 'y')
        && APPROX_BEFORE.matcher(text).region(Math.max(0, start - 16), start).find()) {
      return Optional.of(TimexMod.APPROX);
    }
    if (last == 't' && LESS_BEFORE.matcher(text).region(Math.max(0, start - 10), start)
        .useTransparentBounds(true).find()) {
      return Optional.of(TimexMod.LESS_THAN);
    }
    String s = normal(text.substring(start, end));
    Matcher m = s.isEmpty() || s.charAt(0) < HEAD_FIRST.length && !HEAD_FIRST[s.charAt(0)]
        ? null : HEAD.matcher(s);
    if (m != null && m.find()) {
      for (Map.Entry<String, TimexMod> g : HEAD_GROUPS.entrySet()) {
        if (m.group(g.getKey()) != null) {
          return Optional.of(g.getValue());
        }
      }
    }
    // each run of \\s is one space in s
    return s.contains("or so") && OR_SO.matcher(s).find()
        ? Optional.of(TimexMod.APPROX) : Optional.empty();
  }

  /**
   * The last char of {@code text[from, to)} before the white space (or line break) it ends
   * with, in ASCII lower case; 0 when there is none.
   */
  private static char lastBeforeSpaces(String text, int from, int to) {
    int k = to - 1;
    while (k >= from
        && (RegexChars.isSpace(text.charAt(k))
            || "\u0085\u2028\u2029".indexOf(text.charAt(k)) >= 0)) {
      k--;
    }
    if (k < from) {
      return 0;
    }
    char c = text.charAt(k);
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  /** "EVERY" or "EACH" for a set introduced by that word. */
  static Optional<String> quant(TimexType type, String text) {
    if (type != TimexType.SET) {
      return Optional.empty();
    }
    String s = normal(text);
    return s.startsWith("every ") ? Optional.of("EVERY")
        : s.startsWith("each ") ? Optional.of("EACH") : Optional.empty();
  }

  /** "2X" for "twice a week", "3X" for "three times a year", "1X" for "once a month". */
  static Optional<String> freq(TimexType type, String text) {
    if (type != TimexType.SET) {
      return Optional.empty();
    }
    Matcher m = TIMES.matcher(normal(text));
    if (!m.find()) {
      return Optional.empty();
    }
    String n = m.group("n");
    long k = n.equals("once") ? 1 : n.equals("twice") ? 2 : n.equals("thrice") ? 3
        : DateRules.count(n);
    return k > 0 ? Optional.of(k + "X") : Optional.empty();
  }

  /** Lower case, each run of {@code \\s} one space, trimmed. */
  private static String normal(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    // most spans have single spaces only: no copy
    while (i < n && !(RegexChars.isSpace(lower.charAt(i))
        && (lower.charAt(i) != ' ' || i + 1 < n && RegexChars.isSpace(lower.charAt(i + 1))))) {
      i++;
    }
    if (i == n) {
      return lower.trim();
    }
    // the char before i is no white space
    StringBuilder b = new StringBuilder(n).append(lower, 0, i);
    boolean inSpace = false;
    for (; i < n; i++) {
      char c = lower.charAt(i);
      if (!RegexChars.isSpace(c)) {
        b.append(c);
      } else if (!inSpace) {
        b.append(' ');
      }
      inSpace = RegexChars.isSpace(c);
    }
    return b.toString().trim();
  }
}
