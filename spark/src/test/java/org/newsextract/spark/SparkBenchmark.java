package org.newsextract.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Documents per second through Spark local[2] (not a test; spark/bench.sh runs it beside the
 * CLI). Per file: one cold run (the extractor is built in it), then timed warm runs; the rows
 * go to Spark's "noop" sink, so the time is extracting and building the rows (each row
 * extracted exactly once: checked). Prints
 * the peak heap used (all heap pools, peaks reset before each file): in local mode the
 * executor is this JVM.
 *
 * <pre>SparkBenchmark RUNS PARTITIONS FILE...</pre>
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) {
    int runs = Integer.parseInt(args[0]);
    int partitions = Integer.parseInt(args[1]);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      for (int a = 2; a < args.length; a++) {
        String file = args[a];
        Dataset<Row> df = spark.read().json(file).select("id", "text", "dct").cache();
        long docs = df.count(); // read and cached: the runs time the extraction
        resetPeaks();
        for (int r = 0; r <= runs; r++) {
          long before = Extractors.documents();
          long t0 = System.nanoTime();
          NewsExtractSpark.extract(df.repartition(partitions), "text", "dct")
              .write().format("noop").mode("overwrite").save();
          double s = (System.nanoTime() - t0) / 1e9;
          if (Extractors.documents() - before != docs) {
            throw new IllegalStateException("extracted " + (Extractors.documents() - before)
                + " documents for " + docs + " rows");
          }
          System.out.printf(Locale.ROOT, "%s run %s: %d docs %.2f s %.1f docs/s%n",
              file.substring(file.lastIndexOf('/') + 1), r == 0 ? "cold" : String.valueOf(r),
              docs, s, docs / s);
        }
        System.out.printf(Locale.ROOT, "%s peak heap used %d MB (max %d MB)%n",
            file.substring(file.lastIndexOf('/') + 1), peakHeapMb(),
            Runtime.getRuntime().maxMemory() >> 20);
        df.unpersist();
      }
    } finally {
      spark.stop();
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }
}
