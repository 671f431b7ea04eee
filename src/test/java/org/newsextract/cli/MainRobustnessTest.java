package org.newsextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Issue 18, "Nothing lost, nothing stalls": the CLI under failing input, output and memory. */
class MainRobustnessTest {

  /** Runs the tool on any streams; stderr is captured. */
  static MainTest.Run runWith(InputStream stdin, OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      code = Main.run(args, stdin, new PrintStream(stdout, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Caught here so that an escaping one fails the test, not the test JVM.
      return new MainTest.Run(-1, "", "escaped from Main.run: " + e);
    }
    return new MainTest.Run(code, "", err.toString(StandardCharsets.UTF_8));
  }

  static void assertOneLine(MainTest.Run r) {
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  /** An output that fails after {@code limit} bytes, like a closed pipe or a full disk. */
  static final class FailingOutput extends OutputStream {
    private final long limit;
    long written;

    FailingOutput(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException("No space left on device");
      }
      written += len;
    }
  }

  /** An input that throws once its first bytes are read. */
  static InputStream failingAfter(byte[] first, Supplier<? extends Throwable> failure) {
    return new SequenceInputStream(new ByteArrayInputStream(first), new InputStream() {
      @Override
      public int read() throws IOException {
        Throwable t = failure.get();
        if (t instanceof IOException io) {
          throw io;
        }
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
    });
  }

  static byte[] smallDocuments(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("{\"id\":").append(i).append(",\"text\":\"Fine.\"}\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anOutputErrorStopsTheBatchAtOnceWithExitThree() {
    byte[] input = smallDocuments(50_000);
    ByteArrayInputStream stdin = new ByteArrayInputStream(input);
    MainTest.Run r = runWith(stdin, new FailingOutput(100), "--threads", "1", "--jsonl", "-");
    assertEquals(3, r.code(), r.err());
    assertOneLine(r);
    assertTrue(r.err().startsWith("newsextract: cannot write output: "), r.err());
    // | head: the rest of the batch is neither read nor processed.
    assertTrue(stdin.available() > input.length / 2,
        "read " + (input.length - stdin.available()) + " of " + input.length + " bytes");
  }

  @Test
  void anOutputErrorInSingleArticleModeIsExitThree() {
    MainTest.Run r = runWith(new ByteArrayInputStream("Fine.".getBytes(StandardCharsets.UTF_8)),
        new FailingOutput(0), "-");
    assertEquals(3, r.code(), r.err());
    assertOneLine(r);
    assertTrue(r.err().startsWith("newsextract: cannot write output: "), r.err());
  }

  @Test
  void anInputErrorMidBatchIsExitThreeNotAUsageError() {
    InputStream stdin = failingAfter(smallDocuments(3),
        () -> new IOException("Input/output error"));
    MainTest.Run r = runWith(stdin, new ByteArrayOutputStream(), "--jsonl", "-");
    assertEquals(3, r.code(), r.err());
    assertOneLine(r);
    assertTrue(r.err().contains("cannot read standard input: Input/output error"), r.err());
  }

  @Test
  void outOfMemoryOrStackIsOneLineAndExitThree() {
    for (String[] args : new String[][] {{"-"}, {"--jsonl", "-"}}) {
      MainTest.Run oom = runWith(failingAfter(new byte[0],
          () -> new OutOfMemoryError("Java heap space")), new ByteArrayOutputStream(), args);
      assertEquals(3, oom.code(), oom.err());
      assertOneLine(oom);
      assertEquals("newsextract: out of memory (Java heap space): raise -Xmx or lower --threads",
          oom.err().strip());
      MainTest.Run deep = runWith(failingAfter(new byte[0], StackOverflowError::new),
          new ByteArrayOutputStream(), args);
      assertEquals(3, deep.code(), deep.err());
      assertOneLine(deep);
      assertTrue(deep.err().startsWith("newsextract: out of memory (stack overflow)"), deep.err());
    }
  }
}
