package org.newsextract.fuzz;

/**
 * What a fuzz target has run: number of inputs, the longest text, how many texts reached 100,000
 * chars, and the slowest time per char on texts of at least 10,000 chars. Printed to standard
 * error once a minute and when the target's class is done ({@code @AfterAll}), so a fuzzing run
 * reports the sizes it reached next to libFuzzer's own {@code #runs ... exec/s} lines.
 */
final class FuzzStats {
  private static final long PRINT_EVERY_NANOS = 60_000_000_000L;

  private final String target;
  private final long started = System.nanoTime();
  private long lastPrint = started;
  private long runs;
  private long chars;
  private int maxChars;
  private long atLeast100k;
  private double worstMicrosPerChar;
  private int worstLength;

  FuzzStats(String target) {
    this.target = target;
  }

  /** Records one text of {@code length} chars whose extraction took {@code nanos} at best. */
  synchronized void record(int length, long nanos) {
    runs++;
    chars += length;
    maxChars = Math.max(maxChars, length);
    if (length >= 100_000) {
      atLeast100k++;
    }
    if (length >= 10_000) {
      double perChar = nanos / 1000.0 / length;
      if (perChar > worstMicrosPerChar) {
        worstMicrosPerChar = perChar;
        worstLength = length;
      }
    }
    long now = System.nanoTime();
    if (now - lastPrint >= PRINT_EVERY_NANOS) {
      lastPrint = now;
      System.err.println(summary());
    }
  }

  synchronized String summary() {
    double seconds = (System.nanoTime() - started) / 1e9;
    return String.format(
        "%s stats: %d inputs in %.0f s, largest %,d chars, mean %,d chars, %d of at least"
            + " 100,000 chars, slowest %.2f us/char (%,d chars)",
        target, runs, seconds, maxChars, runs == 0 ? 0 : chars / runs, atLeast100k,
        worstMicrosPerChar, worstLength);
  }
}
