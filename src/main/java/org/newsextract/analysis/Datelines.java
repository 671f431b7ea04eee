package org.newsextract.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story's first sentence ("MOGADISHU, Somalia (AP) — ", "RIVERTON
 * — "): the place in capitals, maybe a country and an agency, then a dash. It is no part of what
 * anyone said nor of who said it; the attribution and quote layers both step past it.
 */
public final class Datelines {
  private Datelines() {}

  /** Wire services and broadcasters whose datelines name them in parentheses. */
  private static final String AGENCIES = "AP|AFP|Reuters|UPI|CNN|Xinhua|dpa|DPA|Bloomberg|AAP"
      + "|PTI|IANS|ANI|Kyodo|Yonhap|TASS|EFE|ANSA|BBC|CP|Anadolu|Sputnik|Interfax|ABC News"
      + "|NBC News|CBS News|Fox News";

  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{Lu} .’'-]{1,30}(?:, \\p{Lu}[\\p{L}. ]{1,30})?(?: \\([\\p{L}. ]{1,20}\\))?"
          + "\\s+[—–-]{1,2}\\s+"
          // "New York (AFP) – ", "Kabul, Afghanistan (Reuters) - ": a place in mixed case is a
          // dateline only with a news agency's name in parentheses after it
          + "|\\p{Lu}[\\p{L} .’'-]{1,30}(?:, \\p{Lu}[\\p{L}. ]{1,30})? \\((?:" + AGENCIES + ")\\)"
          + "\\s+[—–-]{1,2}\\s+");

  /** How far a dateline can reach from a sentence's start. */
  private static final int REACH = 80;

  private static final Pattern AGENCY_TAG = Pattern.compile("\\((?:" + AGENCIES + ")\\)");

  /**
   * Whether a news agency's tag in parentheses ("(AP)", "(Reuters)") starts at {@code at}: the
   * rest of a dateline ("PARADISE, Calif. (AP) —"), so no sentence starts there.
   */
  public static boolean agencyTagAt(String text, int at) {
    return at < text.length() && text.charAt(at) == '('
        && AGENCY_TAG.matcher(text).region(at, Math.min(text.length(), at + 16)).lookingAt();
  }

  /**
   * Where the words after a dateline opening {@code text[start, end)} begin, or {@code start}
   * when none opens it (or nothing follows it before {@code end}). Looks at most 80 chars on.
   */
  public static int skip(String text, int start, int end) {
    return mayOpen(text, start, end) ? skipByRegex(text, start, end) : start;
  }

  /**
   * Whether a dateline can open {@code text[start, end)}: it starts with a capital and has a
   * dash after white space within reach ("MOGADISHU, Somalia (AP) — "), which most sentences,
   * asked about again and again by the layers, have nowhere near their start.
   */
  private static boolean mayOpen(String text, int start, int end) {
    int to = Math.min(end, start + REACH);
    if (start >= to || !Character.isUpperCase(text.codePointAt(start))) {
      return false; // (every upper-case letter, \p{Lu}, is isUpperCase)
    }
    for (int i = start + 1; i < to; i++) {
      char c = text.charAt(i);
      if ((c == '-' || c == '—' || c == '–') && RegexChars.isSpace(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** {@link #skip} by the regex alone, without the cheap test first. */
  static int skipByRegex(String text, int start, int end) {
    if (end <= start) {
      return start;
    }
    Matcher m = DATELINE.matcher(text);
    m.region(start, Math.min(end, start + REACH));
    return m.lookingAt() && m.end() < end ? m.end() : start;
  }
}
