package org.newsextract.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.text.StringEscapeUtils;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.attribution.AttributionPatterns;

/**
 * The command-line tool. One article to pretty JSON, or a JSON Lines batch to one compact line
 * per input line, in order, never dropping a line.
 */
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_FAILED_DOCS = 1;
  static final int EXIT_USAGE = 2;
  /** Lines longer than this are answered with an error line without being decoded. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  private static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar newsextract.jar [options] FILE|-",
          "       java -jar newsextract.jar [options] --jsonl IN.jsonl|- [--out OUT.jsonl]",
          "",
          "Extracts attributions, quotes, casualty counts and dates from English news text.",
          "",
          "  FILE | -                 one article (UTF-8 text); prints one pretty JSON object",
          "  --jsonl IN | -           JSON Lines of {\"id\", \"text\", \"dct\"}; one output line each",
          "  --out OUT                write the JSON Lines output to OUT instead of stdout",
          "  --date YYYY-MM-DD        reference date for relative dates (a line's dct wins)",
          "  --pattern TEMPLATE       add an attribution pattern (repeatable)",
          "  --patterns FILE          add attribution patterns, one a line (# comments)",
          "  --no-default-patterns    start from no attribution patterns",
          "  --non-speech-quotes      also list scare quotes, titles, glosses (kind OTHER)",
          "  --threads N              worker threads for --jsonl (default: processors)",
          "  --help                   show this help",
          "  --version                show the version",
          "",
          "Exit codes: 0 ok, 1 some documents failed (each has an error line), 2 usage error.");

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /** Runs the tool; returns the exit code. Never throws for bad input or arguments. */
  static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (UsageException e) {
      stderr.println("newsextract: " + e.getMessage() + " (try --help)");
      return EXIT_USAGE;
    }
    if (o.help) {
      stdout.println(USAGE);
      return EXIT_OK;
    }
    if (o.version) {
      stdout.println("newsextract " + version());
      return EXIT_OK;
    }
    NewsExtractor extractor;
    try {
      extractor = build(o);
    } catch (UsageException | IllegalArgumentException e) {
      stderr.println("newsextract: " + e.getMessage());
      return EXIT_USAGE;
    }
    ObjectMapper mapper = newMapper();
    try {
      if (o.jsonl != null) {
        return runBatch(o, extractor, mapper, stdin, stdout, stderr);
      }
      return runSingle(o, extractor, mapper, stdin, stdout, stderr);
    } catch (UsageException e) {
      stderr.println("newsextract: " + e.getMessage());
      return EXIT_USAGE;
    } catch (IOException e) {
      stderr.println("newsextract: I/O error: " + e.getMessage());
      return EXIT_USAGE;
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
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException("cannot read patterns file " + shown(file) + ": " + describe(e));
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          patterns = patterns.with(Path.of(file).getFileName() + ":" + (i + 1), line);
        }
      }
    }
    NewsExtractor.Builder b = NewsExtractor.builder().attributionPatterns(patterns)
        .nonSpeechQuotes(o.nonSpeechQuotes);
    if (o.date != null) {
      b.referenceDate(o.date);
    }
    return b.build();
  }

  private static int runSingle(
      Options o,
      NewsExtractor extractor,
      ObjectMapper mapper,
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr)
      throws IOException, UsageException {
    if (o.file == null) {
      throw new UsageException("no input: give FILE, - or --jsonl IN");
    }
    byte[] bytes;
    InputStream in = openInput(o.file, stdin);
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UsageException("cannot read " + shown(o.file) + ": " + describe(e));
    } finally {
      if (in != stdin) {
        in.close();
      }
    }
    String text;
    try {
      text = decodeUtf8(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      throw new UsageException(shown(o.file) + " is not valid UTF-8 text");
    }
    Extraction x;
    try {
      x = extractor.extract(text);
    } catch (RuntimeException e) {
      stderr.println("newsextract: " + shown(o.file) + ": " + shown(e.getMessage()));
      return EXIT_FAILED_DOCS;
    }
    stdout.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
        JsonOutput.toJson(mapper, x)));
    return EXIT_OK;
  }

  // ---------------------------------------------------------------------------------------
  // Batch mode

  private static int runBatch(
      Options o,
      NewsExtractor extractor,
      ObjectMapper mapper,
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr)
      throws IOException, UsageException {
    InputStream in = openInput(o.jsonl, stdin);
    OutputStream rawOut;
    if (o.out != null) {
      try {
        rawOut = Files.newOutputStream(Path.of(o.out));
      } catch (IOException e) {
        in.close();
        throw new UsageException("cannot write " + shown(o.out) + ": " + describe(e));
      }
    } else {
      rawOut = stdout;
    }
    int threads = o.threads > 0 ? o.threads : Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsextract-worker");
      t.setDaemon(true);
      return t;
    });
    int failed = 0;
    long count = 0;
    long started = System.nanoTime();
    long lastReport = started;
    try (LineReader lines = new LineReader(new BufferedInputStream(in, 1 << 16));
        OutputStream out = new BufferedOutputStream(rawOut, 1 << 16)) {
      // A bounded window of documents in flight keeps order and memory in check.
      Deque<Future<OutputLine>> window = new ArrayDeque<>();
      int maxInFlight = threads * 8;
      LineReader.Line line;
      while ((line = lines.next()) != null) {
        LineReader.Line l = line;
        window.add(pool.submit(() -> processLine(extractor, mapper, o.date, l)));
        if (window.size() >= maxInFlight) {
          failed += write(window.poll(), out);
          count++;
        }
        long now = System.nanoTime();
        if (now - lastReport > 5_000_000_000L) {
          progress(stderr, count, started, now);
          lastReport = now;
        }
      }
      while (!window.isEmpty()) {
        failed += write(window.poll(), out);
        count++;
      }
      out.flush();
    } finally {
      pool.shutdownNow();
    }
    if (System.nanoTime() - started > 5_000_000_000L) {
      progress(stderr, count, started, System.nanoTime());
    }
    if (failed > 0) {
      stderr.println("newsextract: " + failed + " of " + count + " documents failed");
      return EXIT_FAILED_DOCS;
    }
    return EXIT_OK;
  }

  /** Standard input for "-", else the named file; a file that cannot be opened is a usage error. */
  private static InputStream openInput(String name, InputStream stdin) throws UsageException {
    if (name.equals("-")) {
      return stdin;
    }
    try {
      return Files.newInputStream(Path.of(name));
    } catch (IOException e) {
      throw new UsageException("cannot read " + shown(name) + ": " + describe(e));
    }
  }

  private static void progress(PrintStream stderr, long count, long started, long now) {
    double secs = (now - started) / 1e9;
    stderr.printf("newsextract: %d documents, %.1f docs/s%n", count, count / Math.max(secs, 1e-9));
  }

  /** Writes one result line; returns 1 when it is an error line. */
  private static int write(Future<OutputLine> f, OutputStream out) throws IOException {
    OutputLine json;
    try {
      json = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("processLine never throws", e.getCause());
    }
    out.write(json.json().getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    return json.failed() ? 1 : 0;
  }

  /** One output line, and whether it reports a failure. */
  record OutputLine(String json, boolean failed) {}

  /** One input line to one output line. Never throws: every failure becomes an error line. */
  static OutputLine processLine(
      NewsExtractor extractor, ObjectMapper mapper, LocalDate defaultDate, LineReader.Line line) {
    ObjectNode out = mapper.createObjectNode();
    JsonNode id = null;
    try {
      if (line.bytes() == null) {
        return error(mapper, out, null, line.number(),
            "line is longer than " + MAX_LINE_BYTES + " bytes");
      }
      String s;
      try {
        s = decodeUtf8(line.bytes(), 0, line.bytes().length);
      } catch (CharacterCodingException e) {
        return error(mapper, out, null, line.number(), "line is not valid UTF-8");
      }
      if (s.isBlank()) {
        return error(mapper, out, null, line.number(), "empty line");
      }
      JsonNode doc;
      try {
        doc = mapper.readTree(s);
      } catch (JsonProcessingException e) {
        return error(mapper, out, null, line.number(),
            "malformed JSON: " + e.getOriginalMessage());
      }
      if (doc == null || !doc.isObject()) {
        return error(mapper, out, null, line.number(), "line is not a JSON object");
      }
      id = doc.get("id");
      if (id != null && !id.isValueNode()) {
        id = null;
        return error(mapper, out, null, line.number(), "\"id\" must be a string or number");
      }
      JsonNode text = doc.get("text");
      if (text == null || text.isNull()) {
        return error(mapper, out, id, line.number(), "missing \"text\"");
      }
      if (!text.isTextual()) {
        return error(mapper, out, id, line.number(), "\"text\" must be a string");
      }
      LocalDate date = defaultDate;
      JsonNode dct = doc.get("dct");
      if (dct != null && !dct.isNull()) {
        if (!dct.isTextual()) {
          return error(mapper, out, id, line.number(), "\"dct\" must be a YYYY-MM-DD string");
        }
        try {
          date = LocalDate.parse(dct.asText().length() > 10
              ? dct.asText().substring(0, 10) : dct.asText());
        } catch (DateTimeParseException e) {
          return error(mapper, out, id, line.number(),
              "invalid \"dct\" " + shown(dct.asText()) + ": expected YYYY-MM-DD");
        }
      }
      Extraction x =
          date == null ? extractor.extract(text.asText()) : extractor.extract(text.asText(), date);
      if (id != null) {
        out.set("id", id);
      } else {
        out.put("line", line.number());
      }
      JsonOutput.fill(out, x);
      return new OutputLine(mapper.writeValueAsString(out), false);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      // A failing document is reported on its own line; the batch goes on.
      ObjectNode fresh = mapper.createObjectNode();
      return error(mapper, fresh, id, line.number(),
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static OutputLine error(
      ObjectMapper mapper, ObjectNode out, JsonNode id, long lineNumber, String message) {
    out.removeAll();
    if (id != null) {
      out.set("id", id);
    }
    out.put("line", lineNumber);
    out.put("error", message);
    try {
      return new OutputLine(mapper.writeValueAsString(out), true);
    } catch (JsonProcessingException e) {
      return new OutputLine("{\"line\":" + lineNumber + ",\"error\":\"unserialisable error\"}", true);
    }
  }

  /**
   * A user-supplied value as it may appear in a one-line message: shortened, and with line
   * breaks and control characters escaped (Commons Text), so a file name or argument with a
   * newline cannot split the message or forge another line.
   */
  static String shown(String s) {
    if (s == null) {
      return "null";
    }
    String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
    return StringEscapeUtils.escapeJava(cut);
  }

  /** A mapper that reads strings as long as a whole input line (Jackson's default is 20 MB). */
  static ObjectMapper newMapper() {
    return new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(MAX_LINE_BYTES).build())
        .build());
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
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  // ---------------------------------------------------------------------------------------

  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static final class Options {
    String file;
    String jsonl;
    String out;
    LocalDate date;
    final List<String> patterns = new ArrayList<>();
    final List<String> patternFiles = new ArrayList<>();
    boolean noDefaultPatterns;
    boolean nonSpeechQuotes;
    int threads;
    boolean help;
    boolean version;

    static Options parse(String[] args) throws UsageException {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> o.help = true;
          case "--version" -> o.version = true;
          case "--jsonl" -> o.jsonl = value(args, ++i, a);
          case "--out", "-o" -> o.out = value(args, ++i, a);
          case "--pattern" -> o.patterns.add(value(args, ++i, a));
          case "--patterns" -> o.patternFiles.add(value(args, ++i, a));
          case "--no-default-patterns" -> o.noDefaultPatterns = true;
          case "--non-speech-quotes" -> o.nonSpeechQuotes = true;
          case "--date" -> {
            String d = value(args, ++i, a);
            try {
              o.date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
              throw new UsageException("invalid --date " + shown(d) + ": expected YYYY-MM-DD");
            }
          }
          case "--threads" -> {
            String t = value(args, ++i, a);
            try {
              o.threads = Integer.parseInt(t);
            } catch (NumberFormatException e) {
              o.threads = -1;
            }
            if (o.threads < 1 || o.threads > 256) {
              throw new UsageException("invalid --threads " + shown(t) + ": expected 1 to 256");
            }
          }
          default -> {
            if (a.startsWith("-") && !a.equals("-")) {
              throw new UsageException("unknown option " + shown(a));
            }
            if (o.file != null) {
              throw new UsageException("more than one input file: " + shown(o.file) + ", " + shown(a));
            }
            o.file = a;
          }
        }
      }
      if (o.jsonl != null && o.file != null) {
        throw new UsageException("give either FILE or --jsonl, not both");
      }
      if (o.out != null && o.jsonl == null) {
        throw new UsageException("--out needs --jsonl");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) throws UsageException {
      if (i >= args.length) {
        throw new UsageException(option + " needs a value");
      }
      return args[i];
    }
  }
}
