package org.newsextract.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The block reader gives the lines a byte-at-a-time reading gives, whatever the block size. */
class LineReaderProperties {

  @Provide
  Arbitrary<byte[]> input() {
    // mostly line ends, carriage returns, BOM bytes and letters, so that every edge is common
    return Arbitraries.of((byte) '\n', (byte) '\r', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
            (byte) 'a', (byte) 'b')
        .array(byte[].class).ofMaxSize(60);
  }

  @Property(tries = 500)
  void linesMatchTheByteAtATimeReading(@ForAll("input") byte[] in,
      @ForAll @IntRange(min = 1, max = 9) int block, @ForAll @IntRange(min = 1, max = 12) int max)
      throws IOException {
    LineReader r = new LineReader(new ByteArrayInputStream(in), max, block);
    List<byte[]> expected = reference(in, max);
    for (int i = 0; i < expected.size(); i++) {
      LineReader.Line line = r.next();
      assertEquals(i + 1, line.number());
      assertArrayEquals(expected.get(i), line.bytes(), "line " + (i + 1));
    }
    assertNull(r.next());
    assertEquals(in.length, r.position());
  }

  /** Split on LF; a final line without LF counts; CR before LF and a leading BOM dropped. */
  private static List<byte[]> reference(byte[] in, int max) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= in.length; i++) {
      if (i == in.length && start == in.length) {
        break;
      }
      if (i == in.length || in[i] == '\n') {
        byte[] line = Arrays.copyOfRange(in, start, i);
        if (line.length > max) {
          out.add(null);
        } else {
          int from = out.isEmpty() ? Main.bomLength(line) : 0;
          int to = line.length > from && line[line.length - 1] == '\r' ? line.length - 1
              : line.length;
          out.add(Arrays.copyOfRange(line, from, to));
        }
        start = i + 1;
      }
    }
    return out;
  }
}
