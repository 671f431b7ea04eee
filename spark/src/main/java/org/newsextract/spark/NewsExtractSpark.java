package org.newsextract.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.newsextract.Layer;
import org.newsextract.Limits;
import org.newsextract.NewsExtractor;
import org.newsextract.attribution.AttributionPatterns;

/**
 * newsextract on Apache Spark: adds to a DataFrame of articles one struct column with what
 * {@link NewsExtractor} finds in each, and registers the same as a SQL function.
 *
 * <pre>{@code
 * // defaults: every layer, the built-in patterns
 * Dataset<Row> out = NewsExtractSpark.extract(articles, "text", "date");
 *
 * // configured like NewsExtractor.builder()
 * NewsExtractSpark nx = NewsExtractSpark.builder()
 *     .layers(Layer.QUOTES, Layer.ATTRIBUTIONS)
 *     .attributionPatterns(AttributionPatterns.defaults().with("tweet", "{source} tweeted {content}"))
 *     .build();                      // a bad pattern fails here, on the driver
 * Dataset<Row> quotes = nx.transform(articles, "text", "date");
 *
 * // SQL
 * NewsExtractSpark.register(spark);
 * spark.sql("SELECT id, newsextract(text, dct).casualty_totals FROM articles");
 * }</pre>
 *
 * <p>The column has the type {@link #schema()}: the fields of the command-line tool's JSON
 * output (arrays of structs for dates, quotes, attributions, sources and casualties, the
 * casualty totals as a map) and {@code error}. A document that cannot be processed (null text,
 * text over {@link Limits#maxInputChars()}, an invalid date string) gets a row whose {@code
 * error} says why and whose other fields are null; the job goes on, and there is exactly one
 * output row per input row.
 *
 * <p>Each executor JVM builds one extractor per configuration, on first use, and shares it
 * among its tasks; the function Spark serialises carries only the configuration. Instances are
 * immutable and thread-safe.
 */
public final class NewsExtractSpark {
  /** The name of the column {@link #transform} adds, unless the builder sets another. */
  public static final String DEFAULT_COLUMN = "newsextract";

  /** The name of the SQL function {@link #register(SparkSession)} registers. */
  public static final String SQL_FUNCTION = "newsextract";

  private final ExtractorConfig config;
  private final String outputColumn;

  private NewsExtractSpark(ExtractorConfig config, String outputColumn) {
    this.config = config;
    this.outputColumn = outputColumn;
  }

  /**
   * A builder with the library's defaults: every layer, the built-in patterns, {@link
   * Limits#DEFAULT}, no default reference date, the output column {@value #DEFAULT_COLUMN}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An instance with the defaults of {@link #builder()}.
   *
   * @return the default configuration
   */
  public static NewsExtractSpark defaults() {
    return builder().build();
  }

  /**
   * Adds the column {@value #DEFAULT_COLUMN} with the default configuration; see {@link
   * #transform(Dataset, String, String)}.
   *
   * @param df the articles
   * @param textColumn the column of the texts, a string column
   * @param dateColumn the column of the reference dates (publication dates), or null for none
   * @return {@code df} with the column added, one row per input row
   * @throws IllegalArgumentException if a column has a type that cannot be used
   */
  public static Dataset<Row> extract(Dataset<Row> df, String textColumn, String dateColumn) {
    return defaults().transform(df, textColumn, dateColumn);
  }

  /**
   * Registers the SQL function {@value #SQL_FUNCTION}{@code (text, dct)} with the default
   * configuration. {@code dct} is a date, a timestamp, an ISO date string or NULL.
   *
   * @param spark the session to register in
   */
  public static void register(SparkSession spark) {
    defaults().register(spark, SQL_FUNCTION);
  }

  /**
   * The type of the column: one struct per document.
   *
   * <p>{@code dates}, {@code quotes}, {@code attributions}, {@code sources}, {@code casualties}
   * (arrays of structs, in text order), {@code casualty_totals} (category name to count) and
   * {@code truncated}, named and nested as in the command-line tool's JSON output, and {@code
   * error}: null for a document that was processed, else why it was not (the other fields are
   * then null). Spans are structs of {@code start}, {@code end} (UTF-16 char offsets into the
   * text, end exclusive) and {@code text}; absent parts are null. Fields may be added in later
   * versions, never renamed or removed within a major version.
   *
   * @return the struct type
   */
  public static StructType schema() {
    return ExtractionRows.SCHEMA;
  }

  /**
   * Adds the output column, computed from the text and reference date of each row.
   *
   * @param df the articles
   * @param textColumn the column of the texts, a string column
   * @param dateColumn the column of the reference dates, which relative dates ("Friday") resolve
   *     against: a date, a timestamp (its date in the session time zone) or a string in the
   *     forms the CLI accepts for {@code dct}; null for none, when the builder's reference date
   *     (if any) is used. A null cell also falls back to the builder's date.
   * @return {@code df} with the column added (replacing a column of that name), one row per
   *     input row; lazy, like every transformation
   * @throws IllegalArgumentException if a column has a type that cannot be used; checked on the
   *     driver, before any job
   */
  public Dataset<Row> transform(Dataset<Row> df, String textColumn, String dateColumn) {
    Column text = df.col(textColumn);
    DataType textType = df.select(text).schema().fields()[0].dataType();
    if (!(textType instanceof StringType)) {
      throw new IllegalArgumentException(
          "text column " + textColumn + " must be a string column, is " + textType.sql());
    }
    Column date = dateColumn == null ? functions.lit(null).cast(DataTypes.DateType)
        : dateArgument(df, dateColumn);
    return df.withColumn(outputColumn, udf().apply(text, date));
  }

  /**
   * Adds the output column without reference dates (or with the builder's); see {@link
   * #transform(Dataset, String, String)}.
   *
   * @param df the articles
   * @param textColumn the column of the texts, a string column
   * @return {@code df} with the column added, one row per input row
   * @throws IllegalArgumentException if the text column is not a string column
   */
  public Dataset<Row> transform(Dataset<Row> df, String textColumn) {
    return transform(df, textColumn, null);
  }

  /**
   * The function as a column expression, for {@code select}: {@code nx.apply(col("text"),
   * col("dct"))}. The date argument is passed as it is (a date, a timestamp, a string or null).
   *
   * @param text the text of each row
   * @param date the reference date of each row, or {@code lit(null)}
   * @return a column of type {@link #schema()}
   */
  public Column apply(Column text, Column date) {
    return udf().apply(text, date);
  }

  /**
   * The user-defined function itself: two arguments (text, reference date), result type {@link
   * #schema()}. It carries only this configuration when Spark serialises it.
   *
   * @return a deterministic function, named {@value #SQL_FUNCTION}
   */
  public UserDefinedFunction udf() {
    return functions.udf(new ExtractFunction(config), ExtractionRows.SCHEMA)
        .withName(SQL_FUNCTION);
  }

  /**
   * Registers this configuration as a SQL function {@code name(text, dct)}.
   *
   * @param spark the session to register in
   * @param name the function's name
   */
  public void register(SparkSession spark, String name) {
    spark.udf().register(name, udf());
  }

  /**
   * The layers run.
   *
   * @return an unmodifiable set
   */
  public Set<Layer> layers() {
    return config.layers();
  }

  /**
   * The attribution patterns used.
   *
   * @return the patterns given to the builder
   */
  public AttributionPatterns attributionPatterns() {
    return config.patterns();
  }

  /**
   * The bounds on the work per document.
   *
   * @return the limits given to the builder
   */
  public Limits limits() {
    return config.limits();
  }

  /**
   * The reference date for rows without one.
   *
   * @return the builder's date, or empty
   */
  public Optional<LocalDate> referenceDate() {
    return Optional.ofNullable(config.referenceDate());
  }

  /**
   * The name of the column {@link #transform} adds.
   *
   * @return the column name
   */
  public String outputColumn() {
    return outputColumn;
  }

  ExtractorConfig config() {
    return config;
  }

  /** Timestamps become their date in the session time zone; other types go as they are. */
  private static Column dateArgument(Dataset<Row> df, String dateColumn) {
    Column date = df.col(dateColumn);
    DataType type = df.select(date).schema().fields()[0].dataType();
    if (type.equals(DataTypes.TimestampType) || type.equals(DataTypes.TimestampNTZType)) {
      return functions.to_date(date);
    }
    if (type.equals(DataTypes.DateType) || type instanceof StringType
        || type.equals(DataTypes.NullType)) {
      return date;
    }
    throw new IllegalArgumentException("date column " + dateColumn
        + " must be a date, timestamp or string column, is " + type.sql());
  }

  /**
   * Configures a {@link NewsExtractSpark} like {@link NewsExtractor.Builder}. Not thread-safe;
   * {@link #build()} checks everything, on the driver.
   */
  public static final class Builder {
    private AttributionPatterns patterns = AttributionPatterns.defaults();
    private EnumSet<Layer> layers = EnumSet.allOf(Layer.class);
    private Limits limits = Limits.DEFAULT;
    private boolean nonSpeechQuotes;
    private LocalDate referenceDate;
    private String outputColumn = DEFAULT_COLUMN;
    private final List<String> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Runs only these layers (all by default); see {@link NewsExtractor.Builder#layers}.
     *
     * @param first a layer to run
     * @param more more layers to run
     * @return this builder
     */
    public Builder layers(Layer first, Layer... more) {
      if (first == null || more == null || Arrays.asList(more).contains(null)) {
        problems.add("layers must not be null");
      } else {
        layers = EnumSet.of(first, more);
      }
      return this;
    }

    /**
     * The attribution patterns, {@link AttributionPatterns#defaults()} unless set.
     *
     * @param patterns the patterns, compiled and checked by {@link #build()}
     * @return this builder
     */
    public Builder attributionPatterns(AttributionPatterns patterns) {
      if (patterns == null) {
        problems.add("attributionPatterns must not be null");
      } else {
        this.patterns = patterns;
      }
      return this;
    }

    /**
     * Bounds on the work per document, {@link Limits#DEFAULT} unless set. A longer text gets an
     * error row.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(Limits limits) {
      if (limits == null) {
        problems.add("limits must not be null");
      } else {
        this.limits = limits;
      }
      return this;
    }

    /**
     * Also return quoted words that are not reported speech; see {@link
     * NewsExtractor.Builder#nonSpeechQuotes(boolean)}.
     *
     * @param include true to include them
     * @return this builder
     */
    public Builder nonSpeechQuotes(boolean include) {
      this.nonSpeechQuotes = include;
      return this;
    }

    /**
     * The reference date for rows whose date is null or when no date column is given.
     *
     * @param date the date
     * @return this builder
     */
    public Builder referenceDate(LocalDate date) {
      if (date == null) {
        problems.add("referenceDate must not be null");
      }
      this.referenceDate = date;
      return this;
    }

    /**
     * The name of the column {@link NewsExtractSpark#transform} adds, {@value
     * NewsExtractSpark#DEFAULT_COLUMN} unless set.
     *
     * @param name a column name
     * @return this builder
     */
    public Builder outputColumn(String name) {
      if (name == null || name.isBlank()) {
        problems.add("outputColumn must not be blank");
      } else {
        this.outputColumn = name;
      }
      return this;
    }

    /**
     * Checks the configuration and compiles the patterns, here on the driver, so a bad pattern
     * fails before any job starts. The models are not loaded here: each executor loads them
     * when it first needs them.
     *
     * @return a new, immutable instance
     * @throws IllegalArgumentException naming every problem found, or the first bad pattern (a
     *     {@link org.newsextract.PatternException})
     */
    public NewsExtractSpark build() {
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid NewsExtractSpark configuration: " + String.join("; ", problems));
      }
      // The same compilation NewsExtractor.Builder.build() does, without loading the models
      // (the driver needs none).
      patterns.validate();
      return new NewsExtractSpark(
          ExtractorConfig.of(patterns, layers, limits, nonSpeechQuotes, referenceDate),
          outputColumn);
    }
  }
}
