package org.newsextract.casualty.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.casualty.CountPrecision;
import org.newsextract.number.NumberWords;

/**
 * The regex for a count of people ("27", "at least 12", "between 20 and 30", "dozens", "both")
 * and how to read it. Named groups: mod, lo, hi, num, hi2.
 */
final class CountPhrase {
  private CountPhrase() {}

  static final String NUMBER = "(?:" + NumberWords.CARDINAL + "|" + NumberWords.APPROXIMATE + ")";

  private static final String AT_LEAST =
      "at\\s+least|more\\s+than|over|upwards\\s+of|in\\s+excess\\s+of|no\\s+fewer\\s+than"
          + "|no\\s+less\\s+than|a\\s+minimum\\s+of";
  private static final String AT_MOST =
      "as\\s+many\\s+as|up\\s+to|fewer\\s+than|less\\s+than|at\\s+most|no\\s+more\\s+than"
          + "|a\\s+maximum\\s+of";
  private static final String ABOUT =
      "nearly|almost|about|around|approximately|roughly|some|an\\s+estimated|close\\s+to"
          + "|estimated";
  private static final String ADDED = "another|an\\s+additional|a\\s+further|additional";
  private static final String NEUTRAL = "a\\s+total\\s+of|all|only|just|the|these|those";

  static final String MOD =
      "(?:" + AT_LEAST + "|" + AT_MOST + "|" + ABOUT + "|" + ADDED + "|" + NEUTRAL + ")";

  /** Not a count of people: ages, times, measures, decimals ("27-year-old", "5 p.m."). */
  static final String NUM_END =
      "(?![\\w%]|[-\\s]+" + Lexicon.byFirstLetter("(?:years?|yrs?|months?|weeks?|days?|hours?"
          + "|minutes?|seconds?|inch|inches|foot|feet|pounds?|miles?|percent|per\\s+cent|caliber"
          + "|calibre|mm|am|pm|a\\.m|p\\.m|o'clock|y\\.?o)")
          + "(?![a-z])|:\\d|[.,]\\d|-(?:[a-z]))";

  static final String COUNT = count("");

  /**
   * The words other than numbers a match of {@link #COUNT} may start with: the first word of
   * each modifier, "between", and the article of "a dozen" or "a few". White space or a hyphen
   * follows each in the pattern, so each is a whole word of the text.
   */
  static final Set<String> LEAD_WORDS = leadWords();

  private static Set<String> leadWords() {
    Set<String> out = new HashSet<>(Set.of("between", "a", "an"));
    for (String modifier : MOD.substring("(?:".length(), MOD.length() - 1).split("\\|")) {
      out.add(modifier.split("\\\\s\\+")[0]);
    }
    return Set.copyOf(out);
  }

  /**
   * {@link #COUNT} with its group names suffixed, for patterns that hold two counts ("two men and
   * three women").
   */
  static String count(String suffix) {
    // not the tail of a longer number ("9,223,372,036,854,775,808": "372,036,854,775,808")
    return "(?<![\\w$£€#/.:-])(?<!\\d,)(?:(?<mod" + suffix + ">" + Lexicon.byFirstLetter(MOD)
        + ")\\s+)?(?:between\\s+(?<lo"
        + suffix + ">" + NUMBER + ")\\s+and\\s+(?<hi" + suffix + ">" + NUMBER + ")|(?<num" + suffix
        + ">" + NUMBER + ")(?:\\s*(?:to|or|-|–)\\s*(?<hi2" + suffix + ">" + NUMBER + "))?)"
        + NUM_END;
  }

  private static final Pattern AT_LEAST_WHOLE = Pattern.compile(AT_LEAST);
  private static final Pattern AT_MOST_WHOLE = Pattern.compile(AT_MOST);
  private static final Pattern ABOUT_WHOLE = Pattern.compile(ABOUT);
  private static final Pattern ADDED_WHOLE = Pattern.compile(ADDED);

  /** More people than live on Earth is no count of victims ("5 billion billion people"). */
  static final long MAX_PEOPLE = 10_000_000_000L;

  /** A read count. */
  record Value(long count, long countMax, CountPrecision precision, boolean additive) {}

  /** Reads the groups of a match of {@link #COUNT}; empty when they make no sense. */
  static Optional<Value> read(Matcher m) {
    return read(m, "");
  }

  /** Reads the groups of a match of {@link #count(String)} with this suffix. */
  static Optional<Value> read(Matcher m, String suffix) {
    String lo = m.group("lo" + suffix) != null ? m.group("lo" + suffix) : m.group("num" + suffix);
    String hi = m.group("hi" + suffix) != null ? m.group("hi" + suffix) : m.group("hi2" + suffix);
    if (lo == null) {
      return Optional.empty();
    }
    Optional<NumberWords.Bounds> low = bounds(lo);
    if (low.isEmpty()) {
      return Optional.empty();
    }
    long count = low.get().low();
    long max = low.get().high();
    if (max > MAX_PEOPLE) {
      return Optional.empty();
    }
    CountPrecision precision = low.get().exact() ? CountPrecision.EXACT
        : CountPrecision.APPROXIMATE;
    if (hi != null) {
      Optional<NumberWords.Bounds> high = bounds(hi);
      if (high.isEmpty() || high.get().high() < count || high.get().high() > MAX_PEOPLE) {
        return Optional.empty();
      }
      max = high.get().high();
      precision = CountPrecision.RANGE;
    }
    boolean additive = false;
    String mod = m.group("mod" + suffix);
    if (mod != null) {
      String s = mod.toLowerCase(Locale.ROOT);
      if (AT_LEAST_WHOLE.matcher(s).matches()) {
        precision = precision == CountPrecision.EXACT ? CountPrecision.AT_LEAST : precision;
      } else if (AT_MOST_WHOLE.matcher(s).matches()) {
        precision = precision == CountPrecision.EXACT ? CountPrecision.AT_MOST : precision;
      } else if (ABOUT_WHOLE.matcher(s).matches()) {
        precision = precision == CountPrecision.EXACT ? CountPrecision.APPROXIMATE : precision;
      } else if (ADDED_WHOLE.matcher(s).matches()) {
        additive = true;
      }
    }
    return Optional.of(new Value(count, max, precision, additive));
  }

  static Optional<NumberWords.Bounds> bounds(String phrase) {
    OptionalLong exact = NumberWords.parse(phrase);
    if (exact.isPresent()) {
      return Optional.of(new NumberWords.Bounds(exact.getAsLong(), exact.getAsLong()));
    }
    return NumberWords.approximate(phrase);
  }
}
