package org.newsextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14's options end to end, in process: --layers, --format text, --progress, picocli. */
class MainOptionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String ARTICLE = "Police said 12 people were killed on Friday in the capital. "
      + "\"We will find them,\" Interior Minister Josef Arnault told reporters on Saturday. "
      + "At least 30 were wounded, the health ministry said.";

  static Path article(Path dir) throws IOException {
    return Files.writeString(dir.resolve("article.txt"), ARTICLE);
  }

  static MainTest.Run run(String... args) {
    return MainTest.run(args);
  }

  static int size(JsonNode root, String field) {
    return root.get(field).size();
  }

  @Test
  void layersRunOnlyTheLayersAsked(@TempDir Path dir) throws IOException {
    String file = article(dir).toString();
    JsonNode all = JSON.readTree(run("--date", "2015-11-22", file).out());
    for (String f : List.of("dates", "quotes", "attributions", "casualties", "sources")) {
      assertTrue(size(all, f) > 0, f + " in " + all);
    }

    MainTest.Run r = run("--layers", "dates", "--date", "2015-11-22", file);
    assertEquals(0, r.code(), r.err());
    JsonNode dates = JSON.readTree(r.out());
    assertEquals(size(all, "dates"), size(dates, "dates"));
    for (String f : List.of("quotes", "attributions", "casualties", "sources")) {
      assertEquals(0, size(dates, f), f);
    }
    assertEquals(0, dates.get("casualty_totals").size());

    // Any case, comma-separated or repeated; a batch too.
    JsonNode two = JSON.readTree(run("--layers", "Casualties,QUOTES", file).out());
    assertEquals(0, size(two, "dates"));
    assertEquals(0, size(two, "attributions"));
    assertEquals(size(all, "quotes"), size(two, "quotes"));
    assertEquals(size(all, "casualties"), size(two, "casualties"));
    assertEquals(two, JSON.readTree(run("--layers", "casualties", "--layers=quotes", file).out()));
    String line = JSON.writeValueAsString(java.util.Map.of("id", "a", "text", ARTICLE));
    MainTest.Run batch = MainTest.run((line + "\n").getBytes(StandardCharsets.UTF_8),
        "--layers", "attributions", "--jsonl", "-");
    JsonNode b = JSON.readTree(batch.lines().get(0));
    assertEquals(size(all, "attributions"), size(b, "attributions"));
    assertEquals(0, size(b, "dates") + size(b, "quotes") + size(b, "casualties"));

    for (String bad : List.of("dates,weather", "", "dates,,quotes")) {
      MainTest.Run e = run("--layers", bad, file);
      assertEquals(2, e.code(), bad);
      MainRobustnessTest.assertOneLine(e);
      assertTrue(e.err().startsWith("newsextract: invalid --layers "), e.err());
    }
  }

  @Test
  void formatTextIsADigestForPeople(@TempDir Path dir) throws IOException {
    MainTest.Run r = run("--format", "text", "--date", "2015-11-22", article(dir).toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    for (String part : List.of("reference date 2015-11-22", "Who said what (",
        "Police [NAMED_ORGANIZATION] said: \"12 people were killed on Friday in the capital\"",
        "Sources (", "Arnault [NAMED_PERSON]", "Quotes (", "\"We will find them,\" -- ",
        "Casualty totals (main event)", "KILLED 12", "Timeline (", "2015-11-20       \"Friday\"",
        "2015-11-21       \"Saturday\"")) {
      assertTrue(out.contains(part), part + " in:\n" + out);
    }
    // The timeline is in time order.
    assertTrue(out.indexOf("2015-11-20") < out.indexOf("2015-11-21"), out);
    assertFalse(out.trim().startsWith("{"), "not JSON");

    // Only the layers run have a section; without a date, dates stay unresolved.
    MainTest.Run dates = run("--format=TEXT", "--layers", "dates", article(dir).toString());
    assertEquals(0, dates.code(), dates.err());
    assertFalse(dates.out().contains("Who said what"), dates.out());
    assertFalse(dates.out().contains("Casualty"), dates.out());
    assertTrue(dates.out().contains("no reference date"), dates.out());
    assertTrue(dates.out().contains("XXXX-WXX-5"), dates.out());

    MainTest.Run json = run("--format", "json", article(dir).toString());
    assertTrue(JSON.readTree(json.out()).isObject());

    MainTest.Run html = run("--format", "html", article(dir).toString());
    assertEquals(0, html.code(), html.err());
    assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out().substring(0, 40));
    assertTrue(html.out().contains("data-start="), "facts are highlighted");

    for (String[] bad : new String[][] {{"--format", "xml", "-"},
        {"--format", "text", "--jsonl", "-"},
        {"--format", "html", "--jsonl", "-"}}) {
      MainTest.Run e = run(bad);
      assertEquals(2, e.code(), String.join(" ", bad));
      MainRobustnessTest.assertOneLine(e);
      assertTrue(e.out().isEmpty());
    }
  }

  @Test
  void formatTextKeepsEachItemOnOneLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"),
        "\"We will\nnot stop \u001b[31m here,\" the minister said on\nFriday.");
    MainTest.Run r = run("--format", "text", file.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("\u001b"), r.out());
    assertTrue(r.out().contains("\"We will not stop ?[31m here,\" -- the minister"), r.out());
  }

  static byte[] documents(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("{\"id\":").append(i).append(",\"text\":\"Police said two people were hurt.\"}\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void progressOnlyWhenAskedOrInATerminal(@TempDir Path dir) throws IOException {
    Path in = Files.write(dir.resolve("in.jsonl"), documents(40));
    // Under the test runner System.console() is null: no progress unless asked for.
    MainTest.Run quiet = run("--jsonl", in.toString(), "--out", dir.resolve("o1").toString());
    assertEquals(0, quiet.code(), quiet.err());
    assertEquals("", quiet.err());

    MainTest.Run asked = run("--progress", "--jsonl", in.toString(),
        "--out", dir.resolve("o2").toString());
    assertEquals(0, asked.code(), asked.err());
    assertTrue(asked.err().matches("newsextract: 40 documents in 0:\\d\\d, [0-9.]+ docs/s\n"),
        asked.err());
  }

  @Test
  void progressOfAFileHasPercentRateAndTimeLeft(@TempDir Path dir) throws IOException {
    Path in = Files.write(dir.resolve("in.jsonl"), documents(30));
    long saved = Main.progressIntervalNanos;
    Main.progressIntervalNanos = 0; // a report after every document
    try {
      MainTest.Run r = run("--progress", "--threads", "1", "--jsonl", in.toString(),
          "--out", dir.resolve("out.jsonl").toString());
      assertEquals(0, r.code(), r.err());
      List<String> lines = r.err().lines().toList();
      assertTrue(lines.size() > 10, r.err());
      String name = in.toString();
      for (String l : lines.subList(0, lines.size() - 1)) {
        assertTrue(l.matches("newsextract: \\d{1,3}% of \\Q" + name
            + "\\E, \\d+ documents, [0-9.]+ docs/s(, \\d+:\\d\\d left)?"), l);
      }
      assertTrue(lines.get(lines.size() - 2).contains("100% of "), r.err());
      assertTrue(r.err().contains(" left"), r.err());
      assertTrue(lines.get(lines.size() - 1).startsWith("newsextract: 30 documents in "));
      assertEquals(30, Files.readAllLines(dir.resolve("out.jsonl")).size(), "output unchanged");

      // Standard input has no size: documents and rate only. Stdout stays the JSON Lines.
      MainTest.Run stdin = MainTest.run(documents(5), "--progress", "--jsonl", "-");
      assertEquals(5, stdin.lines().size());
      for (String l : stdin.err().lines().toList()) {
        assertTrue(l.matches("newsextract: \\d+ documents(,| in \\d+:\\d\\d,) [0-9.]+ docs/s"), l);
      }
    } finally {
      Main.progressIntervalNanos = saved;
    }
  }

  @Test
  void progressLinesReadWell() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "in.jsonl",
        1000, 1, false);
    assertEquals("newsextract: 25% of in.jsonl, 50 documents, 10.0 docs/s, 0:15 left",
        p.line(50, 250, 5_000_000_000L));
    assertEquals("newsextract: 0% of in.jsonl, 0 documents, 0.0 docs/s",
        p.line(0, 0, 1_000_000_000L));
    Progress unknown = new Progress(new PrintStream(bytes), "standard input", -1, 1, false);
    assertEquals("newsextract: 7 documents, 3.5 docs/s", unknown.line(7, 0, 2_000_000_000L));
    assertEquals("0:00", Progress.duration(0.2));
    assertEquals("1:05", Progress.duration(65));
    assertEquals("2:00:01", Progress.duration(7201));
  }

  @Test
  void picocliFormsAndLiteralFileNames(@TempDir Path dir) throws IOException {
    Path file = article(dir);
    // --option=value as well as --option value.
    MainTest.Run eq = run("--date=2015-11-22", "--layers=dates", file.toString());
    assertEquals(0, eq.code(), eq.err());
    assertEquals("2015-11-20", JSON.readTree(eq.out()).get("dates").get(0).get("value").asText());
    // "@name" is a file, not picocli's argument file; "--" ends the options.
    MainTest.Run atRun = run("--layers", "dates", "@no-such-args-file");
    assertEquals(2, atRun.code());
    assertTrue(atRun.err().contains("cannot read @no-such-args-file: no such file"), atRun.err());
    Path dash = Files.writeString(dir.resolve("-odd.txt"), ARTICLE);
    MainTest.Run dashRun = MainTest.run(new String[] {"--layers", "dates", "--", "-odd.txt"});
    // relative to the working directory, which is not dir: the name reaches the file check
    assertEquals(2, dashRun.code());
    assertTrue(dashRun.err().contains("cannot read -odd.txt: no such file"), dashRun.err());
    assertTrue(Files.exists(dash));
  }

  @Test
  void bashCompletionNamesTheOptions() {
    MainTest.Run r = run("--completion");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("complete -F"), r.out());
    for (String option : List.of("--jsonl", "--layers", "--format", "--progress")) {
      assertTrue(r.out().contains(option), option);
    }
  }

  @Test
  void helpListsEveryOptionAndTheExitCodes() {
    String help = run("--help").out();
    for (String option : List.of("--jsonl", "--out", "--date", "--layers", "--format",
        "--pattern", "--patterns", "--no-default-patterns", "--non-speech-quotes", "--threads",
        "--progress", "--help", "--version", "--completion", "Exit codes: 0 ok")) {
      assertTrue(help.contains(option), option);
    }
  }

  @Test
  void aBatchInHtmlIsAPagePerDocumentAndAnIndexInTheOutputFolder(@TempDir Path dir)
      throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"a\", \"text\": \"Police said two people were killed on Friday.\"}",
        "not json",
        "{\"id\": \"b\", \"text\": \"“We will rebuild,” Mayor Ana Diaz said.\"}") + "\n");
    Path out = dir.resolve("pages");
    MainTest.Run r = run("--jsonl", in.toString(), "--format", "html", "--out", out.toString());
    assertEquals(1, r.code(), r.err()); // the line that is not JSON failed; the batch went on
    assertTrue(r.out().isEmpty(), r.out());
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains(">a<") && index.contains(">b<"), index);
    try (var pages = Files.list(out)) {
      assertEquals(3, pages.filter(p -> p.toString().endsWith(".html")).count()); // 2 + index
    }
    MainTest.Run noOut = run("--jsonl", in.toString(), "--format", "html");
    assertEquals(2, noOut.code());
  }
}
