/**
 * newsextract on Apache Spark 4 (Scala 2.13, Java 17 or later).
 *
 * <p>{@link org.newsextract.spark.NewsExtractSpark} adds a typed struct column to a DataFrame of
 * articles and registers the SQL function {@code newsextract(text, dct)}; {@link
 * org.newsextract.spark.ExtractJob} is a runnable job from JSON Lines or Parquet to Parquet.
 * Spark itself is a {@code provided} dependency: give {@code spark-submit} the jar {@code
 * newsextract-spark-VERSION-all.jar}, which bundles this module, the library and its models.
 */
package org.newsextract.spark;
