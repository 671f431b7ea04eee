package org.newsextract.date.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsextract.analysis.RegexAlternations;
import org.newsextract.analysis.Resources;

/**
 * A normalisation table loaded from a plain-text resource of this package: one entry a line,
 * {@code surface<TAB>value}, {@code #} starts a comment. Keys are lower case. Immutable.
 */
final class Lexicon {
  private final Map<String, String> entries;

  private Lexicon(Map<String, String> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  static Lexicon load(String resource) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : Resources.lines(Lexicon.class, resource)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException(resource + ": no tab in line: " + line);
      }
      map.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT),
          line.substring(tab + 1).strip());
    }
    return new Lexicon(map);
  }

  /**
   * The value for {@code surface} (case, a final period and which space char stands between two
   * words ignored: {@link #alternation} matches "United\nStates" in wrapped text), or null.
   */
  String get(String surface) {
    if (surface == null) {
      return null;
    }
    String k = oneSpaceChar(surface.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    String v = entries.get(k);
    if (v == null && k.endsWith(".")) {
      v = entries.get(k.substring(0, k.length() - 1));
    }
    return v;
  }

  /** {@code s} with each char of regex {@code \s} a space (a copy only when one is not). */
  private static String oneSpaceChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
        return s.replaceAll("\\s", " ");
      }
    }
    return s;
  }

  int getInt(String surface) {
    String v = get(surface);
    return v == null ? -1 : Integer.parseInt(v);
  }

  Map<String, String> entries() {
    return entries;
  }

  /**
   * The keys as a regex alternation, longest first, spaces matching any one space; factored by
   * first letter ("j(?:anuary|une|uly)") when every key opens with a lower-case ASCII letter or
   * digit: the regex engine then rejects a position after one comparison per first char instead
   * of one per key. The same regex: the keys are tried in the same order, less those of other
   * first chars, which cannot match there.
   */
  String alternation() {
    List<String> keys = new ArrayList<>(entries.keySet());
    keys.sort((a, b) -> b.length() - a.length());
    for (String k : keys) {
      char first = k.isEmpty() ? 0 : k.charAt(0);
      if (!(first >= 'a' && first <= 'z' || first >= '0' && first <= '9')) {
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < keys.size(); i++) {
          sb.append(i > 0 ? "|" : "").append(quote(keys.get(i)));
        }
        return sb.append(')').toString();
      }
    }
    return RegexAlternations.byFirstChar(keys, first -> first,
        rest -> rest.isEmpty() ? "" : quote(rest));
  }

  /** {@code s} as a regex of its literal chars, a space matching any one, an apostrophe either. */
  private static String quote(String s) {
    return Pattern.quote(s).replace(" ", "\\E\\s\\Q").replace("'", "\\E['\u2019]\\Q");
  }
}
