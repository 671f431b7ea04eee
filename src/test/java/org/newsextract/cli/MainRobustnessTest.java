package org.newsextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsextract.NewsExtractor;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, "Nothing lost, nothing stalls": the CLI under failing input, output and memory. */
class MainRobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** The files in {@code dir}, by name. */
  static List<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void outReplacesTheTargetOnlyOnceTheRunHasCompleted(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.jsonl");
    Files.writeString(target, "old\n");
    // The input ends, or fails, after 3 documents: the state of the folder is noted then.
    List<String> during = new ArrayList<>();
    Supplier<Throwable> note = () -> {
      during.add(read(target));
      during.add(String.join(" ", names(dir)));
      return new IOException("Input/output error");
    };
    MainTest.Run failed = runWith(failingAfter(smallDocuments(3), note),
        new ByteArrayOutputStream(), "--jsonl", "-", "--out", target.toString());
    assertEquals(3, failed.code(), failed.err());
    assertEquals("old\n", during.get(0), "no partial output under the final name");
    assertTrue(during.get(1).matches("\\.out\\.jsonl\\..*\\.tmp out\\.jsonl"), during.get(1));
    assertEquals("old\n", read(target), "a failed run leaves the target as it was");
    assertEquals(List.of("out.jsonl"), names(dir), "and no temporary file");

    during.clear();
    InputStream complete = new SequenceInputStream(new ByteArrayInputStream(smallDocuments(3)),
        new InputStream() {
          @Override
          public int read() {
            if (during.isEmpty()) {
              during.add(MainRobustnessTest.read(target));
            }
            return -1;
          }
        });
    MainTest.Run ok = runWith(complete, new ByteArrayOutputStream(),
        "--jsonl", "-", "--out", target.toString());
    assertEquals(0, ok.code(), ok.err());
    assertEquals("old\n", during.get(0), "no partial output under the final name");
    assertEquals(3, Files.readAllLines(target).size());
    assertEquals(List.of("out.jsonl"), names(dir));
  }

  @Test
  void outKeepsALinkAndThePermissionsOfTheFileItReplaces(@TempDir Path dir) throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path real = dir.resolve("real.jsonl");
    Files.writeString(real, "old\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);
    MainTest.Run r = runWith(new ByteArrayInputStream(smallDocuments(2)),
        new ByteArrayOutputStream(), "--jsonl", "-", "--out", link.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(2, Files.readAllLines(real).size());
    assertEquals("rw-r-----",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    // A new file gets the permissions any new file gets (the umask's), not rw-------.
    Path fresh = dir.resolve("new.jsonl");
    Path reference = Files.createFile(dir.resolve("reference"));
    runWith(new ByteArrayInputStream(smallDocuments(1)), new ByteArrayOutputStream(),
        "--jsonl", "-", "--out", fresh.toString());
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));
  }

  @Test
  void outThatIsAnInputIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
    Path in = Files.write(dir.resolve("in.jsonl"), smallDocuments(2));
    Path patterns = Files.writeString(dir.resolve("p.txt"), "# no patterns\n");
    Path hard = Files.createLink(dir.resolve("hard.jsonl"), in);
    Path sym = Files.createSymbolicLink(dir.resolve("sym.jsonl"), in);
    List<String> before = names(dir);
    for (Path out : List.of(in, dir.resolve(".").resolve("in.jsonl"),
        dir.resolve("sub").resolve("..").resolve("in.jsonl"), hard, sym)) {
      // The bad pattern would be reported first if the models were built before the check.
      MainTest.Run r = MainTest.run("--pattern", "{bad", "--jsonl", in.toString(),
          "--out", out.toString());
      assertEquals(2, r.code(), out + ": " + r.err());
      assertOneLine(r);
      assertTrue(r.err().contains("is the input file"), r.err());
    }
    MainTest.Run p = MainTest.run("--jsonl", in.toString(), "--patterns", patterns.toString(),
        "--out", patterns.toString());
    assertEquals(2, p.code(), p.err());
    assertTrue(p.err().contains("is the patterns file"), p.err());
    assertEquals(new String(smallDocuments(2), StandardCharsets.UTF_8), Files.readString(in));
    assertEquals("# no patterns\n", Files.readString(patterns));
    assertEquals(before, names(dir), "nothing created");
  }

  @Test
  void fileErrorsComeBeforeTheExtractorIsBuilt(@TempDir Path dir) {
    // A bad pattern is found when the extractor is built; the files are checked first.
    for (String[] args : new String[][] {
        {"--pattern", "{bad", "/no/such/file.txt"},
        {"--pattern", "{bad", "--jsonl", "/no/such/file.jsonl"},
        {"--pattern", "{bad", dir.toString()},
        {"--pattern", "{bad", "--jsonl", "-", "--out", dir.toString()}}) {
      MainTest.Run r = MainTest.run(args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertOneLine(r);
      assertTrue(r.err().contains("no such file") || r.err().contains("is a directory"),
          r.err());
    }
  }

  /** Runs a batch from standard input; returns the output lines parsed. */
  static List<JsonNode> batch(String stdin, String... extraArgs) throws IOException {
    List<String> args = new ArrayList<>(List.of(extraArgs));
    args.addAll(List.of("--jsonl", "-"));
    MainTest.Run r = MainTest.run(stdin.getBytes(StandardCharsets.UTF_8),
        args.toArray(String[]::new));
    assertTrue(r.code() <= 1, r.err());
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.lines()) {
      out.add(JSON.readTree(line));
    }
    assertEquals(stdin.strip().split("\n", -1).length, out.size(), "one line per line");
    return out;
  }

  @Test
  void aSecondValueOnALineIsAnErrorLine() throws IOException {
    List<JsonNode> out = batch("{\"id\":\"a\",\"text\":\"a\"} {\"text\":\"b\"}\n"
        + "{\"id\":\"b\",\"text\":\"a\"} trailing words\n"
        + "{\"id\":\"c\",\"text\":\"a\"}]\n"
        + "{\"id\":\"d\",\"text\":\"a\"}  \t \n");
    for (int i = 0; i < 3; i++) {
      assertEquals("trailing content after the JSON object", out.get(i).path("error").asText(),
          out.get(i).toString());
      assertEquals(i + 1, out.get(i).get("line").asInt());
    }
    assertFalse(out.get(3).has("error"), "white space after the object is fine");
  }

  @Test
  void idsComeBackExactlyAsGiven() throws IOException {
    List<String> ids = List.of("1e999999", "12345678901234567890", "1.50", "-0.000001",
        "123456789012345678901234567890.123456789", "7", "2.5E-400", "\"1e999999\"",
        "\"caf\\u00e9\"");
    StringBuilder in = new StringBuilder();
    for (String id : ids) {
      in.append("{\"id\":").append(id).append(",\"text\":\"Fine.\"}\n");
    }
    MainTest.Run r = MainTest.run(in.toString().getBytes(StandardCharsets.UTF_8), "--jsonl", "-");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Matcher m = Pattern.compile("^\\{\"id\":(\"[^\"]*\"|[^,]*),").matcher(lines.get(i));
      assertTrue(m.find(), lines.get(i));
      String back = m.group(1);
      if (id.startsWith("\"")) {
        assertEquals(JSON.readTree(id), JSON.readTree(back), lines.get(i));
      } else {
        assertFalse(back.startsWith("\""), id + " came back as " + back);
        assertEquals(0, new BigDecimal(id).compareTo(new BigDecimal(back)),
            id + " came back as " + back);
      }
    }
    assertTrue(lines.get(0).startsWith("{\"id\":1E+999999,"), lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"id\":12345678901234567890,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"id\":1.50,"), lines.get(2));
  }

  @Test
  void spanTextsWithLoneSurrogatesReadBackAsTheInput() throws IOException {
    String text = "\"The \ud800 attack was terrible \udc00,\" said John Smith, a police "
        + "spokesman \ud83d\ude00. Police said \ud800 two people were killed on Friday.";
    // The input line has the surrogates as escapes, as UTF-8 cannot carry a lone one.
    StringBuilder line = new StringBuilder();
    for (char c : JSON.writeValueAsString(Map.of("id", "s", "text", text)).toCharArray()) {
      line.append(Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : c);
    }
    List<JsonNode> out = batch(line.toString());
    List<JsonNode> spans = out.get(0).findParents("start");
    assertFalse(spans.isEmpty(), out.get(0).toString());
    int withSurrogates = 0;
    for (JsonNode span : spans) {
      String expected = text.substring(span.get("start").asInt(), span.get("end").asInt());
      assertEquals(expected, span.get("text").asText(), span.toString());
      if (expected.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
        withSurrogates++;
      }
    }
    assertTrue(withSurrogates >= 2, out.get(0).toString());
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static byte[] withBom(String s) {
    byte[] text = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(BOM, BOM.length + text.length);
    System.arraycopy(text, 0, out, BOM.length, text.length);
    return out;
  }

  @Test
  void aByteOrderMarkOpeningTheInputIsNotText() throws IOException {
    MainTest.Run batch = MainTest.run(
        withBom("{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"b\",\"text\":\"Fine.\"}\n"),
        "--jsonl", "-");
    assertEquals(0, batch.code(), batch.out());
    assertEquals(2, batch.lines().size());
    assertEquals("a", JSON.readTree(batch.lines().get(0)).get("id").asText());

    // One article: offsets are into the text after the mark.
    String text = "Police said 12 people were killed on Friday.";
    MainTest.Run single = MainTest.run(withBom(text), "-");
    assertEquals(0, single.code(), single.err());
    List<JsonNode> spans = JSON.readTree(single.out()).findParents("start");
    assertFalse(spans.isEmpty(), single.out());
    for (JsonNode span : spans) {
      assertEquals(text.substring(span.get("start").asInt(), span.get("end").asInt()),
          span.get("text").asText(), span.toString());
    }
  }

  @Test
  void dctIsAnIsoDateOrDateTimeAndNothingElse() throws IOException {
    List<String> good = List.of("2015-02-01", "2015-02-01T10:00:00Z", "2015-02-01T10:00:00",
        "2015-02-01T10:00:00+01:00", "2015-02-01T23:30:00.123-05:00");
    List<String> bad = List.of("2015-02-01 is the date", "2015-02-01T", "2015-02-01x",
        "2015-02-01 10:00", "20150201", "2015-2-1", "2015-02-30", " 2015-02-01", "");
    StringBuilder in = new StringBuilder();
    for (String dct : good) {
      in.append(JSON.writeValueAsString(Map.of("id", dct, "text", "It rained yesterday.",
          "dct", dct))).append('\n');
    }
    for (String dct : bad) {
      in.append(JSON.writeValueAsString(Map.of("id", dct, "text", "Fine.", "dct", dct)))
          .append('\n');
    }
    in.append("{\"id\":\"number\",\"text\":\"Fine.\",\"dct\":20150201}\n");
    List<JsonNode> out = batch(in.toString());
    for (int i = 0; i < good.size(); i++) {
      JsonNode line = out.get(i);
      assertFalse(line.has("error"), line.toString());
      assertEquals("2015-01-31", line.get("dates").get(0).get("value").asText(), line.toString());
    }
    for (int i = good.size(); i < out.size(); i++) {
      JsonNode line = out.get(i);
      assertTrue(line.path("error").asText().startsWith("invalid \"dct\""), line.toString());
    }
  }

  /** {@code size} bytes of ASCII text, made up as they are read; counts what was read. */
  static final class BigInput extends InputStream {
    private final long size;
    long read;

    BigInput(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return read < size ? "word ".charAt((int) (read++ % 5)) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) "word ".charAt((int) ((read + i) % 5));
      }
      read += n;
      return n;
    }
  }

  @Test
  void aHugeArticleIsRefusedWithoutBeingReadWhole(@TempDir Path dir) throws IOException {
    int max = NewsExtractor.builder().build().limits().maxInputChars();
    BigInput stdin = new BigInput(300_000_000L);
    MainTest.Run r = runWith(stdin, new ByteArrayOutputStream(), "-");
    assertTrue(stdin.read <= 3L * max + 4 + 8192, "read " + stdin.read + " bytes");
    assertEquals(1, r.code(), r.err());
    assertOneLine(r);
    assertEquals("newsextract: standard input has more than " + max
        + " chars (Limits.maxInputChars)", r.err().strip());

    // Over the limit in chars but not in bytes: the same message.
    Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(max + 1));
    MainTest.Run f = MainTest.run(file.toString());
    assertEquals(1, f.code(), f.err());
    assertEquals("newsextract: " + file + " has more than " + max
        + " chars (Limits.maxInputChars)", f.err().strip());
    // At the limit, with a byte order mark: read whole and processed.
    Files.write(file, withBom("word ".repeat(max / 5)));
    assertEquals(0, MainTest.run(file.toString()).code());
  }

  @Test
  void aBadPatternIsReportedOnOneLineWithItsControlCharsEscaped(@TempDir Path dir)
      throws IOException {
    MainTest.Run r = MainTest.run("--pattern", "a\n\u001b[31m{b", "-");
    assertEquals(2, r.code(), r.err());
    assertOneLine(r);
    assertFalse(r.err().contains("\u001b"), r.err());
    assertTrue(r.err().contains("a\\n\\u001B[31m{b"), r.err());
    // The error far into a long pattern is not cut off.
    MainTest.Run far = MainTest.run("--pattern", "abcdefghij ".repeat(8) + "{bad", "-");
    assertEquals(2, far.code(), far.err());
    assertTrue(far.err().contains("at position 88: unclosed slot"), far.err());
    assertTrue(far.err().strip().endsWith("{bad\\\""), far.err());
    // A patterns file named with a line break gives pattern ids with one.
    Path file = Files.writeString(dir.resolve("p\nq.txt"), "{bad\n");
    MainTest.Run named = MainTest.run("--patterns", file.toString(), "-");
    assertEquals(2, named.code(), named.err());
    assertOneLine(named);
    assertTrue(named.err().contains("p\\nq.txt:1"), named.err());
  }
}
