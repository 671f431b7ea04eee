package org.newsextract.date.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A regex read into the few node kinds {@link StartWords} needs to tell how a match can begin:
 * one char out of a set, sequences, alternatives, repeats and zero-width assertions. It knows
 * the syntax the date rules use and fails (IllegalArgumentException) on anything else, so that
 * what it reads is never a guess.
 */
final class RegexTree {
  sealed interface Node permits Chars, Seq, Alt, Repeat, ZeroWidth {}

  /** One char out of {@code set}; a null set: any char (".", "\\w", a negated class...). */
  record Chars(BitSet set) implements Node {}

  record Seq(List<Node> items) implements Node {}

  record Alt(List<Node> alternatives) implements Node {}

  /** {@code node} from {@code min} to {@code max} times ({@link #MANY}: no bound). */
  record Repeat(Node node, int min, int max) implements Node {}

  /** A look-around, a word boundary or an anchor: it consumes nothing. */
  record ZeroWidth() implements Node {}

  static final int MANY = Integer.MAX_VALUE;

  /** {@code \s} without UNICODE_CHARACTER_CLASS. */
  private static final String SPACES = " \t\n\u000b\f\r";

  private final String re;
  private int at;

  private RegexTree(String re) {
    this.re = re;
  }

  static Node parse(String re) {
    RegexTree t = new RegexTree(re);
    Node n = t.alternation();
    if (t.at != re.length()) {
      throw t.fail("unbalanced ')'");
    }
    return n;
  }

  private Node alternation() {
    List<Node> alts = new ArrayList<>();
    alts.add(sequence());
    while (more() && peek() == '|') {
      at++;
      alts.add(sequence());
    }
    return alts.size() == 1 ? alts.get(0) : new Alt(alts);
  }

  private Node sequence() {
    List<Node> items = new ArrayList<>();
    while (more() && peek() != '|' && peek() != ')') {
      if (re.startsWith("\\Q", at)) {
        int end = re.indexOf("\\E", at);
        if (end < 0) {
          throw fail("unclosed \\Q");
        }
        String quoted = re.substring(at + 2, end);
        at = end + 2;
        for (int k = 0; k < quoted.length(); k++) {
          Node c = one(quoted.charAt(k));
          // as in Pattern, a quantifier after \E applies to the last quoted char
          items.add(k == quoted.length() - 1 ? quantified(c) : c);
        }
      } else {
        items.add(quantified(atom()));
      }
    }
    return new Seq(items);
  }

  private Node atom() {
    char c = re.charAt(at++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return new Chars(characterClass());
      case '.':
        return new Chars(null);
      case '^':
      case '$':
        return new ZeroWidth();
      case '\\':
        return escape();
      case '*':
      case '+':
      case '?':
      case '{':
        throw fail("a quantifier with nothing to repeat");
      default:
        return one(c);
    }
  }

  /** The group whose "(" was just read. */
  private Node group() {
    boolean zeroWidth = false;
    if (re.startsWith("?=", at) || re.startsWith("?!", at)) {
      zeroWidth = true;
      at += 2;
    } else if (re.startsWith("?<=", at) || re.startsWith("?<!", at)) {
      zeroWidth = true;
      at += 3;
    } else if (re.startsWith("?<", at)) {
      at = re.indexOf('>', at) + 1; // a named group
    } else if (re.startsWith("?:", at) || re.startsWith("?i:", at) || re.startsWith("?-i:", at)) {
      at = re.indexOf(':', at) + 1; // other flags would change what the regex reads
    } else if (re.startsWith("?", at)) {
      throw fail("unread group");
    }
    Node body = alternation();
    if (!more() || peek() != ')') {
      throw fail("unclosed group");
    }
    at++;
    return zeroWidth ? new ZeroWidth() : body;
  }

  private Node escape() {
    char e = re.charAt(at++);
    switch (e) {
      case 'b':
      case 'B':
        return new ZeroWidth();
      case 'd':
      case 's':
      case 'w':
      case 'S':
      case 'W':
      case 'D':
        return new Chars(escapedClass(e));
      default:
        return one(escapedChar(e));
    }
  }

  /** The chars of "\d", "\s"; null for those that hold letters ("\w", "\S", "\W", "\D"). */
  private static BitSet escapedClass(char e) {
    BitSet set = new BitSet();
    if (e == 'd') {
      set.set('0', '9' + 1);
    } else if (e == 's') {
      SPACES.chars().forEach(set::set);
    } else {
      return null;
    }
    return set;
  }

  /** The char the escape "\" + {@code e} stands for (its rest, if any, is read too). */
  private char escapedChar(char e) {
    switch (e) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'u':
        at += 4;
        return (char) Integer.parseInt(re.substring(at - 4, at), 16);
      default:
        if (Character.isLetterOrDigit(e)) {
          throw fail("unread escape \\" + e);
        }
        return e; // "\.", "\(", "\-": the char itself
    }
  }

  /** The class whose "[" was just read; null when it is negated or holds "\w". */
  private BitSet characterClass() {
    boolean negated = more() && peek() == '^';
    if (negated) {
      at++;
    }
    BitSet set = new BitSet();
    boolean any = false;
    for (boolean first = true; ; first = false) {
      if (!more()) {
        throw fail("unclosed class");
      }
      char c = re.charAt(at++);
      if (c == ']') {
        if (first) {
          throw fail("a class opening with ']'");
        }
        return negated || any ? null : set;
      }
      if (c == '[' || c == '&' && more() && peek() == '&') {
        throw fail("a class in a class");
      }
      if (c == '\\' && "dswSWD".indexOf(peek()) >= 0) {
        BitSet named = escapedClass(re.charAt(at++));
        any |= named == null;
        if (named != null) {
          set.or(named);
        }
        continue;
      }
      char lo = c == '\\' ? escapedChar(re.charAt(at++)) : c;
      if (more() && peek() == '-' && at + 1 < re.length() && re.charAt(at + 1) != ']') {
        at++;
        char h = re.charAt(at++);
        char hi = h == '\\' ? escapedChar(re.charAt(at++)) : h;
        set.set(lo, hi + 1);
      } else {
        set.set(lo);
      }
    }
  }

  /** {@code atom} with the quantifier after it, if any ("?", "*", "+", "{n,m}", lazy or not). */
  private Node quantified(Node atom) {
    if (!more()) {
      return atom;
    }
    int min;
    int max;
    char q = peek();
    if (q == '?' || q == '*' || q == '+') {
      at++;
      min = q == '+' ? 1 : 0;
      max = q == '?' ? 1 : MANY;
    } else if (q == '{') {
      int close = re.indexOf('}', at);
      String[] bounds = re.substring(at + 1, close).split(",", -1);
      min = Integer.parseInt(bounds[0]);
      max = bounds.length == 1 ? min : bounds[1].isEmpty() ? MANY : Integer.parseInt(bounds[1]);
      at = close + 1;
    } else {
      return atom;
    }
    if (more() && (peek() == '?' || peek() == '+')) {
      at++; // a lazy or possessive quantifier matches no string the greedy one could not
    }
    return new Repeat(atom, min, max);
  }

  private static Node one(char c) {
    BitSet set = new BitSet();
    set.set(c);
    return new Chars(set);
  }

  private boolean more() {
    return at < re.length();
  }

  private char peek() {
    return re.charAt(at);
  }

  private IllegalArgumentException fail(String why) {
    return new IllegalArgumentException(why + " at " + at + ": " + re);
  }
}
