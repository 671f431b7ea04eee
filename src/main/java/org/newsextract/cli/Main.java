package org.newsextract.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.newsextract.Extraction;
import org.newsextract.Layer;
import org.newsextract.NewsExtractor;
import org.newsextract.attribution.AttributionPatterns;
import org.newsextract.cli.Options.Format;
import org.newsextract.html.HtmlBatch;
import org.newsextract.html.HtmlView;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The command-line tool. One article to pretty JSON, or a JSON Lines batch to one compact line
 * per input line, in order, never dropping a line.
 */
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_FAILED_DOCS = 1;
  static final int EXIT_USAGE = 2;
  /** The run did not complete: an input or output error, or out of memory. */
  static final int EXIT_IO = 3;
  /** Lines longer than this are answered with an error line without being decoded. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  /** How often batch progress is reported (package-private so tests can shorten it). */
  static long progressIntervalNanos = 5_000_000_000L;

  /** Set by {@link #main}: the JIT policy is the process's, not that of a test calling run. */
  private static volatile boolean mainProcess;

  private Main() {}

  public static void main(String[] args) {
    mainProcess = true;
    // an input file of up to a few megabytes: in a child JVM on the quick compiler, decided
    // before anything else loads (see QuickJvm); the child checks the arguments and reports any
    // error itself
    int child = QuickJvm.run(args, QuickJvm.inputBytes(args));
    if (child >= 0) {
      System.exit(child);
    }
    int code;
    try {
      code = run(args, System.in, System.out, System.err);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Should run() itself fail to report it; never a stack trace, never "a document failed".
      System.err.println(outOfMemory(e));
      code = EXIT_IO;
    }
    System.out.flush();
    System.exit(code);
  }

  /** Runs the tool; returns the exit code. Never throws for bad input or arguments. */
  static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
    try {
      return runOrThrow(args, stdin, stdout, stderr);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Per-document failures in a batch are error lines; this one stopped the whole run.
      stderr.println(outOfMemory(e));
      return EXIT_IO;
    }
  }

  static String outOfMemory(VirtualMachineError e) {
    if (e instanceof StackOverflowError) {
      return "newsextract: out of memory (stack overflow): raise -Xss";
    }
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "newsextract: out of memory (" + what + "): raise -Xmx or lower --threads";
  }

  private static int runOrThrow(
      String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
    Options o = new Options();
    CommandLine cmd = Options.commandLine(o);
    try {
      o.parse(cmd, args);
    } catch (UsageException e) {
      stderr.println("newsextract: " + e.getMessage() + " (try --help)");
      return EXIT_USAGE;
    }
    if (o.help) {
      cmd.usage(stdout);
      return EXIT_OK;
    }
    if (o.version) {
      stdout.println("newsextract " + version());
      return EXIT_OK;
    }
    if (o.completion) {
      stdout.print(AutoComplete.bash("newsextract", cmd));
      return EXIT_OK;
    }
    try {
      String input = o.jsonl != null ? o.jsonl : o.file;
      if (input == null) {
        throw new UsageException("no input: give FILE, - or --jsonl IN");
      }
      // What the user can get wrong is checked before the models load, which takes seconds.
      if (o.out != null && o.format != Format.HTML) {
        checkOut(o);
      }
      InputStream in = openInput(input, stdin);
      if (mainProcess) {
        JitPolicy.forInput(inputSize(input)); // a short run: C1 only (see JitPolicy)
      }
      try {
        return o.jsonl != null
            ? runBatch(o, in, stdout, stderr)
            : runSingle(o, in, stdout, stderr);
      } finally {
        if (in != stdin) {
          try {
            in.close();
          } catch (IOException e) {
            // nothing was lost
          }
        }
      }
    } catch (UsageException e) {
      stderr.println("newsextract: " + e.getMessage());
      return EXIT_USAGE;
    } catch (IoFailure e) {
      stderr.println("newsextract: " + e.getMessage());
      return EXIT_IO;
    }
  }

  private static NewsExtractor build(Options o) throws UsageException {
    AttributionPatterns patterns =
        o.noDefaultPatterns ? AttributionPatterns.none() : AttributionPatterns.defaults();
    int n = 0;
    for (String t : o.patterns) {
      patterns = patterns.with("cli-" + (++n), t);
    }
    for (String file : o.patternFiles) {
      Path path = path(file);
      List<String> lines;
      try {
        lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException("cannot read patterns file " + shown(file) + ": " + describe(e));
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          patterns = patterns.with(path.getFileName() + ":" + (i + 1), line);
        }
      }
    }
    NewsExtractor.Builder b = NewsExtractor.builder().attributionPatterns(patterns)
        .nonSpeechQuotes(o.nonSpeechQuotes);
    if (!o.layers.isEmpty()) {
      Layer first = o.layers.get(0);
      b.layers(first, o.layers.subList(1, o.layers.size()).toArray(Layer[]::new));
    }
    if (o.date != null) {
      b.referenceDate(o.date);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // A bad pattern (PatternException) or configuration. The message quotes the pattern, which
      // may hold line breaks and escape codes; its error position may be far in.
      throw new UsageException(oneLine(e.getMessage(), 400));
    }
  }

  private static int runSingle(Options o, InputStream in, PrintStream stdout, PrintStream stderr)
      throws IoFailure, UsageException {
    NewsExtractor extractor = build(o);
    int maxChars = extractor.limits().maxInputChars();
    // No more than the limit allows is read (a UTF-16 char takes at most 3 UTF-8 bytes), so a
    // huge file is refused without being held in memory. 3 more for a byte order mark, and 1
    // to know that there is more.
    int cap = (int) Math.min(3L * maxChars + 3 + 1, Integer.MAX_VALUE - 8);
    byte[] bytes;
    try {
      bytes = in.readNBytes(cap);
    } catch (IOException e) {
      throw IoFailure.reading(inputName(o.file), e);
    }
    String tooLong = inputName(o.file) + " has more than " + maxChars
        + " chars (Limits.maxInputChars)";
    // A leading byte order mark is the encoding's signature, not text: offsets start after it.
    int bom = bomLength(bytes);
    if (bytes.length == cap) {
      stderr.println("newsextract: " + tooLong);
      return EXIT_FAILED_DOCS;
    }
    String text;
    try {
      text = decodeUtf8(bytes, bom, bytes.length - bom);
    } catch (CharacterCodingException e) {
      throw new UsageException(shown(o.file) + " is not valid UTF-8 text");
    }
    if (text.length() > maxChars) {
      stderr.println("newsextract: " + tooLong);
      return EXIT_FAILED_DOCS;
    }
    Extraction x;
    try {
      x = extractor.extract(text);
    } catch (RuntimeException e) {
      stderr.println("newsextract: " + shown(o.file) + ": " + shown(e.getMessage()));
      return EXIT_FAILED_DOCS;
    }
    byte[] json;
    if (o.format == Format.TEXT) {
      json = TextOutput.digest(x, inputName(o.file), text.length(), o.date, extractor.layers())
          .getBytes(StandardCharsets.UTF_8);
    } else if (o.format == Format.HTML) {
      json = HtmlView.render(text, x, inputName(o.file)).getBytes(StandardCharsets.UTF_8);
    } else {
      ObjectMapper mapper = JsonOutput.newMapper();
      try {
        json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(
            JsonOutput.toJson(mapper, x));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a JSON tree always serialises", e);
      }
    }
    // Bytes, not println(String): the output is UTF-8 whatever the platform's charset.
    stdout.write(json, 0, json.length);
    stdout.write('\n');
    if (stdout.checkError()) {
      throw IoFailure.writing(null, new IOException(CheckedOutput.ERROR));
    }
    return EXIT_OK;
  }

  private static int runBatch(Options o, InputStream in, PrintStream stdout, PrintStream stderr)
      throws IoFailure, UsageException {
    if (o.format == Format.HTML) {
      return runHtmlBatch(o, in, stderr);
    }
    try (AtomicOutput out = o.out == null ? null : openOut(o.out)) {
      BatchRunner runner = batchRunner(o, stderr);
      if (out == null) {
        return runner.run(in, inputName(o.jsonl), new CheckedOutput(stdout), null);
      }
      int code = runner.run(in, inputName(o.jsonl), out.stream(), shown(o.out));
      out.commit();
      return code;
    } catch (IOException e) {
      throw IoFailure.writing(shown(o.out), e);
    }
  }

  /** The batch runner the options ask for, building the extractor (models load here). */
  private static BatchRunner batchRunner(Options o, PrintStream stderr) throws UsageException {
    int threads = o.threads > 0 ? o.threads : Runtime.getRuntime().availableProcessors();
    // Progress only where someone watches: in a terminal (System.console() is there when
    // standard input and output are; Java 17 cannot ask about standard error), or on request.
    Progress progress = o.progress || System.console() != null
        ? new Progress(stderr, inputName(o.jsonl), inputSize(o.jsonl), progressIntervalNanos,
            o.progress)
        : null;
    return new BatchRunner(build(o), JsonOutput.newMapper(), o.date, threads, stderr, progress);
  }

  /**
   * {@code --jsonl IN --format html --out DIR}: one page per document and an index.html in DIR
   * (see {@link HtmlBatch}); each page written to a temporary file and moved into place, so a
   * failed run leaves no half-written page. The exit codes are the batch's.
   */
  private static int runHtmlBatch(Options o, InputStream in, PrintStream stderr)
      throws IoFailure, UsageException {
    HtmlBatch pages;
    try {
      pages = HtmlBatch.create(path(o.out));
    } catch (IOException e) {
      throw new UsageException("cannot write " + shown(o.out) + ": " + describe(e));
    }
    BatchRunner runner = batchRunner(o, stderr).withSink(new BatchRunner.DocumentSink() {
      @Override
      public void document(String id, String text, Extraction x) throws IOException {
        pages.add(id, text, x);
      }

      @Override
      public void error(String id, String message) {
        pages.addError(id, message);
      }
    });
    int code = runner.run(in, inputName(o.jsonl), OutputStream.nullOutputStream(),
        shown(o.out));
    try {
      pages.finish();
    } catch (IOException e) {
      throw IoFailure.writing(shown(o.out), e);
    }
    return code;
  }

  /** The size of a regular input file, or -1 (standard input, a pipe, a device). */
  private static long inputSize(String name) {
    if (name.equals("-")) {
      return -1;
    }
    try {
      Path p = Path.of(name);
      return Files.isRegularFile(p) ? Files.size(p) : -1;
    } catch (IOException | InvalidPathException e) {
      return -1;
    }
  }

  private static AtomicOutput openOut(String name) throws UsageException {
    try {
      return AtomicOutput.open(path(name));
    } catch (IOException e) {
      throw new UsageException("cannot write " + shown(name) + ": " + describe(e));
    }
  }

  /**
   * Refuses an {@code --out} that is one of the run's own inputs: replacing it would lose it
   * (it used to be truncated before it was read).
   */
  private static void checkOut(Options o) throws UsageException {
    Path out = path(o.out);
    if (Files.isDirectory(out)) {
      throw new UsageException("cannot write " + shown(o.out) + ": is a directory");
    }
    if (Files.exists(out) && !Files.isRegularFile(out)) {
      return; // a device or FIFO is written to, never replaced (/dev/stdout may be a tty)
    }
    if (!o.jsonl.equals("-") && sameFile(out, path(o.jsonl))) {
      throw new UsageException(
          "--out " + shown(o.out) + " is the input file " + shown(o.jsonl) + ": not overwritten");
    }
    for (String file : o.patternFiles) {
      if (sameFile(out, path(file))) {
        throw new UsageException(
            "--out " + shown(o.out) + " is the patterns file " + shown(file) + ": not overwritten");
      }
    }
  }

  /** One file by identity (links, other spellings) when both exist, else by normalised path. */
  private static boolean sameFile(Path a, Path b) {
    if (Files.exists(a) && Files.exists(b)) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        // compare the paths
      }
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static Path path(String name) throws UsageException {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException("invalid file name " + shown(name));
    }
  }

  /** How messages name an input. */
  private static String inputName(String name) {
    return name.equals("-") ? "standard input" : shown(name);
  }

  /** Standard input for "-", else the named file; a file that cannot be opened is a usage error. */
  private static InputStream openInput(String name, InputStream stdin) throws UsageException {
    if (name.equals("-")) {
      return stdin;
    }
    Path p = path(name);
    if (Files.isDirectory(p)) {
      throw new UsageException("cannot read " + shown(name) + ": is a directory");
    }
    try {
      return Files.newInputStream(p);
    } catch (IOException e) {
      throw new UsageException("cannot read " + shown(name) + ": " + describe(e));
    }
  }

  /**
   * A user-supplied value as it may appear in a one-line message: shortened, and with line
   * breaks and control characters escaped (Commons Text), so a file name or argument with a
   * newline cannot split the message or forge another line.
   */
  static String shown(String s) {
    return oneLine(s, 80);
  }

  /** As {@link #shown}, cut at {@code max} chars: messages that quote a value keep more. */
  static String oneLine(String s, int max) {
    if (s == null) {
      return "null";
    }
    String cut = s.length() > max ? s.substring(0, max) + "..." : s;
    return StringEscapeUtils.escapeJava(cut);
  }

  /** 3 when {@code bytes} start with the UTF-8 byte order mark EF BB BF, else 0. */
  static int bomLength(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
  }

  static String decodeUtf8(byte[] bytes, int off, int len) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, off, len))
        .toString();
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    // A FileSystemException's message repeats the file name; the reason is the news.
    String why = e instanceof FileSystemException f && f.getReason() != null
        ? f.getReason() : e.getMessage();
    return why == null ? e.getClass().getSimpleName() : oneLine(why, 200);
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }

  // ---------------------------------------------------------------------------------------

  /** An input or output failure in the middle of a run: exit 3, the run did not complete. */
  static final class IoFailure extends Exception {
    private static final long serialVersionUID = 1L;

    IoFailure(String message, Throwable cause) {
      super(message, cause);
    }

    static IoFailure reading(String inputName, IOException e) {
      return new IoFailure("cannot read " + inputName + ": " + describe(e), e);
    }

    /** {@code outputName} null for standard output. */
    static IoFailure writing(String outputName, IOException e) {
      return new IoFailure("cannot write output: "
          + (outputName == null ? "" : outputName + ": ") + describe(e), e);
    }
  }

  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
