package org.newsextract.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsextract.Layer;
import org.newsextract.Limits;
import org.newsextract.NewsExtractor;
import org.newsextract.attribution.AttributionPatterns;

/**
 * What a {@link NewsExtractor} is built from, in a form that Java serialisation carries to the
 * executors (the library's own types are not {@code Serializable}) and that keys the
 * per-executor cache of {@link Extractors}: equal configurations share one extractor.
 *
 * @param patternIds the attribution pattern ids, in order of precedence
 * @param patternTemplates their templates, in the same order
 * @param layers the layers to run
 * @param maxInputChars see {@link Limits#maxInputChars()}
 * @param maxResultsPerLayer see {@link Limits#maxResultsPerLayer()}
 * @param nonSpeechQuotes see {@link NewsExtractor.Builder#nonSpeechQuotes(boolean)}
 * @param referenceDate the default reference date, or null for none
 */
record ExtractorConfig(
    List<String> patternIds,
    List<String> patternTemplates,
    Set<Layer> layers,
    int maxInputChars,
    int maxResultsPerLayer,
    boolean nonSpeechQuotes,
    LocalDate referenceDate) implements Serializable {
  private static final long serialVersionUID = 1L;

  ExtractorConfig {
    // List.copyOf and Set.copyOf are immutable and serialisable.
    patternIds = List.copyOf(patternIds);
    patternTemplates = List.copyOf(patternTemplates);
    layers = Set.copyOf(layers);
    if (patternIds.size() != patternTemplates.size()) {
      throw new IllegalArgumentException("one template per pattern id");
    }
  }

  static ExtractorConfig of(AttributionPatterns patterns, Set<Layer> layers, Limits limits,
      boolean nonSpeechQuotes, LocalDate referenceDate) {
    List<String> ids = new ArrayList<>();
    List<String> templates = new ArrayList<>();
    for (AttributionPatterns.Entry e : patterns.entries()) {
      ids.add(e.id());
      templates.add(e.template());
    }
    return new ExtractorConfig(ids, templates, layers, limits.maxInputChars(),
        limits.maxResultsPerLayer(), nonSpeechQuotes, referenceDate);
  }

  /** The patterns as given: the same ids and templates in the same order. */
  AttributionPatterns patterns() {
    AttributionPatterns p = AttributionPatterns.none();
    for (int i = 0; i < patternIds.size(); i++) {
      p = p.with(patternIds.get(i), patternTemplates.get(i));
    }
    return p;
  }

  Limits limits() {
    return new Limits(maxInputChars, maxResultsPerLayer);
  }

  /** Builds the extractor: compiles the patterns and loads the models (seconds). */
  NewsExtractor build() {
    Layer[] all = layers.stream().sorted().toArray(Layer[]::new);
    NewsExtractor.Builder b = NewsExtractor.builder()
        .attributionPatterns(patterns())
        .limits(limits())
        .nonSpeechQuotes(nonSpeechQuotes)
        .layers(all[0], java.util.Arrays.copyOfRange(all, 1, all.length));
    if (referenceDate != null) {
      b.referenceDate(referenceDate);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "ExtractorConfig[" + patternIds.size() + " patterns, layers " + layers + ", "
        + limits() + ", nonSpeechQuotes " + nonSpeechQuotes + ", referenceDate "
        + Objects.toString(referenceDate, "none") + "]";
  }
}
