package org.newsextract.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.newsextract.NewsExtractor;

/**
 * The extractors of this JVM, one per configuration, built on first use and shared by every
 * task the executor runs (a {@link NewsExtractor} is immutable and thread-safe). Static, so it
 * is never part of a serialised closure: a task carries only its {@link ExtractorConfig}.
 * Building loads the models once per JVM and compiles the patterns, which takes seconds; it
 * happens once per configuration, whatever the number of tasks, partitions or rows.
 *
 * <p>Entries are never evicted: a job uses one or a few configurations, and extractors share
 * the models, so each extra one costs its compiled patterns only.
 */
final class Extractors {
  private static final ConcurrentMap<ExtractorConfig, NewsExtractor> BY_CONFIG =
      new ConcurrentHashMap<>();
  private static final AtomicInteger BUILT = new AtomicInteger();
  private static final LongAdder DOCUMENTS = new LongAdder();

  private Extractors() {}

  /** The extractor for {@code config}, built here the first time (other callers wait). */
  static NewsExtractor get(ExtractorConfig config) {
    return BY_CONFIG.computeIfAbsent(config, c -> {
      BUILT.incrementAndGet();
      return c.build();
    });
  }

  /** Counts one document handed to an extractor. */
  static void countDocument() {
    DOCUMENTS.increment();
  }

  /** How many extractors this JVM has built (tests: once per configuration). */
  static int built() {
    return BUILT.get();
  }

  /** How many documents this JVM has handed to an extractor (tests: once per row). */
  static long documents() {
    return DOCUMENTS.sum();
  }

  /** Whether this JVM has an extractor for {@code config} already. */
  static boolean has(ExtractorConfig config) {
    return BY_CONFIG.containsKey(config);
  }
}
