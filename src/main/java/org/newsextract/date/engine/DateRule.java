package org.newsextract.date.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final String source;

  DateRule(String id, String regex, Check check, Normaliser normaliser) {
    this(id, regex, null, check, normaliser);
  }

  DateRule(String id, String regex, String spanGroup, Check check, Normaliser normaliser) {
    this.id = id;
    this.source = regex;
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

  /** The rule's own regex, before the word boundaries are added. */
  String source() {
    return source;
  }

  /** The rule's pattern; compiled once (two threads may both compile it: equal patterns). */
  Pattern pattern() {
    Pattern p = pattern;
    if (p == null) {
      // StartWords reads the regex for these flags: ASCII letters match either case, no other
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
