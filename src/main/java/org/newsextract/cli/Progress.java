package org.newsextract.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Batch progress on standard error, one line at a time: the documents written and the rate, and
 * for an input file of known size also the share done (bytes of the input whose output lines
 * are written) and the time left at the rate so far. Nothing goes to standard output.
 */
final class Progress {
  private final PrintStream err;
  private final String inputName;
  /** Bytes of the input file, or -1 when unknown (standard input, a pipe). */
  private final long totalBytes;
  private final long intervalNanos;
  /** Asked for with --progress: also report the end of a short run. */
  private final boolean requested;
  private long started;
  private long lastReport;

  Progress(PrintStream err, String inputName, long totalBytes, long intervalNanos,
      boolean requested) {
    this.err = err;
    this.inputName = inputName;
    this.totalBytes = totalBytes;
    this.intervalNanos = intervalNanos;
    this.requested = requested;
  }

  void start(long now) {
    started = now;
    lastReport = now;
  }

  /** Reports if the interval has passed since the last report. */
  void update(long documents, long bytesDone, long now) {
    if (now - lastReport >= intervalNanos) {
      err.println(line(documents, bytesDone, now - started));
      lastReport = now;
    }
  }

  /** The last report, when progress was asked for or the run was long enough to show some. */
  void finish(long documents, long now) {
    if (requested || now - started >= intervalNanos) {
      double secs = (now - started) / 1e9;
      err.println(String.format(Locale.ROOT, "newsextract: %d documents in %s, %.1f docs/s",
          documents, duration(secs), documents / Math.max(secs, 1e-9)));
    }
  }

  /** A report during the run. */
  String line(long documents, long bytesDone, long elapsedNanos) {
    double secs = elapsedNanos / 1e9;
    double rate = documents / Math.max(secs, 1e-9);
    StringBuilder sb = new StringBuilder("newsextract: ");
    if (totalBytes > 0) {
      double done = Math.min(1.0, (double) bytesDone / totalBytes);
      sb.append(String.format(Locale.ROOT, "%d%% of %s, ", (int) Math.floor(done * 100),
          inputName));
      sb.append(String.format(Locale.ROOT, "%d documents, %.1f docs/s", documents, rate));
      if (done > 0) {
        sb.append(", ").append(duration(secs * (1 - done) / done)).append(" left");
      }
    } else {
      sb.append(String.format(Locale.ROOT, "%d documents, %.1f docs/s", documents, rate));
    }
    return sb.toString();
  }

  /** 0:07, 12:34 or 1:02:03. */
  static String duration(double secs) {
    long s = Math.round(Math.max(0, secs));
    long h = s / 3600;
    long m = s / 60 % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", m, s % 60);
  }
}
