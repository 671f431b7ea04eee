package org.newsextract.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * A PrintStream (standard output) as an OutputStream that throws on a write error. PrintStream
 * only records its errors, so a closed pipe or a full disk would otherwise lose the output in
 * silence and let the run go on to the end.
 */
final class CheckedOutput extends OutputStream {
  static final String ERROR = "standard output is closed or cannot be written";

  private final PrintStream out;

  CheckedOutput(PrintStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    check();
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    check();
  }

  @Override
  public void flush() throws IOException {
    check();
  }

  /** Flushes without closing: standard output belongs to the caller. */
  @Override
  public void close() throws IOException {
    check();
  }

  /** checkError() also flushes, so an error in the PrintStream's own buffer shows at once. */
  private void check() throws IOException {
    if (out.checkError()) {
      throw new IOException(ERROR);
    }
  }
}
