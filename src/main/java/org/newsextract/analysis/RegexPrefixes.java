package org.newsextract.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a regex's match can open with, read off the regex by matching a prefix on its own: when
 * that fails without reading past the prefix's end ({@link Matcher#hitEnd} false), more input
 * could not change the result, so no text that goes on from the prefix matches at its start.
 * That holds for a regex that reads no text before its start ({@link #readsBeforeStart}). The
 * layers build tables of this to skip the positions where a regex cannot match.
 */
public final class RegexPrefixes {
  private RegexPrefixes() {}

  /** What lets a regex read text before its start: a lookbehind, a boundary or an anchor. */
  private static final Pattern LOOKS_BACK = Pattern.compile("\\(\\?<[=!]|\\\\[bBAG]|\\^");

  /** Whether {@code regex} may read text before its match's start, so prefixes say nothing. */
  public static boolean readsBeforeStart(String regex) {
    return LOOKS_BACK.matcher(regex).find();
  }

  /** Whether a match of {@code m}'s pattern may start with {@code prefix} (m is reset to it). */
  public static boolean mayOpenWith(Matcher m, String prefix) {
    m.reset(prefix);
    return m.lookingAt() || m.hitEnd();
  }
}
