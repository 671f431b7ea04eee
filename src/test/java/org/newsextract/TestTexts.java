package org.newsextract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helper: texts we wrote, from src/test/resources. */
public final class TestTexts {
  private TestTexts() {}

  /** The classpath resource {@code name} as UTF-8 text. */
  public static String resource(String name) {
    try (InputStream in = TestTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Our example article, {@code articles/harbour-siege.txt}. */
  public static String harbourSiege() {
    return resource("/articles/harbour-siege.txt");
  }
}
