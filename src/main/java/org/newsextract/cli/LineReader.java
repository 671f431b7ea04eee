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
  // bytes read ahead: [pos, limit) of chunk are not yet returned
  private final byte[] chunk;
  private int pos;
  private int limit;

  LineReader(InputStream in) {
    this(in, Main.MAX_LINE_BYTES);
  }

  LineReader(InputStream in, int maxBytes) {
    this(in, maxBytes, 1 << 16);
  }

  LineReader(InputStream in, int maxBytes, int blockBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.chunk = new byte[blockBytes];
  }

  /** The next line, or null at the end of input. A final line without LF still counts. */
  Line next() throws IOException {
    if (eof && pos >= limit) {
      return null;
    }
    ByteArrayOutputStream buf = null; // only for a line that spans buffer refills
    int taken = 0;
    boolean tooLong = false;
    boolean any = false;
    byte[] line = null;
    while (true) {
      if (pos >= limit && !fill()) {
        break; // end of input
      }
      any = true;
      int from = pos;
      int nl = from;
      while (nl < limit && chunk[nl] != '\n') {
        nl++;
      }
      int n = nl - from;
      position += n + (nl < limit ? 1 : 0);
      pos = nl < limit ? nl + 1 : nl;
      if (!tooLong) {
        if (taken + n > maxBytes) {
          tooLong = true;
          buf = null;
        } else if (nl < limit && buf == null) {
          line = Arrays.copyOfRange(chunk, from, nl); // the usual case: one slice of the buffer
        } else {
          if (buf == null) {
            buf = new ByteArrayOutputStream(Math.max(4096, 2 * n));
          }
          buf.write(chunk, from, n);
          taken += n;
        }
      }
      if (nl < limit) {
        break; // the line's LF
      }
    }
    if (!any) {
      return null;
    }
    number++;
    if (tooLong) {
      return new Line(number, null);
    }
    byte[] bytes = line != null ? line : buf == null ? new byte[0] : buf.toByteArray();
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

  /** Reads the next block of input into the buffer; false at the end of input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(chunk, 0, chunk.length);
    if (n == 0) { // not allowed for a blocking stream; read one byte, which blocks or ends
      int b = in.read();
      if (b >= 0) {
        chunk[0] = (byte) b;
      }
      n = b < 0 ? -1 : 1;
    }
    if (n < 0) {
      eof = true;
      pos = 0;
      limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
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
