package org.newsextract.number;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Numbers as news writes them, shared by the date and casualty layers: digits ("27", "1,200",
 * "1.2 million"), words ("four", "Thirty-nine", "one hundred and five", "a dozen", "two dozen")
 * and ordinals ("third", "11th"). Case does not matter. Thread-safe; all methods are static.
 */
public final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
          Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
          Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));

  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion",
          1_000_000_000L);

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
          Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
          Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
          Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

  /**
   * Cardinal number words, as a regex alternation without capturing groups, longest first and
   * factored by first letter: the regex engine rejects a word after one comparison per letter
   * rather than one per word (the rules try it at most numbers' starts).
   */
  public static final String WORD =
      "(?:s(?:eventeen|ixteen|eventy|ixty|even|ix)|t(?:hirteen|welve|wenty|hirty|hree|wo|en)"
          + "|f(?:ourteen|ifteen|orty|ifty|our|ive)|e(?:ighteen|leven|ighty|ight)"
          + "|n(?:ineteen|inety|ine)|zero|one)";

  /**
   * A cardinal number in digits or words, every repetition bounded: "27", "1,200", "1.2
   * million", "Thirty-nine", "one hundred and five", "a dozen", "two dozen". Use with {@link
   * Pattern#CASE_INSENSITIVE}. Contains no capturing groups.
   */
  public static final String CARDINAL =
      "(?:(?:\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,9})(?:\\.\\d{1,3})?(?:[ -](?:million|billion))?"
          + "|(?:(?:a|an|" + WORD + ")[ -])?dozen"
          + "|" + WORD + "(?:[ -]" + WORD + ")?"
          + "(?:[ -](?:hundred|thousand|million|billion)(?:(?: and)?[ -]" + WORD
          + "(?:[ -]" + WORD + ")?)?){0,2}"
          + "|(?:a|an|one) (?:hundred|thousand|million)(?:(?: and)? " + WORD
          + "(?:[ -]" + WORD + ")?)?)";

  /**
   * Quantity words that name no exact number: "dozens", "scores", "hundreds", "tens of
   * thousands", "a handful", "several", "a few", "a couple" and "both" (which is exactly two). Use
   * with {@link Pattern#CASE_INSENSITIVE}; no capturing groups. {@link #approximate} gives bounds.
   */
  public static final String APPROXIMATE =
      "(?:(?:tens|hundreds) of thousands|hundreds|thousands|millions|dozens|scores|a handful"
          + "|a couple|a few|several|both)";

  /** The bounds a quantity word stands for: {@code low <= high}. */
  public record Bounds(long low, long high) {
    public Bounds {
      if (low < 0 || high < low) {
        throw new IllegalArgumentException("bad bounds " + low + ".." + high);
      }
    }

    public boolean exact() {
      return low == high;
    }
  }

  private static final Map<String, Bounds> APPROXIMATE_BOUNDS =
      Map.ofEntries(
          Map.entry("both", new Bounds(2, 2)), Map.entry("a couple", new Bounds(2, 2)),
          Map.entry("a few", new Bounds(3, 5)), Map.entry("several", new Bounds(3, 9)),
          Map.entry("a handful", new Bounds(3, 9)), Map.entry("dozens", new Bounds(24, 99)),
          Map.entry("scores", new Bounds(40, 199)), Map.entry("hundreds", new Bounds(200, 999)),
          Map.entry("thousands", new Bounds(2_000, 9_999)),
          Map.entry("tens of thousands", new Bounds(20_000, 99_999)),
          Map.entry("hundreds of thousands", new Bounds(200_000, 999_999)),
          Map.entry("millions", new Bounds(2_000_000, 9_999_999)));

  /**
   * The bounds of a whole quantity word ("dozens" is 24..99, "both" is 2..2), or empty when
   * {@code phrase} is not one. Case and inner white space do not matter.
   */
  public static Optional<Bounds> approximate(CharSequence phrase) {
    if (phrase == null || phrase.length() > 40) {
      return Optional.empty();
    }
    String s = SPACES.matcher(phrase.toString().trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    return Optional.ofNullable(APPROXIMATE_BOUNDS.get(s));
  }

  private static final Pattern CARDINAL_WHOLE =
      Pattern.compile(CARDINAL, Pattern.CASE_INSENSITIVE);

  private static final Pattern ORDINAL_DIGITS =
      Pattern.compile("(\\d{1,4})(?:st|nd|rd|th)", Pattern.CASE_INSENSITIVE);

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The words of a number: "one hundred and five", "thirty-nine", "1.2 million". */
  private static final Pattern WORD_BREAKS = Pattern.compile("[ -]+");
  /** The two words of an ordinal: "twenty-first", "thirty second". */
  private static final Pattern WORD_BREAK = Pattern.compile("[ -]");

  /**
   * The value of a whole cardinal phrase, or empty when {@code phrase} is not one. Digits may
   * carry thousands separators and a decimal with a scale word ("1.2 million" is 1,200,000).
   */
  public static OptionalLong parse(CharSequence phrase) {
    if (phrase == null || phrase.length() == 0 || phrase.length() > 80) {
      return OptionalLong.empty();
    }
    String s = phrase.toString().trim().toLowerCase(Locale.ROOT);
    if (isShortDigits(s)) {
      return OptionalLong.of(Long.parseLong(s)); // most counts: what the regex and split give
    }
    // one unit or tens word ("two", "forty"): a whole match of WORD, read as the loop reads it
    Integer one = UNITS.get(s);
    if (one == null) {
      one = TENS.get(s);
    }
    if (one != null) {
      return OptionalLong.of(one);
    }
    if (!CARDINAL_WHOLE.matcher(s).matches()) {
      return OptionalLong.empty();
    }
    if (Character.isDigit(s.charAt(0))) {
      return parseDigits(s);
    }
    String[] words = WORD_BREAKS.split(s);
    long total = 0;
    long current = 0;
    boolean any = false;
    for (String w : words) {
      if (w.equals("and")) {
        continue;
      }
      if (w.equals("a") || w.equals("an")) {
        current = Math.max(current, 1);
        any = true;
        continue;
      }
      Integer u = UNITS.get(w);
      Integer t = TENS.get(w);
      if (u != null) {
        current += u;
      } else if (t != null) {
        current += t;
      } else if (w.equals("dozen")) {
        current = Math.max(current, 1) * 12;
      } else if (w.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (SCALES.containsKey(w)) {
        try { // "a billion billion" would overflow
          total = Math.addExact(total, Math.multiplyExact(Math.max(current, 1), SCALES.get(w)));
        } catch (ArithmeticException e) {
          return OptionalLong.empty();
        }
        current = 0;
      } else {
        return OptionalLong.empty();
      }
      any = true;
    }
    return any ? OptionalLong.of(total + current) : OptionalLong.empty();
  }

  /** One to nine ASCII digits: a whole match of {@link #CARDINAL} by its {@code \\d{1,9}}. */
  private static boolean isShortDigits(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static OptionalLong parseDigits(String s) {
    String[] parts = WORD_BREAKS.split(s);
    String digits = parts[0].replace(",", "");
    long scale = parts.length > 1 ? SCALES.getOrDefault(parts[1], 1L) : 1L;
    try {
      if (digits.contains(".")) {
        double v = Double.parseDouble(digits) * scale;
        return v < Long.MAX_VALUE ? OptionalLong.of(Math.round(v)) : OptionalLong.empty();
      }
      return OptionalLong.of(Math.multiplyExact(Long.parseLong(digits), scale));
    } catch (NumberFormatException | ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  /** The value of an ordinal ("third", "11th", "twenty-first"), or empty. */
  public static OptionalLong parseOrdinal(CharSequence word) {
    if (word == null || word.length() == 0 || word.length() > 30) {
      return OptionalLong.empty();
    }
    String s = word.toString().trim().toLowerCase(Locale.ROOT);
    var m = ORDINAL_DIGITS.matcher(s);
    if (m.matches()) {
      return OptionalLong.of(Long.parseLong(m.group(1)));
    }
    Integer o = ORDINALS.get(s);
    if (o != null) {
      return OptionalLong.of(o);
    }
    String[] parts = WORD_BREAK.split(s);
    if (parts.length == 2 && TENS.containsKey(parts[0]) && ORDINALS.containsKey(parts[1])
        && ORDINALS.get(parts[1]) < 10) {
      return OptionalLong.of(TENS.get(parts[0]) + ORDINALS.get(parts[1]));
    }
    return OptionalLong.empty();
  }
}
