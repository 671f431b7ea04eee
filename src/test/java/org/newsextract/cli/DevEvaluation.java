package org.newsextract.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsextract.NewsExtractor;

/**
 * Runs the extractor over a development file of {@code ../shared/data} and scores it with the
 * project's scorer, {@code ../shared/eval/score.py}. Tests that use it are skipped (not failed)
 * where {@code ../shared} or {@code python3} is absent, as on a user's fresh clone.
 */
public final class DevEvaluation {
  private DevEvaluation() {}

  /** {@code ../shared}, or a skipped test when it is absent. */
  public static Path sharedOrSkip() {
    Path shared = Path.of("..", "shared").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(shared.resolve("data")),
        "skipped: no development data at " + shared + "/data");
    return shared;
  }

  /**
   * Predicts every line of {@code data/<relativeGold>} and returns score.py's JSON report (one
   * object per layer). Predictions are kept in {@code target/eval/} for inspection.
   */
  public static JsonNode score(NewsExtractor extractor, String relativeGold)
      throws IOException, InterruptedException {
    Path shared = sharedOrSkip();
    Path gold = shared.resolve("data").resolve(relativeGold);
    assumeTrue(Files.isRegularFile(gold), "skipped: no " + gold);
    Path outDir = Path.of("target", "eval");
    Files.createDirectories(outDir);
    return score(extractor, shared, gold,
        outDir.resolve(relativeGold.replace('/', '_').replace(".gold.", ".pred.")));
  }

  /**
   * As {@link #score(NewsExtractor, String)} over several gold files scored as one ({@code
   * dates/dev.gold.jsonl} and {@code dates/train.gold.jsonl} together); the joined gold file is
   * written to {@code target/eval/} only.
   */
  public static JsonNode scoreTogether(NewsExtractor extractor, String name,
      String... relativeGolds) throws IOException, InterruptedException {
    Path shared = sharedOrSkip();
    Path outDir = Path.of("target", "eval");
    Files.createDirectories(outDir);
    Path joined = outDir.resolve(name + ".gold.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(joined, StandardCharsets.UTF_8)) {
      for (String g : relativeGolds) {
        Path gold = shared.resolve("data").resolve(g);
        assumeTrue(Files.isRegularFile(gold), "skipped: no " + gold);
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
          w.write(line);
          w.newLine();
        }
      }
    }
    return score(extractor, shared, joined, outDir.resolve(name + ".pred.jsonl"));
  }

  private static JsonNode score(NewsExtractor extractor, Path shared, Path gold, Path pred)
      throws IOException, InterruptedException {
    Path scorer = shared.resolve("eval").resolve("score.py");
    assumeTrue(Files.isRegularFile(scorer), "skipped: no " + scorer);
    ObjectMapper mapper = JsonOutput.newMapper();
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
      long n = 0;
      for (String line : lines) {
        BatchRunner.OutputLine out = BatchRunner.processLine(extractor, mapper, null,
            new LineReader.Line(++n, line.getBytes(StandardCharsets.UTF_8)));
        w.write(out.json());
        w.newLine();
      }
    }
    Process p;
    try {
      p = new ProcessBuilder("python3", scorer.toString(), "--json", gold.toString(),
          pred.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      assumeTrue(false, "skipped: python3 is not available to run " + scorer);
      throw e;
    }
    byte[] report = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("score.py failed on " + pred);
    }
    return mapper.readTree(report);
  }
}
