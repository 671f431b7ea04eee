package org.newsextract.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.Spans;

/**
 * Replays every input that once crashed or hung the extractor, kept as a file in {@code
 * src/test/resources/regressions/} (the file's bytes, decoded as UTF-8 with replacement, are
 * the text). Each must now finish quickly with valid spans.
 */
class RegressionsTest {
  private static final NewsExtractor EXTRACTOR =
      NewsExtractor.builder().referenceDate(LocalDate.of(2015, 11, 22)).build();

  @TestFactory
  Stream<DynamicTest> everyRegressionInputPasses() throws IOException, URISyntaxException {
    Path dir = Path.of(RegressionsTest.class.getResource("/regressions").toURI());
    return Files.list(dir).filter(Files::isRegularFile).sorted().map(file ->
        DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
          String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
          Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(20),
              () -> EXTRACTOR.extract(text));
          assertNull(Spans.firstProblem(text, x));
        }));
  }
}
