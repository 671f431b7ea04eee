package org.newsextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool end to end, in process: arguments, files, exit codes, JSON. */
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0,
          out.split("\n", -1).length - 1);
    }
  }

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(new byte[0], args);
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--jsonl"));
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("newsextract "));
  }

  @Test
  void usageErrorsExitTwoWithOneLineAndNoStackTrace() {
    for (String[] args : List.of(
        new String[] {"--bogus"}, new String[] {}, new String[] {"--date", "2015-13-45", "-"},
        new String[] {"--jsonl"}, new String[] {"--threads", "zero", "--jsonl", "-"},
        new String[] {"/no/such/file.txt"}, new String[] {"--jsonl", "/no/such/file.jsonl"},
        new String[] {"a.txt", "b.txt"}, new String[] {"--out", "x.jsonl", "a.txt"})) {
      Run r = run(args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
      assertTrue(r.out().isEmpty());
    }
  }

  @Test
  void userValuesInMessagesCannotBreakTheOneLineRule() {
    Run r = run("--bogus\nnewsextract: forged line");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("--bogus\\nnewsextract"), r.err());
    Run d = run("--date", "2015\t11", "-");
    assertTrue(d.err().contains("2015\\t11"), d.err());
  }

  @Test
  void singleArticleGivesOnePrettyObjectWithTheContractFields(@TempDir Path dir)
      throws IOException {
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "Police said 12 people were killed on Friday.");
    Run r = run("--date", "2015-11-22", article.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode root = JSON.readTree(r.out());
    for (String field : List.of("dates", "quotes", "attributions", "casualties")) {
      assertTrue(root.get(field).isArray(), field);
    }
    assertTrue(root.get("casualty_totals").isObject());
    assertEquals(12, root.get("casualty_totals").get("KILLED").asInt());
    // the typed total beside it: precision, and indexes into the lists of the same object
    JsonNode killed = root.get("casualty_total_details").get("KILLED");
    assertEquals(12, killed.get("count").asInt());
    assertEquals("EXACT", killed.get("precision").asText());
    JsonNode mention = root.get("casualties").get(killed.get("mentions").get(0).asInt());
    assertEquals("12 people were killed", mention.get("text").asText());
    assertEquals("Police", root.get("attributions").get(killed.get("attribution").asInt())
        .get("source").get("text").asText());
    assertEquals("2015-11-20", root.get("dates").get(killed.get("date").asInt())
        .get("value").asText());
    assertTrue(r.out().contains("\n  "), "pretty printed");
  }

  @Test
  void standardInputWorksAndInvalidUtf8IsAUsageError() {
    Run ok = run("Nothing to see.".getBytes(StandardCharsets.UTF_8), "-");
    assertEquals(0, ok.code());
    Run bad = run(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}, "-");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("UTF-8"), bad.err());
  }

  @Test
  void batchKeepsOneLinePerInputInOrderWhateverTheLine(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    List<byte[]> lines = List.of(
        "{\"id\": \"a\", \"text\": \"Two people were hurt on Monday.\", \"dct\": \"2015-11-22\"}"
            .getBytes(StandardCharsets.UTF_8),
        "{not json".getBytes(StandardCharsets.UTF_8),
        "{\"id\": \"c\"}".getBytes(StandardCharsets.UTF_8),
        "{\"id\": \"d\", \"text\": 42}".getBytes(StandardCharsets.UTF_8),
        "{\"id\": \"e\", \"text\": \"x\", \"dct\": \"yesterday\"}".getBytes(StandardCharsets.UTF_8),
        new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}'},
        new byte[0],
        "[1, 2]".getBytes(StandardCharsets.UTF_8),
        "{\"id\": 7, \"text\": \"Fine text.\", \"dct\": null}".getBytes(StandardCharsets.UTF_8),
        "{\"text\": \"No id here.\"}\r".getBytes(StandardCharsets.UTF_8),
        fiftyMegabyteDocument());
    for (byte[] l : lines) {
      in.write(l);
      in.write('\n');
    }
    Path input = dir.resolve("in.jsonl");
    Files.write(input, in.toByteArray());
    Path output = dir.resolve("out.jsonl");
    Run r = run("--threads", "3", "--jsonl", input.toString(), "--out", output.toString());
    assertEquals(1, r.code(), "some documents failed");
    assertTrue(r.out().isEmpty(), "results go to --out");
    List<String> out = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(lines.size(), out.size());
    boolean[] shouldFail = {false, true, true, true, true, true, true, true, false, false, true};
    for (int i = 0; i < out.size(); i++) {
      JsonNode node = JSON.readTree(out.get(i));
      assertEquals(shouldFail[i], node.has("error"), "line " + (i + 1) + ": " + out.get(i));
      if (!shouldFail[i]) {
        assertTrue(node.get("dates").isArray() && node.get("casualty_totals").isObject());
      }
    }
    assertEquals("a", JSON.readTree(out.get(0)).get("id").asText());
    assertEquals("c", JSON.readTree(out.get(2)).get("id").asText());
    assertEquals(2, JSON.readTree(out.get(1)).get("line").asInt());
    assertEquals(7, JSON.readTree(out.get(8)).get("id").asInt());
    assertEquals(10, JSON.readTree(out.get(9)).get("line").asInt());
    assertEquals("huge", JSON.readTree(out.get(10)).get("id").asText());
  }

  /** A 50 MB line: a document far over the default input limit. */
  private static byte[] fiftyMegabyteDocument() {
    String head = "{\"id\": \"huge\", \"text\": \"";
    byte[] body = "word ".repeat(10_000_000).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length() + body.length + 2];
    System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, out, 0, head.length());
    System.arraycopy(body, 0, out, head.length(), body.length);
    out[out.length - 2] = '"';
    out[out.length - 1] = '}';
    return out;
  }

  @Test
  void batchFromStandardInputWithoutFailuresExitsZero() {
    String in = "{\"id\":\"x\",\"text\":\"On Friday, officials spoke.\",\"dct\":\"2015-11-22\"}\n"
        + "{\"id\":\"y\",\"text\":\"\"}";
    Run r = run(in.getBytes(StandardCharsets.UTF_8), "--jsonl", "-");
    assertEquals(0, r.code(), r.out());
    assertEquals(2, r.lines().size());
  }

  @Test
  void aFiftyMegabyteLineGetsItsOwnErrorLine(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("big.jsonl");
    try (var out = Files.newOutputStream(input)) {
      out.write("{\"id\":\"first\",\"text\":\"Fine.\"}\n{\"id\":\"huge\",\"text\":\""
          .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"id\":\"last\",\"text\":\"Fine too.\"}\n"
          .getBytes(StandardCharsets.UTF_8));
    }
    Run r = run("--jsonl", input.toString());
    assertEquals(1, r.code());
    List<String> lines = r.lines();
    assertEquals(3, lines.size());
    assertEquals("first", JSON.readTree(lines.get(0)).get("id").asText());
    JsonNode huge = JSON.readTree(lines.get(1));
    assertEquals("huge", huge.get("id").asText());
    assertTrue(huge.get("error").asText().contains("limit"), huge.toString());
    assertEquals("last", JSON.readTree(lines.get(2)).get("id").asText());
  }

  @Test
  void overlongLineGetsAnErrorLineAndTheBatchGoesOn() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
    bytes.write("word ".repeat(200).getBytes(StandardCharsets.UTF_8));
    bytes.write("\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes.toByteArray()), 100);
    LineReader.Line first = reader.next();
    assertEquals(null, first.bytes());
    BatchRunner.OutputLine out = BatchRunner.processLine(null, JSON, null, first);
    assertTrue(out.failed() && out.json().contains("longer than"));
    LineReader.Line second = reader.next();
    assertEquals(2, second.number());
    assertEquals("{\"id\":\"small\",\"text\":\"ok\"}",
        new String(second.bytes(), StandardCharsets.UTF_8));
    assertEquals(null, reader.next());
  }
}
