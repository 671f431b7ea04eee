package org.newsextract.date.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a rule's match can start with, read off the regex fragments it opens with, so that
 * a rule whose optional leading groups are costly to try is tried only at those words. {@link
 * #DIGIT} stands for any number in digits. The reader knows the few constructs the fragments
 * use (groups, alternatives, literal words, {@code \d}, optional groups and letters) and fails
 * on anything else rather than guess.
 */
final class StartWords {
  private StartWords() {}

  /** A start in digits. */
  static final String DIGIT = "#d";

  /** The union of the first words of {@code fragments}, each a regex that can open a match. */
  static Set<String> of(String... fragments) {
    Set<String> out = new HashSet<>();
    for (String f : fragments) {
      first(f, 0, out);
    }
    return Set.copyOf(out);
  }

  /** Adds the first words of the alternatives at {@code at} (up to their group's end). */
  private static void first(String re, int at, Set<String> out) {
    for (int alt : alternativesAt(re, at)) {
      sequence(re, alt, out);
    }
  }

  /**
   * Adds the first words of the sequence at {@code at}; after an optional group, those of the
   * rest too. A sequence that can match nothing fails: any word could then open the match.
   */
  private static void sequence(String re, int at, Set<String> out) {
    if (at >= re.length() || re.charAt(at) == '|' || re.charAt(at) == ')') {
      throw new IllegalArgumentException("a fragment can match nothing at " + at + ": " + re);
    }
    char c = re.charAt(at);
    if (re.startsWith("\\d", at)) {
      out.add(DIGIT);
    } else if (c == '(') {
      int body = groupBody(re, at);
      first(re, body, out);
      int close = closing(re, at);
      if (close + 1 < re.length() && (re.charAt(close + 1) == '?'
          || re.startsWith("{0,", close + 1) || re.charAt(close + 1) == '*')) {
        sequence(re, skipQuantifier(re, close + 1), out); // an optional group: the rest may open
      }
    } else if (isLetter(c)) {
      int end = at;
      while (end < re.length() && isLetter(re.charAt(end))) {
        end++;
      }
      String word = re.substring(at, end).toLowerCase(Locale.ROOT);
      char next = end < re.length() ? re.charAt(end) : ')';
      if (next == '?') {
        out.add(word.substring(0, word.length() - 1)); // "seconds?": "second" too
        out.add(word);
      } else if ((next == ' ' || next == '-' || next == '|' || next == ')'
          || next == '[' && letterFree(re, end) || re.startsWith("\\s", end))
          && !optionalSeparator(re, end)) {
        out.add(word); // a word ends here: a space, a hyphen or the end of an alternative
      } else {
        throw new IllegalArgumentException("a word runs on at " + end + ": " + re);
      }
    } else {
      throw new IllegalArgumentException("unread construct at " + at + ": " + re);
    }
  }

  /** Where the body of the group opening at {@code at} starts. */
  private static int groupBody(String re, int at) {
    if (re.startsWith("(?:", at)) {
      return at + 3;
    }
    if (re.startsWith("(?<", at) && !re.startsWith("(?<=", at) && !re.startsWith("(?<!", at)) {
      return re.indexOf('>', at) + 1;
    }
    throw new IllegalArgumentException("unread group at " + at + ": " + re);
  }

  /** The starts of the top-level alternatives of the sequence at {@code at}. */
  private static int[] alternativesAt(String re, int at) {
    int[] starts = new int[8];
    int n = 0;
    starts[n++] = at;
    int depth = 0;
    for (int i = at; i < re.length(); i = pastLiteral(re, i) + 1) {
      char c = re.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth-- == 0) {
          break;
        }
      } else if (c == '|' && depth == 0) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  /** The index of the parenthesis closing the group opening at {@code open}. */
  private static int closing(String re, int open) {
    int depth = 0;
    for (int i = open; i < re.length(); i = pastLiteral(re, i) + 1) {
      char c = re.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed group at " + open + ": " + re);
  }

  /**
   * The last char of the escape ("\\(") or character class ("[()|]") at {@code i}, whose
   * parentheses and bars are literal; {@code i} itself for any other char.
   */
  private static int pastLiteral(String re, int i) {
    char c = re.charAt(i);
    return c == '\\' ? i + 1 : c == '[' ? re.indexOf(']', i + 1) : i;
  }

  /** Whether the character class at {@code open} holds no letter ("[ -]", not "[ -~]"). */
  private static boolean letterFree(String re, int open) {
    for (int i = open + 1; re.charAt(i) != ']'; i++) {
      if (re.charAt(i) == '\\') {
        char e = re.charAt(++i);
        if (e == 'u' && isLetter((char) Integer.parseInt(re.substring(i + 1, i + 5), 16))
            || "tsdu".indexOf(e) < 0) {
          return false; // "\\w", "\\S", "\\u0041": may be a letter
        }
        i += e == 'u' ? 4 : 0;
      } else if (isLetter(re.charAt(i)) || re.charAt(i) == '^'
          || re.charAt(i) == '-' && i > open + 1 && re.charAt(i + 1) != ']') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the separator at {@code at} may be left out ("mid-?", "mid[ -]?", "\\s*"): the
   * text's word may then run on ("midmorning"), and no word of the text is the start word.
   */
  private static boolean optionalSeparator(String re, int at) {
    int after = re.charAt(at) == '[' ? re.indexOf(']', at) + 1
        : re.startsWith("\\s", at) ? at + 2
        : re.charAt(at) == '-' || re.charAt(at) == ' ' ? at + 1 : -1;
    return after > 0 && after < re.length() && (re.charAt(after) == '?'
        || re.charAt(after) == '*' || re.startsWith("{0,", after));
  }

  private static int skipQuantifier(String re, int at) {
    return re.charAt(at) == '{' ? re.indexOf('}', at) + 1 : at + 1;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
