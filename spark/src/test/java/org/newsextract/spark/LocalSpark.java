package org.newsextract.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: local[2], no UI, few shuffle partitions. One session for the whole test JVM
 * (getOrCreate), as starting one takes seconds; Spark stops it when the JVM exits.
 */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("newsextract-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
