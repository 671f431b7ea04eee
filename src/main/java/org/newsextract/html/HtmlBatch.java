package org.newsextract.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsextract.Extraction;

/**
 * Writes a batch as HTML into a directory: one page per document ({@code 0001-ID.html}, the
 * number in the order documents are added, the id reduced to letters, digits, {@code . _ -}),
 * each linking back to {@code index.html}, and {@link #finish()} writes that index.
 *
 * <pre>{@code
 * HtmlBatch batch = HtmlBatch.create(Path.of("out"));
 * for (Doc d : docs) {
 *   batch.add(d.id(), d.text(), extractor.extract(d.text()));   // or batch.addError(id, why)
 * }
 * Path index = batch.finish();
 * }</pre>
 *
 * <p>Thread-safe: {@link #add} renders outside any lock, so workers can call it in parallel;
 * the index lists documents in the order their {@code add} or {@code addError} calls were
 * made. Every file is written to a temporary file in the directory first and moved into place,
 * so no file is ever left half-written under its name. Ids are only text in the pages: an id
 * such as {@code ../x} or {@code <script>} neither escapes the directory nor runs.
 */
public final class HtmlBatch {
  /** The index's file name in the directory. */
  public static final String INDEX = "index.html";

  private final Path dir;
  private final List<IndexRow> rows = new ArrayList<>();
  private boolean finished;

  private HtmlBatch(Path dir) {
    this.dir = dir;
  }

  /** A batch writing into {@code dir}, which is created when missing. */
  public static HtmlBatch create(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    return new HtmlBatch(dir);
  }

  public Path directory() {
    return dir;
  }

  /** Renders and writes the page of one document; returns its path. */
  public Path add(String id, String text, Extraction x) throws IOException {
    Objects.requireNonNull(id, "id");
    String page = HtmlView.page(text, x, id, INDEX);
    String name;
    synchronized (this) {
      checkOpen();
      name = fileName(rows.size() + 1, id);
      rows.add(IndexRow.of(id, name, x));
    }
    Path file = dir.resolve(name);
    write(file, page);
    return file;
  }

  /** Lists a document that has no page (a bad input line, a failed extraction) in the index. */
  public synchronized void addError(String id, String message) {
    checkOpen();
    rows.add(IndexRow.failed(Objects.requireNonNull(id, "id"), message));
  }

  /** Writes {@code index.html} and returns its path; nothing can be added after. */
  public Path finish() throws IOException {
    List<IndexRow> all;
    synchronized (this) {
      checkOpen();
      finished = true;
      all = List.copyOf(rows);
    }
    Path index = dir.resolve(INDEX);
    write(index, HtmlView.renderIndex(all));
    return index;
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the batch is finished");
    }
  }

  /** {@code 0001-reuters-42.html}: the number keeps names unique, the id keeps them readable. */
  static String fileName(int n, String id) {
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < id.length() && slug.length() < 48; i++) {
      char c = id.charAt(i);
      char before = slug.length() > 0 ? slug.charAt(slug.length() - 1) : '-';
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-' || (c == '.' && before != '.' && before != '-');
      if (safe) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    while (slug.length() > 0 && (slug.charAt(slug.length() - 1) == '-'
        || slug.charAt(slug.length() - 1) == '.')) {
      slug.setLength(slug.length() - 1);
    }
    return String.format(java.util.Locale.ROOT, "%04d", n)
        + (slug.length() > 0 ? "-" + slug : "") + ".html";
  }

  private static void write(Path file, String html) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), ".newsextract-", ".tmp");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
