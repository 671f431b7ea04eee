package org.newsextract.spark;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;

/**
 * The function Spark calls per row: (text, reference date) to the struct of {@link
 * ExtractionRows}. It holds only the configuration; the extractor comes from {@link Extractors}
 * on the executor. A document that fails gives a row with {@code error} set, never an exception,
 * so the job goes on and every input row has its output row.
 */
final class ExtractFunction implements UDF2<String, Object, Row> {
  private static final long serialVersionUID = 1L;

  private final ExtractorConfig config;

  ExtractFunction(ExtractorConfig config) {
    this.config = config;
  }

  @Override
  public Row call(String text, Object dct) {
    LocalDate date;
    try {
      date = referenceDate(dct);
    } catch (IllegalArgumentException e) {
      return ExtractionRows.error(e.getMessage());
    }
    // Outside the try: an extractor that cannot be built (models missing from the jar) is a
    // broken deployment, and failing the task says so; rows full of errors would hide it.
    NewsExtractor extractor = Extractors.get(config);
    Extractors.countDocument();
    try {
      Extraction x = date == null ? extractor.extract(text) : extractor.extract(text, date);
      return ExtractionRows.of(x);
    } catch (RuntimeException | StackOverflowError e) {
      // As the CLI's error lines: the type and the message. OutOfMemoryError is not caught: the
      // executor's other tasks share its heap, and Spark retries the task elsewhere.
      return ExtractionRows.error(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The forms of a dct string: those of the CLI's "dct" field. */
  private static final List<DateTimeFormatter> DCT_FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      DateTimeFormatter.ISO_OFFSET_DATE_TIME);

  /**
   * The reference date in a cell: null for none, a date (either of Spark's external types), a
   * timestamp's date as Spark shows it, or a string the CLI accepts as a dct.
   *
   * @throws IllegalArgumentException for a string in no accepted form, or another type
   */
  static LocalDate referenceDate(Object dct) {
    if (dct == null) {
      return null;
    }
    if (dct instanceof LocalDate d) {
      return d;
    }
    if (dct instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (dct instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    if (dct instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (dct instanceof String s) {
      for (DateTimeFormatter f : DCT_FORMATS) {
        try {
          return f.parse(s, LocalDate::from);
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
      throw new IllegalArgumentException(
          "invalid dct \"" + shown + "\": expected YYYY-MM-DD or an ISO date-time");
    }
    throw new IllegalArgumentException(
        "unsupported dct type " + dct.getClass().getName() + ": give a date or a string");
  }
}
