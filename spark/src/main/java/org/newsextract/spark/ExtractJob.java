package org.newsextract.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.newsextract.Layer;

/**
 * The example job: articles in JSON Lines or Parquet to Parquet with a {@value
 * NewsExtractSpark#DEFAULT_COLUMN} column added to each row. Run it with {@code spark-submit}
 * (the master comes from there) or as a plain Java program, which runs in local mode on every
 * core.
 *
 * <pre>
 * ExtractJob IN OUT [--format jsonl|parquet] [--text-column text] [--date-column dct]
 *                   [--layers dates,quotes,attributions,casualties] [--partitions N] [--overwrite]
 * </pre>
 *
 * <p>The input is Parquet when {@code --format parquet} says so or its name ends in {@code
 * .parquet}, else JSON Lines (a file or a folder of them). The date column is used when the input has it.
 * {@code --partitions N} spreads the rows over N tasks first: a few large input files would
 * otherwise give fewer tasks than cores. At the end the job prints how many rows it wrote and
 * how many of them have an {@code error}.
 */
public final class ExtractJob {
  private ExtractJob() {}

  /**
   * Runs the job.
   *
   * @param args the input, the output and options (see the class comment)
   */
  public static void main(String[] args) {
    List<String> positional = new ArrayList<>();
    String format = null;
    String textColumn = "text";
    String dateColumn = "dct";
    String layers = null;
    int partitions = 0;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--format" -> format = value(args, ++i, a);
        case "--text-column" -> textColumn = value(args, ++i, a);
        case "--date-column" -> dateColumn = value(args, ++i, a);
        case "--layers" -> layers = value(args, ++i, a);
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
        case "--overwrite" -> overwrite = true;
        case "-h", "--help" -> {
          usage();
          return;
        }
        default -> positional.add(a);
      }
    }
    if (positional.size() != 2) {
      usage();
      System.exit(2);
    }
    String in = positional.get(0);
    String out = positional.get(1);

    NewsExtractSpark.Builder b = NewsExtractSpark.builder();
    if (layers != null) {
      Layer[] ls = java.util.Arrays.stream(layers.split(","))
          .map(s -> Layer.valueOf(s.strip().toUpperCase(Locale.ROOT))).toArray(Layer[]::new);
      b.layers(ls[0], java.util.Arrays.copyOfRange(ls, 1, ls.length));
    }
    NewsExtractSpark nx = b.build(); // bad options fail here, before Spark starts

    SparkConf conf = new SparkConf().setAppName("newsextract");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]"); // a plain `java` run: this machine's cores
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      boolean parquet = format != null ? format.equalsIgnoreCase("parquet")
          : in.endsWith(".parquet");
      Dataset<Row> df = parquet ? spark.read().parquet(in) : spark.read().json(in);
      if (partitions > 0) {
        df = df.repartition(partitions);
      }
      boolean hasDate = List.of(df.columns()).contains(dateColumn);
      Dataset<Row> result = nx.transform(df, textColumn, hasDate ? dateColumn : null);
      result.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(out);

      Dataset<Row> written = spark.read().parquet(out);
      long rows = written.count();
      long errors = written.filter(functions.col(nx.outputColumn() + ".error").isNotNull())
          .count();
      System.out.println("newsextract: wrote " + rows + " rows to " + out + ", " + errors
          + " with an error");
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      System.err.println("newsextract: " + option + " needs a value");
      System.exit(2);
    }
    return args[i];
  }

  private static void usage() {
    System.err.println("usage: ExtractJob IN OUT [--format jsonl|parquet] [--text-column text]"
        + " [--date-column dct] [--layers dates,quotes,attributions,casualties]"
        + " [--partitions N] [--overwrite]");
  }
}
