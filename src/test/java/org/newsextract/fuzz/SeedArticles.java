package org.newsextract.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The news-like seed articles ({@code news-*.txt}, 1 to 27 KB of invented wire copy: briefs,
 * upper-case flashes, a siege, a live blog, a digest, a transcript, a wire file re-sent with
 * updates, a paper's listings pages). They are {@link ExtractFuzzTest}'s seed inputs, and
 * {@link StructureFuzzTest} cuts them into paragraphs, sentences and words.
 *
 * <p>As {@code ExtractFuzzTest} inputs, each file's last byte (its final newline, even, so
 * {@code false}) is the one {@code consumeBoolean()} takes: Jazzer's {@code FuzzedDataProvider}
 * takes numbers and booleans from the end of the input and strings from the start.
 */
final class SeedArticles {
  static final String DIRECTORY =
      "/org/newsextract/fuzz/ExtractFuzzTestInputs/extractNeverFailsAndSpansHold";

  private SeedArticles() {}

  /** The articles in file name order, each as its text (UTF-8). */
  static List<String> load() {
    URL url = SeedArticles.class.getResource(DIRECTORY);
    if (url == null || !"file".equals(url.getProtocol())) {
      throw new IllegalStateException("seed articles not found as files: " + DIRECTORY);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<String> texts = files
          .filter(p -> p.getFileName().toString().matches("news-.*\\.txt"))
          .sorted()
          .map(SeedArticles::read)
          .toList();
      if (texts.isEmpty()) {
        throw new IllegalStateException("no news-*.txt seed articles in " + DIRECTORY);
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
