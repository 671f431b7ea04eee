package org.newsextract.fuzz;

import static org.newsextract.fuzz.NewsProgram.J_BASE64;
import static org.newsextract.fuzz.NewsProgram.J_DIGITS;
import static org.newsextract.fuzz.NewsProgram.J_GROUPED_NUMBER;
import static org.newsextract.fuzz.NewsProgram.J_MARK_RUN;
import static org.newsextract.fuzz.NewsProgram.J_URL;
import static org.newsextract.fuzz.NewsProgram.OP_APPEND;
import static org.newsextract.fuzz.NewsProgram.OP_CHOP;
import static org.newsextract.fuzz.NewsProgram.OP_DOUBLE;
import static org.newsextract.fuzz.NewsProgram.OP_INSERT;
import static org.newsextract.fuzz.NewsProgram.OP_INTERLEAVE;
import static org.newsextract.fuzz.NewsProgram.OP_JUNK;
import static org.newsextract.fuzz.NewsProgram.OP_REPEAT;
import static org.newsextract.fuzz.NewsProgram.OP_TRANSFORM_ALL;
import static org.newsextract.fuzz.NewsProgram.OP_WRAP;
import static org.newsextract.fuzz.NewsProgram.PIECE_ARTICLE;
import static org.newsextract.fuzz.NewsProgram.PIECE_PARAGRAPH;
import static org.newsextract.fuzz.NewsProgram.PIECE_SENTENCE;
import static org.newsextract.fuzz.NewsProgram.PIECE_TOKEN;
import static org.newsextract.fuzz.NewsProgram.PIECE_WORDS;
import static org.newsextract.fuzz.NewsProgram.T_CURLY_QUOTES;
import static org.newsextract.fuzz.NewsProgram.T_NONE;
import static org.newsextract.fuzz.NewsProgram.T_NO_WHITESPACE;
import static org.newsextract.fuzz.NewsProgram.T_ONE_LINE;
import static org.newsextract.fuzz.NewsProgram.T_SPACES_TO_NEWLINES;
import static org.newsextract.fuzz.NewsProgram.T_UPPER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed programs of {@link StructureFuzzTest}, written as the values the program reads in
 * order and encoded into the bytes Jazzer's {@code FuzzedDataProvider} reads them from. To
 * rewrite them after changing {@link NewsProgram}: {@code mvn -q -B -o test-compile}, then
 * {@code java -cp target/test-classes org.newsextract.fuzz.NewsProgramSeeds
 * src/test/resources/org/newsextract/fuzz/StructureFuzzTestInputs/structuredNewsNeverFailsAndSpansHold}.
 */
final class NewsProgramSeeds {
  // Separator indexes into NewsProgram.SEPARATORS.
  private static final int SEP_NONE = 0;
  private static final int SEP_SPACE = 1;
  private static final int SEP_PARAGRAPH = 3;
  private static final int SEP_SAID = 10;

  private NewsProgramSeeds() {}

  /** Seed name to the values its program reads, in order. */
  static Map<String, int[]> programs() {
    Map<String, int[]> p = new LinkedHashMap<>();
    // the longest article alone
    p.put("article-e-edition", new int[] {12});
    // one article's paragraph 500 times, paragraphs apart: 127 KB of plain news
    p.put("paragraph-repeated", new int[] {2, OP_REPEAT, PIECE_PARAGRAPH, 30, T_NONE,
        SEP_PARAGRAPH, 500});
    // the upper-case flash doubled five times, then all upper case: a 40 KB wire file
    p.put("upper-wire-doubled", new int[] {1, OP_DOUBLE, SEP_PARAGRAPH, 5, OP_TRANSFORM_ALL,
        T_UPPER});
    // a sentence with its whitespace removed, 2,000 times without a break: one 150 KB token run
    p.put("sentence-no-whitespace", new int[] {0, OP_REPEAT, PIECE_SENTENCE, 40,
        T_NO_WHITESPACE, SEP_NONE, 2000});
    // the multi-paragraph quote article inside 1,000 unclosed opening quote marks, then a run
    // of 20,000 closing marks and the siege article in curly quotes
    p.put("quote-marks-nested", new int[] {4, OP_WRAP, 7, 1000, PIECE_ARTICLE, 4, T_NONE,
        OP_JUNK, J_MARK_RUN, 20_000, 7, 2, OP_APPEND, SEP_PARAGRAPH, PIECE_ARTICLE, 2,
        T_CURLY_QUOTES});
    // junk between casualty sentences: base64, a long URL, digits, a number grouped in
    // thousands, each a few thousand chars
    p.put("junk-runs", new int[] {2, OP_JUNK, J_BASE64, 30_000, 11, OP_APPEND, SEP_SPACE,
        PIECE_SENTENCE, 30, T_NONE, OP_JUNK, J_URL, 20_000, 12, OP_APPEND, SEP_SAID, PIECE_TOKEN,
        18, T_NONE, OP_JUNK, J_DIGITS, 10_000, 13, OP_JUNK, J_GROUPED_NUMBER, 10_000, 14});
    // the live blog with spaces turned into newlines, words of two articles interleaved, the
    // whole text made one line, a run of words inserted at the start, and the end chopped
    p.put("reshaped-live-blog", new int[] {7, OP_TRANSFORM_ALL, T_SPACES_TO_NEWLINES,
        OP_INTERLEAVE, PIECE_ARTICLE, 3, PIECE_ARTICLE, 9, OP_TRANSFORM_ALL, T_ONE_LINE,
        OP_INSERT, 0, PIECE_WORDS, 500, 300, T_UPPER, OP_CHOP, 7});
    return p;
  }

  /** The text the program reading {@code values} in order builds. */
  static String run(NewsProgram program, int[] values) {
    return program.build(new Recorder(values));
  }

  /** The bytes from which {@link BytesChoices} (and Jazzer) read {@code values} in order. */
  static byte[] encode(NewsProgram program, int[] values) {
    Recorder r = new Recorder(values);
    program.build(r);
    if (!r.queue.isEmpty()) {
      throw new IllegalArgumentException("program did not read " + r.queue.size() + " values");
    }
    // numbers are read from the end: the last number read comes first in the file
    List<Byte> bytes = new ArrayList<>();
    for (int i = r.read.size() - 1; i >= 0; i--) {
      long[] v = r.read.get(i); // value - min, width
      for (int k = 0; k < v[1]; k++) {
        bytes.add((byte) (v[0] >>> (8 * k)));
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    NewsProgram program = new NewsProgram(SeedArticles.load());
    for (Map.Entry<String, int[]> e : programs().entrySet()) {
      byte[] bytes = encode(program, e.getValue());
      Files.write(dir.resolve(e.getKey()), bytes);
      String text = program.build(new BytesChoices(bytes));
      System.out.printf("%-24s %3d bytes -> %,8d chars%n", e.getKey(), bytes.length, text.length());
    }
  }

  /** Answers each pick with the next value and notes the bytes it takes. */
  private static final class Recorder implements NewsProgram.Choices {
    final Deque<Integer> queue = new ArrayDeque<>();
    final List<long[]> read = new ArrayList<>();

    Recorder(int[] values) {
      for (int v : values) {
        queue.add(v);
      }
    }

    @Override
    public int pick(int min, int max) {
      if (queue.isEmpty()) {
        return min; // what the program reads once the bytes are used up
      }
      int v = queue.poll();
      if (v < min || v > max) {
        throw new IllegalArgumentException(v + " not in [" + min + ", " + max + "]");
      }
      read.add(new long[] {(long) v - min, BytesChoices.width(min, max)});
      return v;
    }

    @Override
    public String text(int maxChars) {
      throw new UnsupportedOperationException("seeds read no raw text");
    }

    @Override
    public boolean exhausted() {
      return queue.isEmpty();
    }
  }
}
