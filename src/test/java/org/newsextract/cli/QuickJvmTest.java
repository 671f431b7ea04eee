package org.newsextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When {@link QuickJvm} starts a child JVM, and with what command. */
class QuickJvmTest {
  private static final String[] ARGS = {"--jsonl", "in.jsonl"};

  @Test
  void noChildForStandardInputALongInputOrInsideTheChild() {
    assertEquals(Optional.empty(), QuickJvm.command(ARGS, -1));
    assertEquals(Optional.empty(), QuickJvm.command(ARGS, 1000)); // one article: not worth it
    assertEquals(Optional.empty(), QuickJvm.command(ARGS, JitPolicy.SHORT_RUN_BYTES + 1));
    String before = System.setProperty(QuickJvm.CHILD_PROPERTY, "true");
    try {
      assertEquals(Optional.empty(), QuickJvm.command(ARGS, QuickJvm.MIN_BYTES));
    } finally {
      if (before == null) {
        System.clearProperty(QuickJvm.CHILD_PROPERTY);
      } else {
        System.setProperty(QuickJvm.CHILD_PROPERTY, before);
      }
    }
  }

  @Test
  void theChildRunsTheSameArgumentsOnTheQuickCompilerAndStartsNoOther() {
    // the test JVM may carry an agent or JIT options, and then no child is wanted either
    Optional<List<String>> cmd = QuickJvm.command(ARGS, QuickJvm.MIN_BYTES);
    boolean userChoseJit = java.lang.management.ManagementFactory.getRuntimeMXBean()
        .getInputArguments().stream().anyMatch(o -> o.contains("Tiered") || o.contains("Compile")
            || o.startsWith("-agentlib") || o.startsWith("-javaagent"));
    assertEquals(!userChoseJit && System.getenv(QuickJvm.OPT_OUT_VARIABLE) == null,
        cmd.isPresent(), "a child unless the JVM was told how to compile or was opted out");
    cmd.ifPresent(c -> {
      assertTrue(c.contains(QuickJvm.QUICK_OPTION), c.toString());
      assertTrue(c.contains("-D" + QuickJvm.CHILD_PROPERTY + "=true"), c.toString());
      assertEquals(List.of(Main.class.getName(), "--jsonl", "in.jsonl"),
          c.subList(c.size() - 3, c.size()));
    });
  }

  @Test
  void theBatchInputsSizeIsReadFromTheArgumentsAlone(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path in = java.nio.file.Files.writeString(dir.resolve("in.jsonl"), "12345");
    assertEquals(5, QuickJvm.inputBytes(new String[] {"--jsonl", in.toString()}));
    assertEquals(5, QuickJvm.inputBytes(new String[] {"--threads=1", "--jsonl=" + in}));
    assertEquals(-1, QuickJvm.inputBytes(new String[] {"--jsonl", "-"}));
    assertEquals(5, QuickJvm.inputBytes(new String[] {in.toString()})); // one article
    assertEquals(-1, QuickJvm.inputBytes(new String[] {"--jsonl", dir.resolve("no")
        .toString()}));
    assertEquals(-1, QuickJvm.inputBytes(new String[] {"--jsonl"}));
  }

  @Test
  void theClassDataArchiveBesideTheJarIsFoundOnlyForOneJar(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    String jar = dir.resolve("newsextract.jar").toString();
    assertEquals(Optional.empty(), QuickJvm.archiveBeside(jar), "no archive yet");
    java.nio.file.Path jsa = java.nio.file.Files.writeString(dir.resolve("newsextract.jsa"), "x");
    assertEquals(Optional.of(jsa.toAbsolutePath().toString()), QuickJvm.archiveBeside(jar));
    assertEquals(Optional.empty(), QuickJvm.archiveBeside(jar + java.io.File.pathSeparator
        + "other.jar"), "a class path of several entries");
    assertEquals(Optional.empty(), QuickJvm.archiveBeside(dir.toString()), "classes, no jar");
  }

  @Test
  void theOneArticlesSizeIsReadFromTheArgumentsWhenTheyAreKnown(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String a = java.nio.file.Files.writeString(dir.resolve("a.txt"), "1234567").toString();
    assertEquals(7, QuickJvm.inputBytes(new String[] {a}));
    assertEquals(7, QuickJvm.inputBytes(new String[] {"--format", "text", "--date",
        "2024-03-06", a}));
    assertEquals(7, QuickJvm.inputBytes(new String[] {"--format=html", "--progress", a}));
    assertEquals(7, QuickJvm.inputBytes(new String[] {"--pattern", "x {source} said", a}));
    assertEquals(-1, QuickJvm.inputBytes(new String[] {a, a}), "two files: an error");
    assertEquals(-1, QuickJvm.inputBytes(new String[] {"-"}), "standard input");
    assertEquals(-1, QuickJvm.inputBytes(new String[] {"--help"}));
    assertEquals(-1, QuickJvm.inputBytes(new String[] {"--unknown", a}),
        "an option this does not know: the parser decides, here");
    assertEquals(-1, QuickJvm.inputBytes(new String[] {"--date", a}),
        "the file is the date's value: no article");
  }

  @Test
  void theArgumentReaderKnowsEveryOptionTheToolHas() {
    // the parent reads the arguments before picocli loads, from its own lists: an option added
    // to the tool but not to them would make a valid article run stay in this JVM, or worse,
    // take an option's value for the article
    java.util.Set<String> exits = java.util.Set.of("--help", "-h", "--version", "--completion");
    for (picocli.CommandLine.Model.OptionSpec o
        : Options.commandLine(new Options()).getCommandSpec().options()) {
      for (String name : o.names()) {
        boolean takesValue = o.arity().max() > 0;
        assertTrue(exits.contains(name) || (takesValue ? QuickJvm.VALUE_OPTIONS
            : QuickJvm.FLAG_OPTIONS).contains(name), name + " is not known to QuickJvm");
      }
    }
  }
}
