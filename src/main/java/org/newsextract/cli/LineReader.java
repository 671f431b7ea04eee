package org.newsextract.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads raw byte lines (split on LF, a trailing CR dropped, a UTF-8 byte order mark opening
 * the input dropped) so that each line is decoded, and fails, on its own. A line longer than
 * {@link Main#MAX_LINE_BYTES} is skipped to its end and returned with null bytes, never held in
 * memory.
 */
final class LineReader implements Closeable {
  /** One line: its 1-based number and its bytes, or null bytes when it was too long. */
  record Line(long number, byte[] bytes) {}

  private final InputStream in;
  private final int maxBytes;
  private long number;
  private long position;
  private boolean eof;

  LineReader(InputStream in) {
    this(in, Main.MAX_LINE_BYTES);
  }

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of input. A final line without LF still counts. */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    boolean tooLong = false;
    boolean any = false;
    int b;
    while ((b = in.read()) != -1) {
      any = true;
      position++;
      if (b == '\n') {
        break;
      }
      if (!tooLong) {
        if (buf.size() >= maxBytes) {
          tooLong = true;
          buf = new ByteArrayOutputStream(0);
        } else {
          buf.write(b);
        }
      }
    }
    if (b == -1) {
      eof = true;
      if (!any) {
        return null;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null);
    }
    byte[] bytes = buf.toByteArray();
    // A byte order mark opening the input is the encoding's signature, not part of line 1.
    int from = number == 1 ? Main.bomLength(bytes) : 0;
    int to = bytes.length;
    if (to > from && bytes[to - 1] == '\r') {
      to--;
    }
    if (from > 0 || to < bytes.length) {
      bytes = Arrays.copyOfRange(bytes, from, to);
    }
    return new Line(number, bytes);
  }

  /** Bytes read so far: the offset in the input after the last line returned. */
  long position() {
    return position;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
