package org.newsextract.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Program choices read from bytes the way Jazzer's {@code FuzzedDataProvider} reads them: a
 * number in {@code [min, max]} from as many bytes at the end of the input as the range needs
 * (the last byte most significant), modulo the range; text from the start. Lets tests run {@link
 * NewsProgram} on byte strings without the fuzzer, and {@link NewsProgramSeeds} write seeds
 * whose bytes mean the intended program. Text is read as ASCII here (Jazzer repairs any bytes to
 * valid UTF-8); the seeds use none.
 */
final class BytesChoices implements NewsProgram.Choices {
  private final byte[] data;
  private int start;
  private int end;

  BytesChoices(byte[] data) {
    this.data = data.clone();
    this.end = data.length;
  }

  @Override
  public int pick(int min, int max) {
    long range = (long) max - min;
    long result = 0;
    int offset = 0;
    while (offset < 32 && (range >>> offset) > 0 && end > start) {
      end--;
      result = (result << 8) | (data[end] & 0xff);
      offset += 8;
    }
    if (range != Integer.MAX_VALUE) {
      result = result % (range + 1);
    }
    return (int) (min + result);
  }

  /** The bytes one number in {@code [min, max]} takes, as {@link #pick} reads them. */
  static int width(int min, int max) {
    long range = (long) max - min;
    int n = 0;
    while (n < 4 && (range >>> (8 * n)) > 0) {
      n++;
    }
    return n;
  }

  @Override
  public String text(int maxChars) {
    int n = Math.min(maxChars, end - start);
    String s = new String(data, start, n, StandardCharsets.US_ASCII);
    start += n;
    return s;
  }

  @Override
  public boolean exhausted() {
    return end == start;
  }
}
