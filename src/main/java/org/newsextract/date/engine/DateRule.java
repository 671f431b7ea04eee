package org.newsextract.date.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.date.TimexType;

/**
 * One named extraction rule: a bounded pattern over sentence text, an optional context check
 * (run when the pattern matches) and a normaliser (run in text order, with the document's
 * context, once overlaps are settled). Immutable.
 */
final class DateRule {
  /**
   * The TIMEX3 result of normalising a match; a null result drops the match. {@code end}, when
   * not -1, ends the expression earlier than the match (chunk offset): "Three days later" with
   * no date before it is the measure "Three days". {@code event}, when set, is settled once the
   * whole document is read.
   */
  record Timex(TimexType type, String value, int end, PendingEvent event) {
    Timex(TimexType type, String value) {
      this(type, value, -1, null);
    }
  }

  /**
   * An event the expression is counted from, to be dated from the whole document: the event
   * phrase (chunk offsets), its class in event-nouns.txt, and the shift: {@code n} units of
   * {@code unitCode} ({@code n} = -1: a vague number) in direction {@code sign}. With {@code
   * needsDate} the expression is a date, not a measure ("the day after the vote"): undated
   * event, underspecified date.
   */
  record PendingEvent(int start, int end, String eventClass, long n, String unitCode, int sign,
      boolean needsDate) {}

  /** Named groups of one match. */
  static final class Groups {
    private final Map<String, String> groups;
    final String matched;

    Groups(Map<String, String> groups, String matched) {
      this.groups = groups;
      this.matched = matched;
    }

    String get(String name) {
      return groups.get(name);
    }

    boolean has(String name) {
      return groups.get(name) != null;
    }

    /** The group in lower case, or "" when it did not take part. */
    String lower(String name) {
      String g = groups.get(name);
      return g == null ? "" : g.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }
  }

  interface Check {
    boolean accept(Groups g, String sentence, int start, int end);
  }

  interface Normaliser {
    Timex apply(Groups g, DateContext c);
  }

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  final String id;
  /** The full regex, compiled on first use: most texts trigger only some of the rules. */
  private final String regex;
  private volatile Pattern pattern;
  /** When set, the expression is this group of the match; the rest is context. */
  final String spanGroup;
  final Check check;
  final Normaliser normaliser;
  private final List<String> groupNames;
  /** The rule's own regex, before the word boundaries are added. */
  private final String source;
  /** When set, the words (lower case, {@link StartWords#DIGIT}) a match can start with. */
  private final Set<String> startWords;
  /** Bit k: some start word begins with letter 'a' + k (most words are then left at once). */
  private final int firstLetters;

  DateRule(String id, String regex, Check check, Normaliser normaliser) {
    this(id, regex, null, check, normaliser);
  }

  DateRule(String id, String regex, String spanGroup, Check check, Normaliser normaliser) {
    this(id, regex, spanGroup, check, normaliser, null);
  }

  private DateRule(String id, String regex, String spanGroup, Check check,
      Normaliser normaliser, Set<String> startWords) {
    this.id = id;
    this.source = regex;
    this.startWords = startWords;
    int letters = 0;
    for (String w : startWords == null ? Set.<String>of() : startWords) {
      if (!w.isEmpty() && w.charAt(0) >= 'a' && w.charAt(0) <= 'z') {
        letters |= 1 << (w.charAt(0) - 'a');
      }
    }
    this.firstLetters = letters;
    this.spanGroup = spanGroup;
    // word boundaries on both sides; hyphen counts as a boundary
    this.regex = "(?<![\\w$£€#@/])(?:" + regex + ")(?![\\w@]|/\\d)";
    this.check = check;
    this.normaliser = normaliser;
    List<String> names = new ArrayList<>();
    Matcher m = GROUP_NAME.matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    this.groupNames = Collections.unmodifiableList(names);
  }

  /**
   * This rule tried only at the words its regex can start with: for a regex whose optional
   * leading groups cost more to try at every word than a look-up does ("more than", "the
   * past", "12 to").
   */
  DateRule triedAtStartWords() {
    return new DateRule(id, source, spanGroup, check, normaliser, StartWords.of(source));
  }

  /**
   * This rule tried only where a number starts: for a regex whose every match starts with a
   * digit, which find would otherwise try (alternatives, look-behinds) at every word.
   */
  DateRule triedAtDigits() {
    return new DateRule(id, source, spanGroup, check, normaliser, DIGITS_ONLY);
  }

  private static final Set<String> DIGITS_ONLY = Set.of(StartWords.DIGIT);

  /**
   * Finds the next match in {@code m}'s text from {@code from} to {@code to}, as {@link
   * Matcher#find} does; with start words, by {@link Matcher#lookingAt} at those words only
   * (the first that matches is find's leftmost match).
   */
  boolean find(Matcher m, CharSequence s, int from, int to) {
    if (startWords == null) {
      m.region(from, to);
      return m.find();
    }
    for (int at = from; at < to; at++) {
      // the regex starts after a non-word char (see the constructor)
      if (at > 0 && isWordChar(s.charAt(at - 1)) || !startsHere(s, at, to)) {
        continue;
      }
      m.region(at, to);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code at} (ASCII letters, or a digit) is a start word. */
  private boolean startsHere(CharSequence s, int at, int to) {
    char c = s.charAt(at);
    if (c >= '0' && c <= '9') {
      return startWords.contains(StartWords.DIGIT);
    }
    // (a digit-only rule has no first letter: no word starts it)
    if (!isAsciiLetter(c) || (firstLetters & 1 << ((c | 0x20) - 'a')) == 0) {
      return false;
    }
    int end = at;
    while (end < to && isAsciiLetter(s.charAt(end))) {
      end++;
    }
    if (end == at) {
      return false;
    }
    char[] word = new char[end - at];
    for (int k = 0; k < word.length; k++) {
      word[k] = (char) (s.charAt(at + k) | 0x20); // ASCII lower case
    }
    return startWords.contains(new String(word));
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** A char of {@code \w} (ASCII letters, digits and the underscore). */
  private static boolean isWordChar(char c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
  }

  /** The rule's pattern; compiled once (two threads may both compile it: equal patterns). */
  Pattern pattern() {
    Pattern p = pattern;
    if (p == null) {
      p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
      pattern = p;
    }
    return p;
  }

  Groups groups(Matcher m) {
    Map<String, String> map = new HashMap<>();
    for (String n : groupNames) {
      String v = m.group(n);
      if (v != null) {
        map.put(n, v);
      }
    }
    return new Groups(map, m.group());
  }

  @Override
  public String toString() {
    return id;
  }
}
