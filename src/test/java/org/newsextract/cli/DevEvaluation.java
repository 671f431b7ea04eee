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
    Path scorer = shared.resolve("eval").resolve("score.py");
    assumeTrue(Files.isRegularFile(scorer), "skipped: no " + scorer);
    ObjectMapper mapper = JsonOutput.newMapper();
    Path outDir = Path.of("target", "eval");
    Files.createDirectories(outDir);
    Path pred = outDir.resolve(relativeGold.replace('/', '_').replace(".gold.", ".pred."));
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
