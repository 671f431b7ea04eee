package org.newsextract.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a short command-line job in a child JVM started with {@code -XX:TieredStopAtLevel=1}
 * (HotSpot's quick compiler only, no profiling). The compiler directive of {@link JitPolicy}
 * keeps a running JVM off C2, but its methods still run profiled C1 code on their way there;
 * stopping at tier 1 from the start is about 20% faster on a few megabytes (the PolNeAR dev
 * file, one core: 5.2-5.8 s against 6.6-7.0 s), which is far more than the child's start-up
 * (about 0.1 s before any model loads). The option can only be given when a JVM starts, hence
 * the child.
 *
 * <p>Only for a file input of up to {@link JitPolicy#SHORT_RUN_BYTES} bytes and at least {@link
 * #MIN_BYTES} (or the system property {@value #MIN_BYTES_PROPERTY}; any size when the build's
 * class-data archive sits beside the jar, see {@link #archiveBeside}), when the JVM was given no
 * JIT options, runs from a class path, and {@code NEWSEXTRACT_NO_RELAUNCH} is unset.
 * The child inherits standard input, output and error and its exit code is the tool's; if it
 * cannot be started at all the caller runs the job in this JVM, so nothing is run twice.
 */
final class QuickJvm {
  private QuickJvm() {}

  /**
   * Without a class-data archive smaller inputs stay here: a second JVM costs about 0.17 s, more
   * than the quick compiler saves on one article (1.16 s against 1.00 s for the example
   * article). With the archive the child starts sooner than this JVM got going: one article of
   * JSON Lines, one core, 1.83-1.88 s against 2.45-2.50 s in one JVM.
   */
  static final long MIN_BYTES = 512L * 1024;

  static final String MIN_BYTES_PROPERTY = "newsextract.quickJvm.minBytes";

  /** Set in the child so that it never starts another. */
  static final String CHILD_PROPERTY = "newsextract.quickJvm";
  static final String OPT_OUT_VARIABLE = "NEWSEXTRACT_NO_RELAUNCH";
  static final String QUICK_OPTION = "-XX:TieredStopAtLevel=1";
  /** A young generation of 64 MB (capped by any -Xmx given): about 0.2 s less on 6 MB. */
  static final String YOUNG_OPTION = "-XX:NewSize=64m";

  /** The child's exit code, or -1 when no child was started (then run here). */
  static int run(String[] args, long inputBytes) {
    Optional<List<String>> command = command(args, inputBytes);
    if (command.isEmpty()) {
      return -1;
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return -1; // no child: this JVM does the job
    }
    Thread stop = new Thread(child::destroy, "newsextract-stop-child");
    try {
      Runtime.getRuntime().addShutdownHook(stop); // killed: the child goes too
    } catch (IllegalStateException e) {
      child.destroy(); // already shutting down
    }
    try {
      return child.waitFor();
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      return Main.EXIT_IO;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs, the child is already done
      }
    }
  }

  /**
   * The size of the input file, the one given to {@code --jsonl} or else the one article, read
   * from the arguments without parsing the rest; -1 for standard input, a missing file or
   * several inputs (the option parser reports those).
   */
  static long inputBytes(String[] args) {
    long batch = jsonlBytes(args);
    return batch >= 0 ? batch : articleBytes(args);
  }

  /** Options that take the next argument as their value (or "--option=value"). */
  static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("--jsonl",
      "--out", "-o", "--date", "--layers", "--format", "--pattern", "--patterns", "--threads");

  /**
   * The size of the one article file named by the arguments ("--format text FILE"), read
   * without parsing them; -1 when there is not exactly one such argument, it is "-" or not a
   * file, or an argument is an option this does not know (then the option parser decides).
   */
  static long articleBytes(String[] args) {
    String file = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (VALUE_OPTIONS.contains(a)) {
        i++; // its value
      } else if (a.startsWith("-") && !a.equals("-")) {
        int eq = a.indexOf('=');
        if (!(eq > 0 && VALUE_OPTIONS.contains(a.substring(0, eq)))
            && !FLAG_OPTIONS.contains(a)) {
          return -1;
        }
      } else if (file != null) {
        return -1;
      } else {
        file = a;
      }
    }
    return size(file);
  }

  /** Options without a value that still run one article. */
  static final java.util.Set<String> FLAG_OPTIONS = java.util.Set.of(
      "--no-default-patterns", "--non-speech-quotes", "--progress");

  /** The size of the file given to {@code --jsonl}, or -1 (see {@link #inputBytes}). */
  private static long jsonlBytes(String[] args) {
    String file = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = a.startsWith("--jsonl=") ? a.substring("--jsonl=".length())
          : a.equals("--jsonl") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        if (file != null) {
          return -1;
        }
        file = value;
      }
    }
    return size(file);
  }

  /** The size of a regular file, else -1 (also for none and for "-", standard input). */
  private static long size(String file) {
    if (file == null || file.equals("-")) {
      return -1;
    }
    try {
      java.nio.file.Path p = java.nio.file.Path.of(file);
      return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.size(p) : -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The child's command line, or empty when this run should stay in this JVM. */
  static Optional<List<String>> command(String[] args, long inputBytes) {
    String classPath = System.getProperty("java.class.path");
    Optional<String> archive = classPath == null ? Optional.empty() : archiveBeside(classPath);
    if (inputBytes < Long.getLong(MIN_BYTES_PROPERTY, archive.isPresent() ? 0 : MIN_BYTES)
        || inputBytes < 0 || inputBytes > JitPolicy.SHORT_RUN_BYTES
        || System.getProperty(CHILD_PROPERTY) != null || System.getenv(OPT_OUT_VARIABLE) != null
        || System.getProperty("jdk.module.path") != null) {
      return Optional.empty();
    }
    try {
      List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
      for (String o : jvmOptions) {
        if (o.contains("Tiered") || o.contains("CompilerDirectives") || o.contains("CompileCommand")
            || o.startsWith("-agentlib") || o.startsWith("-javaagent")) {
          return Optional.empty(); // the user chose how this JVM compiles, or is debugging it
        }
      }
      Optional<String> java = ProcessHandle.current().info().command();
      if (java.isEmpty() || classPath == null || classPath.isEmpty()) {
        return Optional.empty();
      }
      List<String> cmd = new ArrayList<>();
      cmd.add(java.get());
      cmd.addAll(jvmOptions);
      cmd.add(QUICK_OPTION);
      if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmn") || o.contains("NewSize")
          || o.contains("NewRatio"))) {
        cmd.add(YOUNG_OPTION); // fewer young collections of the many short-lived strings
      }
      if (jvmOptions.stream().noneMatch(o -> o.contains("SharedArchiveFile")
          || o.startsWith("-Xshare"))) {
        archive.ifPresent(a -> {
          cmd.add("-XX:SharedArchiveFile=" + a);
          // a stale archive (another JDK, a rebuilt jar) is skipped; its warning would go to
          // standard output, into the results
          cmd.add("-Xlog:cds=off");
          cmd.add("-Xlog:cds+dynamic=off");
        });
      }
      cmd.add("-D" + CHILD_PROPERTY + "=true");
      cmd.add("-cp");
      cmd.add(classPath);
      cmd.add(Main.class.getName());
      cmd.addAll(List.of(args));
      return Optional.of(cmd);
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty(); // no management module or no process info: stay here
    }
  }

  /**
   * The class-data archive the build writes beside the tool's jar ({@code newsextract.jsa} for
   * {@code newsextract.jar}): the classes the tool loads, parsed and verified once at package
   * time, so the child starts about 0.3 s sooner. Empty when the class path is not one jar or
   * there is no archive.
   */
  static Optional<String> archiveBeside(String classPath) {
    if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
      return Optional.empty();
    }
    try {
      java.nio.file.Path jsa = java.nio.file.Path.of(
          classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa");
      return java.nio.file.Files.isRegularFile(jsa) && java.nio.file.Files.isReadable(jsa)
          ? Optional.of(jsa.toAbsolutePath().toString()) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
