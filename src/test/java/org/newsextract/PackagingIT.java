package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jars as a user gets them (run by failsafe after {@code package}): the library jar
 * with only its non-optional dependencies, on the class path and on the module path.
 */
class PackagingIT {
  static final Path LIBRARY_JAR = Path.of(System.getProperty("newsextract.libraryJar",
      "target/newsextract-0.3.0-SNAPSHOT.jar"));
  static final Path CLI_JAR = Path.of(System.getProperty("newsextract.cliJar",
      "target/newsextract.jar"));

  /**
   * What a library user gets besides the library jar: its non-optional runtime dependencies.
   * A new one belongs here, after asking whether users should inherit it.
   */
  static final List<String> RUNTIME_DEPENDENCIES = List.of(
      "opennlp-tools-", "opennlp-models-sentdetect-en-", "opennlp-models-tokenizer-en-",
      "opennlp-models-pos-en-", "slf4j-api-");

  /** The dependency jars of {@link #RUNTIME_DEPENDENCIES}, from this test's own class path. */
  static List<Path> runtimeDependencies() {
    String cp = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<Path> out = new ArrayList<>();
    for (String prefix : RUNTIME_DEPENDENCIES) {
      Path found = null;
      for (String entry : cp.split(File.pathSeparator)) {
        String name = Path.of(entry).getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".jar")
            && Character.isDigit(name.charAt(prefix.length()))) {
          found = Path.of(entry);
        }
      }
      assertTrue(found != null, "no " + prefix + "*.jar on the test class path: " + cp);
      out.add(found);
    }
    return out;
  }

  /** Runs a command; returns its exit code, standard output and standard error. */
  static MainResult exec(Path dir, List<String> command) throws IOException, InterruptedException {
    return execWith(dir, command, java.util.Map.of());
  }

  /** {@link #exec} with these environment variables set. */
  static MainResult execWith(Path dir, List<String> command, java.util.Map<String, String> env)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
    return new MainResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  record MainResult(int code, String out, String err) {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void compile(List<String> options, List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(options);
    sources.forEach(s -> args.add(s.toString()));
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)),
        "javac " + args);
  }

  /** A user's program: builds an extractor, extracts, catches a bad pattern. */
  static final String APP = String.join("\n",
      "package com.example.app;",
      "",
      "import java.time.LocalDate;",
      "import org.newsextract.Extraction;",
      "import org.newsextract.NewsExtractor;",
      "import org.newsextract.attribution.AttributionPatterns;",
      "import org.newsextract.PatternException;",
      "",
      "public class App {",
      "  public static void main(String[] args) {",
      "    NewsExtractor x = NewsExtractor.builder().referenceDate(LocalDate.of(2015, 11, 22))",
      "        .build();",
      "    Extraction e = x.extract(\"Police said 12 people were killed on Friday.\");",
      "    var t = e.casualtyTotals().values().iterator().next();",
      "    System.out.println(t.category() + \"=\" + t.count() + \" \"",
      "        + e.dates().get(t.date().getAsInt()).value());",
      "    try {",
      "      NewsExtractor.builder().attributionPatterns(AttributionPatterns.none().with(\"{bad\"))",
      "          .build();",
      "    } catch (PatternException p) {",
      "      System.out.println(\"bad pattern \" + p.patternId());",
      "    }",
      "  }",
      "}",
      "");

  static final String EXPECTED = "KILLED=12 2015-11-20\nbad pattern custom-1\n";

  /** The packages module-info exports: the API, and nothing internal. */
  static final Set<String> EXPORTED = Set.of("org.newsextract", "org.newsextract.attribution",
      "org.newsextract.casualty", "org.newsextract.date", "org.newsextract.html",
      "org.newsextract.quote", "org.newsextract.source");

  @Test
  void theLibraryJarIsTheModuleOrgNewsextractExportingOnlyTheApi() throws IOException {
    try (JarFile jar = new JarFile(LIBRARY_JAR.toFile())) {
      Manifest m = jar.getManifest();
      assertTrue(m.getMainAttributes().getValue("Implementation-Version") != null);
      JarEntry info = jar.getJarEntry("module-info.class");
      assertTrue(info != null, "module-info.class in the library jar");
      try (InputStream in = jar.getInputStream(info)) {
        ModuleDescriptor d = ModuleDescriptor.read(in);
        assertEquals("org.newsextract", d.name());
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
          assertFalse(e.isQualified(), "no qualified export: " + e);
          exported.add(e.source());
        }
        assertEquals(new TreeSet<>(EXPORTED), exported);
        assertTrue(d.packages().contains("org.newsextract.analysis"), "internals are inside");
      }
    }
  }

  @Test
  void aModularUserRequiresOrgNewsextract(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("com/example/app"));
    Path info = Files.writeString(src.resolve("module-info.java"),
        "module com.example.app {\n  requires org.newsextract;\n}\n");
    Path app = Files.writeString(src.resolve("com/example/app/App.java"), APP);
    String mp = modulePath();
    Path classes = dir.resolve("classes");
    compile(List.of("--module-path", mp, "-d", classes.toString()), List.of(info, app));
    // nothing to add: the module requires org.slf4j, which OpenNLP's automatic module uses
    MainResult r = exec(dir, List.of(java(), "--module-path", mp + File.pathSeparator + classes,
        "-m", "com.example.app/com.example.app.App"));
    assertEquals(0, r.code(), r.err());
    assertEquals(EXPECTED, r.out());
    assertEquals("", r.err(), "nothing on standard error, no SLF4J warning");
  }

  @Test
  void aModularUserCannotReachTheInternalPackages(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("com/example/app"));
    Path info = Files.writeString(src.resolve("module-info.java"),
        "module com.example.app {\n  requires org.newsextract;\n}\n");
    Path app = Files.writeString(src.resolve("com/example/app/Peek.java"), String.join("\n",
        "package com.example.app;",
        "class Peek {",
        "  Object o = org.newsextract.analysis.TextAnalysis.of(\"x\");",
        "}", ""));
    List<String> args = new ArrayList<>(List.of("--module-path", modulePath(), "-d",
        dir.resolve("classes").toString(), info.toString(), app.toString()));
    java.io.StringWriter err = new java.io.StringWriter();
    int code = ToolProvider.getSystemJavaCompiler().run(null, null,
        new java.io.PrintStream(new java.io.OutputStream() {
          @Override
          public void write(int b) {
            err.write(b);
          }
        }, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    assertTrue(code != 0, "compiling against an internal package must fail");
    assertTrue(err.toString().contains("package org.newsextract.analysis is not visible"),
        err.toString());
  }

  private static String modulePath() {
    List<Path> modulePath = new ArrayList<>(List.of(LIBRARY_JAR));
    modulePath.addAll(runtimeDependencies());
    return String.join(File.pathSeparator, modulePath.stream().map(Path::toString).toList());
  }

  @Test
  void theReadmeJavaExampleCompilesAgainstTheJar(@TempDir Path dir) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("```java", readme.indexOf("### Using it"));
    assertTrue(from > 0, "README has a Java example under 'Using it'");
    String code = readme.substring(readme.indexOf('\n', from) + 1, readme.indexOf("```", from + 7));
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : code.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    Path src = dir.resolve("ReadmeExample.java");
    Files.writeString(src, imports
        + "\nclass ReadmeExample {\n  static void run(String articleText) {\n"
        + body + "  }\n}\n");
    List<String> cp = new ArrayList<>(List.of(LIBRARY_JAR.toString()));
    runtimeDependencies().forEach(p -> cp.add(p.toString()));
    compile(
        List.of("-cp", String.join(File.pathSeparator, cp), "-d", dir.resolve("out").toString()),
        List.of(src));
  }

  @Test
  void aUserWithOnlyTheNonOptionalDependenciesRunsAndSeesNoSlf4jWarning(@TempDir Path dir)
      throws Exception {
    Path app = dir.resolve("src/com/example/app/App.java");
    Files.createDirectories(app.getParent());
    Files.writeString(app, APP);
    Path classes = dir.resolve("classes");
    compile(List.of("-cp", LIBRARY_JAR.toString(), "-d", classes.toString()), List.of(app));
    List<String> cp = new ArrayList<>(List.of(LIBRARY_JAR.toString(), classes.toString()));
    runtimeDependencies().forEach(p -> cp.add(p.toString()));
    MainResult r = exec(dir, List.of(java(), "-cp", String.join(File.pathSeparator, cp),
        "com.example.app.App"));
    assertEquals(0, r.code(), r.err());
    assertEquals(EXPECTED, r.out());
    assertEquals("", r.err(), "nothing on standard error, no SLF4J warning");

    // Whoever wants SLF4J's warning back can have it.
    List<String> loud = new ArrayList<>(List.of(java(), "-Dnewsextract.slf4j.quiet=false", "-cp",
        String.join(File.pathSeparator, cp), "com.example.app.App"));
    assertTrue(exec(dir, loud).err().contains("SLF4J(W): No SLF4J providers"));
  }

  @Test
  void onlyTheCommandLineToolUsesTheOptionalDependencies() throws IOException {
    // Commons Text, Commons Lang3, Jackson and picocli are optional: library users do not get
    // them, so no library class may refer to them.
    List<String> optional = List.of("org/apache/commons/", "com/fasterxml/jackson/", "picocli/");
    List<String> offenders = new ArrayList<>();
    try (JarFile jar = new JarFile(LIBRARY_JAR.toFile())) {
      for (JarEntry e : java.util.Collections.list(jar.entries())) {
        if (!e.getName().endsWith(".class") || e.getName().startsWith("org/newsextract/cli/")) {
          continue;
        }
        String bytes = new String(jar.getInputStream(e).readAllBytes(),
            StandardCharsets.ISO_8859_1);
        for (String o : optional) {
          if (bytes.contains(o)) {
            offenders.add(e.getName() + " refers to " + o);
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void bothJarsCarryLicenceAndNotice() throws IOException {
    for (Path p : List.of(LIBRARY_JAR, CLI_JAR)) {
      try (JarFile jar = new JarFile(p.toFile())) {
        String licence = read(jar, "META-INF/LICENSE");
        assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0"),
            p.toString());
        String notice = read(jar, "META-INF/NOTICE");
        for (String part : List.of("newsextract", "Apache OpenNLP Tools",
            "UD_English-EWT", "CC BY-SA 4.0", "Jackson", "Apache Commons Text", "SLF4J",
            "picocli")) {
          assertTrue(notice.contains(part), p + " NOTICE names " + part);
        }
      }
    }
    try (JarFile jar = new JarFile(CLI_JAR.toFile())) {
      assertTrue(read(jar, "META-INF/LICENSE-slf4j.txt").contains("QOS.ch"));
      assertTrue(jar.getEntry("META-INF/Schubfach-LICENSE") != null);
      assertTrue(jar.getEntry("META-INF/FastDoubleParser-LICENSE") != null);
    }
  }

  private static String read(JarFile jar, String name) throws IOException {
    JarEntry e = jar.getJarEntry(name);
    assertTrue(e != null, jar.getName() + " has no " + name);
    return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void theCommandLineToolIsQuiet(@TempDir Path dir) throws Exception {
    MainResult help = exec(dir, List.of(java(), "-jar", CLI_JAR.toString(), "--help"));
    assertEquals(0, help.code(), help.err());
    assertEquals("", help.err());
    Path article = Files.writeString(dir.resolve("a.txt"),
        "Police said 12 people were killed on Friday.");
    MainResult run = exec(dir, List.of(java(), "-jar", CLI_JAR.toString(), "--date", "2015-11-22",
        article.toString()));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("\"KILLED\" : 12"), run.out());
    assertEquals("", run.err(), "nothing on standard error, no SLF4J warning");
  }

  @Test
  void aShortRunInAQuickChildJvmGivesTheSameOutputAndExitCode(@TempDir Path dir)
      throws Exception {
    Path lines = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\": \"a\", \"text\": \"Police said 12 people were killed on Friday.\"}\n"
            + "{\"id\": \"b\", \"text\": 7}\n"
            + "not json\n");
    // (a file this small would stay in one JVM: the property lowers the threshold)
    List<String> cmd = List.of(java(), "-Dnewsextract.quickJvm.minBytes=0", "-jar",
        CLI_JAR.toString(), "--jsonl", lines.toString());
    MainResult child = exec(dir, cmd);
    MainResult here = execWith(dir, cmd, java.util.Map.of("NEWSEXTRACT_NO_RELAUNCH", "1"));
    assertEquals(here.code(), child.code(), child.err());
    assertEquals(here.out(), child.out());
    assertEquals(here.err(), child.err());
    assertEquals(3, child.out().lines().count(), "one line per input line: " + child.out());
  }

  @Test
  void theBuildWritesAClassDataArchiveTheJvmMapsAndAStaleOneChangesNothing(@TempDir Path dir)
      throws Exception {
    // the build skips the archive on request, and only HotSpot writes one
    org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("newsextract.cds.skip")
        || System.getProperty("java.vm.name", "").contains("OpenJ9"), "no class-data archive");
    Path archive = CLI_JAR.resolveSibling("newsextract.jsa");
    assertTrue(Files.isRegularFile(archive), "the package phase writes " + archive);
    // -Xshare:on fails the JVM when the archive cannot be mapped for this jar
    MainResult mapped = exec(dir, List.of(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
        "-cp", CLI_JAR.toString(), "org.newsextract.cli.Main", "--version"));
    assertEquals(0, mapped.code(), mapped.out() + mapped.err());
    // a copy of the tool elsewhere: its archive names another jar, so the JVM refuses it, and
    // must say nothing about that on standard output (the results) or standard error
    Path jar = Files.copy(CLI_JAR, dir.resolve("newsextract.jar"));
    Files.copy(archive, dir.resolve("newsextract.jsa"));
    Path lines = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\": \"a\", \"text\": \"Police said 12 people were killed on Friday.\"}\n");
    List<String> cmd = List.of(java(), "-Dnewsextract.quickJvm.minBytes=0", "-jar",
        jar.toString(), "--jsonl", lines.toString());
    MainResult child = exec(dir, cmd);
    MainResult here = execWith(dir, cmd, java.util.Map.of("NEWSEXTRACT_NO_RELAUNCH", "1"));
    assertEquals(0, child.code(), child.err());
    assertEquals(here.out(), child.out());
    assertEquals("", child.err());
  }

  @Test
  void oneArticleRunsTheSameInTheChildJvm(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"),
        "Police said 12 people were killed on Friday. \"We are shocked,\" the mayor said.");
    for (List<String> options : List.of(List.of("--date", "2015-11-22"),
        List.of("--format", "text"), List.of("--format=html"))) {
      List<String> cmd = new ArrayList<>(List.of(java(), "-jar", CLI_JAR.toString()));
      cmd.addAll(options);
      cmd.add(article.toString());
      MainResult child = exec(dir, cmd);
      MainResult here = execWith(dir, cmd, java.util.Map.of("NEWSEXTRACT_NO_RELAUNCH", "1"));
      assertEquals(0, child.code(), child.err());
      assertEquals(here.out(), child.out(), options.toString());
      assertEquals(here.err(), child.err());
    }
  }
}
