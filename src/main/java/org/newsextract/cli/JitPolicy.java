package org.newsextract.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps a short CLI run on HotSpot's quick compiler. A run over a few megabytes ends before the
 * optimising compiler (C2) pays back what it costs: on one core it spends about as much time
 * compiling the extractor's large inlined methods as the text takes to process (measured on the
 * 1.8 M-char PolNeAR dev file: C2 compiles for 10-12 s of a 13-17 s run; with C1 only the whole
 * run takes 6-10 s). So when the input is a file below {@link #SHORT_RUN_BYTES}, C2 is excluded
 * through a compiler directive, which HotSpot lets a running JVM add through its
 * DiagnosticCommand MBean. Longer runs, standard input and library users keep the default JIT.
 *
 * <p>JIT options given to the JVM ({@code -XX:TieredStopAtLevel}, {@code -XX:CompileCommand},
 * ...) win over this policy. Best effort: on another JVM, without {@code java.management}, or if
 * the command is refused, nothing changes.
 */
final class JitPolicy {
  private JitPolicy() {}

  /** Inputs up to this size run faster with C1 only (C2 wins back its cost past ~30 MB). */
  static final long SHORT_RUN_BYTES = 16L * 1024 * 1024;

  /** Every method: the directive keeps them all off C2. */
  static final String ALL_METHODS = "*.*";

  /** Applies the quick-compiler policy for an input of {@code bytes} (-1: unknown). */
  static boolean forInput(long bytes) {
    if (bytes < 0 || bytes > SHORT_RUN_BYTES) {
      return false;
    }
    try {
      for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (arg.contains("Tiered") || arg.contains("CompilerDirectives")
            || arg.contains("CompileCommand")) {
          return false; // the user chose the JIT's settings
        }
      }
    } catch (Exception | LinkageError e) {
      return false;
    }
    return excludeFromC2(ALL_METHODS);
  }

  /** Adds a directive that keeps the methods {@code match} names off C2; false if refused. */
  static boolean excludeFromC2(String match) {
    Path file = null;
    try {
      file = Files.createTempFile("newsextract-jit", ".json");
      Files.writeString(file, "[{ match: \"" + match + "\", c2: { Exclude: true } }]",
          StandardCharsets.UTF_8);
      // "1 compiler directives added", or the parser's complaint (no exception either way)
      return diagnosticCommand("compilerDirectivesAdd", file.toString()).contains("added");
    } catch (Exception | LinkageError e) {
      return false; // not HotSpot, no management module, or refused: the default JIT stays
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a leftover 40-byte file in the temp directory; nothing else depends on it
        }
      }
    }
  }

  /** Runs one of HotSpot's diagnostic commands in this JVM; returns what it printed. */
  static String diagnosticCommand(String operation, String... args) throws Exception {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
    Object out = server.invoke(dcmd, operation, new Object[] {args},
        new String[] {String[].class.getName()});
    return out == null ? "" : out.toString();
  }
}
