package org.newsextract.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;

/**
 * Batch mode: JSON Lines in, one compact output line per input line, in order, never dropping
 * a line. Documents run on a pool of worker threads within a bounded window.
 */
final class BatchRunner {
  private final NewsExtractor extractor;
  private final ObjectMapper mapper;
  private final LocalDate defaultDate;
  private final int threads;
  private final PrintStream stderr;
  /** Null for no progress reports. */
  private final Progress progress;

  BatchRunner(
      NewsExtractor extractor, ObjectMapper mapper, LocalDate defaultDate, int threads,
      PrintStream stderr, Progress progress) {
    this.extractor = extractor;
    this.mapper = mapper;
    this.defaultDate = defaultDate;
    this.threads = threads;
    this.stderr = stderr;
    this.progress = progress;
  }

  /**
   * Where a batch's documents go besides their JSON line, in input order: the pages of
   * {@code --format html}.
   */
  interface DocumentSink {
    void document(String id, String text, Extraction x) throws IOException;

    void error(String id, String message) throws IOException;
  }

  private DocumentSink sink;

  /** Also hands every document, in input order, to {@code sink}. */
  BatchRunner withSink(DocumentSink sink) {
    this.sink = sink;
    return this;
  }

  /** A document in flight, and the input offset after its line. */
  private record InFlight(Future<OutputLine> result, long endOffset) {}

  /**
   * Runs the batch from {@code in} to {@code rawOut}, which stay open; returns the exit code.
   * The names are for messages ({@code outName} null for standard output).
   *
   * @throws Main.IoFailure when the input cannot be read or the output written: the run stops
   *     at once, without reading further or finishing the documents in flight
   */
  int run(InputStream in, String inName, OutputStream rawOut, String outName)
      throws Main.IoFailure {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsextract-worker");
      t.setDaemon(true);
      return t;
    });
    // A bounded window of documents in flight keeps order and memory in check.
    Deque<InFlight> window = new ArrayDeque<>();
    int maxInFlight = threads * 8;
    int failed = 0;
    long count = 0;
    long done = 0;
    if (progress != null) {
      progress.start(System.nanoTime());
    }
    LineReader lines = new LineReader(in); // reads blocks of its own
    OutputStream out = new BufferedOutputStream(rawOut, 1 << 16);
    try {
      LineReader.Line line;
      while ((line = read(lines, inName)) != null) {
        LineReader.Line l = line;
        window.add(new InFlight(
            pool.submit(() -> processLine(extractor, mapper, defaultDate, l)), lines.position()));
        if (window.size() >= maxInFlight) {
          InFlight next = window.poll();
          failed += write(next.result(), out, outName, sink);
          count++;
          done = next.endOffset();
        }
        if (progress != null) {
          progress.update(count, done, System.nanoTime());
        }
      }
      while (!window.isEmpty()) {
        InFlight next = window.poll();
        failed += write(next.result(), out, outName, sink);
        count++;
        done = next.endOffset();
        if (progress != null) {
          progress.update(count, done, System.nanoTime());
        }
      }
      try {
        out.flush();
      } catch (IOException e) {
        throw Main.IoFailure.writing(outName, e);
      }
    } finally {
      // After a failure the documents still queued or running are of no use.
      window.forEach(f -> f.result().cancel(true));
      pool.shutdownNow();
    }
    if (progress != null) {
      progress.finish(count, System.nanoTime());
    }
    if (failed > 0) {
      stderr.println("newsextract: " + failed + " of " + count + " documents failed");
      return Main.EXIT_FAILED_DOCS;
    }
    return Main.EXIT_OK;
  }

  private static LineReader.Line read(LineReader lines, String inName) throws Main.IoFailure {
    try {
      return lines.next();
    } catch (IOException e) {
      throw Main.IoFailure.reading(inName, e);
    }
  }

  /** Writes one result line; returns 1 when it is an error line. */
  private static int write(Future<OutputLine> f, OutputStream out, String outName,
      DocumentSink sink) throws Main.IoFailure {
    OutputLine json;
    try {
      json = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Main.IoFailure("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("processLine never throws", e.getCause());
    }
    try {
      out.write(json.json().getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      if (sink != null && json.failed()) {
        sink.error(json.id(), json.error());
      } else if (sink != null) {
        sink.document(json.id(), json.text(), json.extraction());
      }
    } catch (IOException e) {
      throw Main.IoFailure.writing(outName, e);
    }
    return json.failed() ? 1 : 0;
  }

  /**
   * One output line, and whether it reports a failure; with the document's id (or "line N"),
   * its text and extraction, or its error message, for a {@link DocumentSink}.
   */
  record OutputLine(String json, boolean failed, String id, String text, Extraction extraction,
      String error) {}

  /** One input line to one output line. Never throws: every failure becomes an error line. */
  static OutputLine processLine(
      NewsExtractor extractor, ObjectMapper mapper, LocalDate defaultDate, LineReader.Line line) {
    ObjectNode out = mapper.createObjectNode();
    JsonNode id = null;
    try {
      if (line.bytes() == null) {
        return error(mapper, out, null, line.number(),
            "line is longer than " + Main.MAX_LINE_BYTES + " bytes");
      }
      String s;
      try {
        s = Main.decodeUtf8(line.bytes(), 0, line.bytes().length);
      } catch (CharacterCodingException e) {
        return error(mapper, out, null, line.number(), "line is not valid UTF-8");
      }
      if (s.isBlank()) {
        return error(mapper, out, null, line.number(), "empty line");
      }
      JsonNode doc;
      try (JsonParser p = mapper.createParser(s)) {
        doc = mapper.readTree(p);
        if (!atEnd(p)) {
          // Silently dropping a second document would break "one output line per document".
          return error(mapper, out, null, line.number(),
              "trailing content after the JSON object");
        }
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
        date = dct.isTextual() ? parseDct(dct.asText()) : null;
        if (date == null) {
          String given = dct.isTextual() ? Main.shown(dct.asText()) : Main.shown(dct.toString());
          return error(mapper, out, id, line.number(),
              "invalid \"dct\" " + given + ": expected YYYY-MM-DD or an ISO date-time");
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
      return new OutputLine(mapper.writeValueAsString(out), false,
          id != null ? id.asText() : "line " + line.number(), text.asText(), x, null);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      // A failing document is reported on its own line; the batch goes on.
      ObjectNode fresh = mapper.createObjectNode();
      return error(mapper, fresh, id, line.number(),
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The forms of a dct: the date of a date-time is taken as written, with no time zone shift. */
  private static final List<DateTimeFormatter> DCT_FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      DateTimeFormatter.ISO_OFFSET_DATE_TIME);

  /**
   * A document creation time: exactly an ISO date (2015-02-01) or ISO date-time, with or without
   * an offset (2015-02-01T10:00:00Z), whose date is taken; null for anything else, such as
   * "2015-02-01 is the date", which a look at the first 10 chars used to accept.
   */
  static LocalDate parseDct(String s) {
    for (DateTimeFormatter f : DCT_FORMATS) {
      try {
        return f.parse(s, LocalDate::from);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  /** Whether nothing but white space follows the value just read. */
  private static boolean atEnd(JsonParser p) throws IOException {
    try {
      return p.nextToken() == null;
    } catch (JsonProcessingException e) {
      return false; // not JSON, but content all the same
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
    String label = id != null ? id.asText() : "line " + lineNumber;
    try {
      return new OutputLine(mapper.writeValueAsString(out), true, label, null, null, message);
    } catch (JsonProcessingException e) {
      return new OutputLine("{\"line\":" + lineNumber + ",\"error\":\"unserialisable error\"}",
          true, label, null, null, message);
    }
  }
}
