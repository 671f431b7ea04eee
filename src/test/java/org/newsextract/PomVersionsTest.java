package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The builds the invoker runs (the Spark module and the modular consumer) name the library's
 * version by hand, as they have no parent: it must be the version this pom builds, or they would
 * test another artifact (or fail to resolve one).
 */
class PomVersionsTest {
  private static final Pattern PROJECT_VERSION = Pattern.compile(
      "<artifactId>newsextract</artifactId>\\s*<version>([^<]+)</version>");
  private static final Pattern LIBRARY_DEPENDENCY = Pattern.compile(
      "<groupId>org.newsextract</groupId>\\s*<artifactId>newsextract</artifactId>\\s*"
          + "<version>([^<]+)</version>");

  @Test
  void theInvokedBuildsUseTheLibrarysVersion() throws IOException {
    String version = first(PROJECT_VERSION, Files.readString(Path.of("pom.xml")));
    String consumer = Files.readString(Path.of("src/it/modular-consumer/pom.xml"));
    assertEquals(version, first(LIBRARY_DEPENDENCY, consumer), "the consumer's dependency");
    String spark = Files.readString(Path.of("spark/pom.xml"));
    // the Spark module depends on the library at its own version, which must be the library's
    assertEquals("${project.version}", first(LIBRARY_DEPENDENCY, spark));
    assertEquals(version, first(Pattern.compile(
        "<artifactId>newsextract-spark</artifactId>\\s*<version>([^<]+)</version>"), spark),
        "newsextract-spark is released with the library");
  }

  private static String first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : "(none)";
  }
}
