package org.newsextract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newsextract.analysis.Models;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.AttributionPatterns;
import org.newsextract.attribution.engine.AttributionExtractor;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.engine.CasualtyExtractor;
import org.newsextract.date.DateMention;
import org.newsextract.date.engine.DateExtractor;
import org.newsextract.quote.Quote;
import org.newsextract.quote.engine.QuoteExtractor;
import org.newsextract.source.engine.QuoteStatements;
import org.newsextract.source.engine.SourceLinker;

/**
 * Extracts attributions, quotes, casualty counts and dates from English news text.
 *
 * <pre>{@code
 * NewsExtractor extractor = NewsExtractor.builder()
 *     .referenceDate(LocalDate.of(2015, 11, 22))
 *     .build();
 * Extraction x = extractor.extract(articleText);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Models load once per JVM, in {@link
 * Builder#build()}. The extractor never reads the system clock: relative dates resolve against
 * the reference date given per call or in the builder, and stay underspecified without one.
 */
public final class NewsExtractor {
  private final Optional<LocalDate> referenceDate;
  private final Limits limits;
  private final Set<Layer> layers;
  private final DateExtractor dates;
  private final QuoteExtractor quotes;
  private final AttributionExtractor attributions;
  private final CasualtyExtractor casualties;

  private NewsExtractor(Builder b, AttributionExtractor attributions) {
    this.referenceDate = Optional.ofNullable(b.referenceDate);
    this.limits = b.limits;
    this.layers = Set.copyOf(b.layers);
    this.dates = new DateExtractor();
    this.quotes = new QuoteExtractor(b.nonSpeechQuotes);
    this.attributions = attributions;
    this.casualties = new CasualtyExtractor(b.limits.maxResultsPerLayer());
  }

  /**
   * A builder with the defaults: no reference date, {@link Limits#DEFAULT}, {@link
   * AttributionPatterns#defaults()}, every {@link Layer}, reported speech only.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default reference date for relative expressions.
   *
   * @return the builder's reference date, or empty if none was set
   */
  public Optional<LocalDate> referenceDate() {
    return referenceDate;
  }

  /**
   * The bounds on the work done per input.
   *
   * @return the limits given to the builder, or {@link Limits#DEFAULT}
   */
  public Limits limits() {
    return limits;
  }

  /**
   * The layers this extractor runs; the lists of the others stay empty.
   *
   * @return an unmodifiable set of layers
   */
  public Set<Layer> layers() {
    return layers;
  }

  /**
   * The attribution patterns in use.
   *
   * @return the patterns given to the builder, or {@link AttributionPatterns#defaults()}
   */
  public AttributionPatterns attributionPatterns() {
    return attributions.patterns();
  }

  /**
   * Extracts from {@code text}, resolving relative dates against the builder's reference date.
   *
   * @param text the article; offsets in the results are UTF-16 char offsets into it
   * @return everything found, in text order; blank text gives {@link Extraction#empty()}
   * @throws ExtractionException if {@code text} is null or longer than {@link
   *     Limits#maxInputChars()}
   */
  public Extraction extract(String text) {
    return run(text, referenceDate);
  }

  /**
   * Extracts from {@code text}, resolving relative dates against {@code referenceDate} (for
   * example the article's publication date).
   *
   * @param text the article; offsets in the results are UTF-16 char offsets into it
   * @param referenceDate the date relative expressions resolve against, in place of the
   *     builder's
   * @return everything found, in text order; blank text gives {@link Extraction#empty()}
   * @throws ExtractionException if {@code text} is null or longer than {@link
   *     Limits#maxInputChars()}
   * @throws NullPointerException if {@code referenceDate} is null
   */
  public Extraction extract(String text, LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    return run(text, Optional.of(referenceDate));
  }

  private Extraction run(String text, Optional<LocalDate> ref) {
    if (text == null) {
      throw new ExtractionException(ExtractionException.Reason.NULL_INPUT, "text is null");
    }
    if (text.length() > limits.maxInputChars()) {
      throw new ExtractionException(
          ExtractionException.Reason.INPUT_TOO_LONG,
          "text has " + text.length() + " chars, more than the limit of "
              + limits.maxInputChars() + " (Limits.maxInputChars)");
    }
    if (text.isBlank()) {
      return Extraction.empty();
    }
    TextAnalysis analysis = TextAnalysis.of(text);
    boolean[] truncated = {false};
    // Each layer stops once it has found more than the cap (so the work and the memory held
    // stay bounded); cap() below trims and records the truncation.
    int max = limits.maxResultsPerLayer();
    List<Attribution> attr =
        layers.contains(Layer.ATTRIBUTIONS) || layers.contains(Layer.QUOTES)
            ? attributions.extract(analysis, max)
            : List.of();
    List<Quote> q =
        layers.contains(Layer.QUOTES) ? quotes.extract(analysis, attr, max) : List.<Quote>of();
    if (!layers.contains(Layer.ATTRIBUTIONS)) {
      attr = List.of();
    } else {
      // every statement once: quotes no attribution holds become their speaker's attributions
      attr = QuoteStatements.add(analysis, attr, q, attributions::kindOf);
    }
    List<CasualtyMention> cas = List.of();
    if (layers.contains(Layer.CASUALTIES)) {
      cas = casualties.extract(analysis);
    }
    List<DateMention> d =
        layers.contains(Layer.DATES) ? dates.extract(analysis, ref, max) : List.<DateMention>of();
    attr = cap(attr, Attribution::span, truncated);
    q = cap(q, Quote::span, truncated);
    cas = cap(cas, CasualtyMention::span, truncated);
    d = cap(d, DateMention::span, truncated);
    // sources link the final lists (their indexes point into them)
    SourceLinker.Linked linked = SourceLinker.link(analysis, attr, q, attributions::kindOf);
    // and so do the totals: to their mentions, the attribution that gives them and their date
    Map<CasualtyCategory, CasualtyTotal> totals = Map.of();
    if (layers.contains(Layer.CASUALTIES)) {
      CasualtyLinks.Linked links = CasualtyLinks.link(analysis, casualties.totals(analysis, cas),
          cas, linked.attributions(), d);
      cas = links.mentions();
      totals = links.totals();
    }
    return new Extraction(
        linked.attributions(),
        linked.quotes(),
        linked.sources(),
        cas,
        totals,
        d,
        truncated[0]);
  }

  /** Sorts into text order and keeps at most {@code maxResultsPerLayer}. */
  private <T> List<T> cap(List<T> items, Function<T, TextSpan> span, boolean[] truncated) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(span));
    if (sorted.size() > limits.maxResultsPerLayer()) {
      truncated[0] = true;
      return sorted.subList(0, limits.maxResultsPerLayer());
    }
    return sorted;
  }

  /**
   * Configures a {@link NewsExtractor}. Not thread-safe; {@link #build()} checks everything and
   * is the only place configuration errors are reported.
   */
  public static final class Builder {
    private LocalDate referenceDate;
    private Limits limits = Limits.DEFAULT;
    private AttributionPatterns patterns = AttributionPatterns.defaults();
    private EnumSet<Layer> layers = EnumSet.allOf(Layer.class);
    private boolean nonSpeechQuotes;
    private final List<String> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Default date that relative expressions ("Friday", "last year") resolve against.
     *
     * @param date the reference date; null is reported by {@link #build()}
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
     * Bounds on the work done per input, {@link Limits#DEFAULT} unless set.
     *
     * @param limits the limits; null is reported by {@link #build()}
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
     * The attribution patterns to use, {@link AttributionPatterns#defaults()} unless set.
     *
     * @param patterns the patterns, compiled and checked in {@link #build()}; null is reported
     *     there
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
     * Also return quoted words that are not reported speech (scare quotes, titles, glosses,
     * nicknames) as quotes of kind {@link org.newsextract.quote.QuoteKind#OTHER}, never with a
     * speaker. Off by default: {@code quotes()} then holds reported speech only.
     *
     * @param include true to include quoted words that are not reported speech
     * @return this builder
     */
    public Builder nonSpeechQuotes(boolean include) {
      this.nonSpeechQuotes = include;
      return this;
    }

    /**
     * Runs only these layers (all by default). {@link Layer#QUOTES} alone still runs the
     * attribution patterns internally, as quotes take speakers from attributions, but returns
     * no attributions.
     *
     * @param first a layer to run
     * @param more more layers to run
     * @return this builder
     */
    public Builder layers(Layer first, Layer... more) {
      if (first == null || more == null || java.util.Arrays.asList(more).contains(null)) {
        problems.add("layers must not be null");
        return this;
      }
      this.layers = EnumSet.of(first, more);
      return this;
    }

    /**
     * Checks the configuration, compiles the attribution patterns and loads the models.
     *
     * @return a new, immutable and thread-safe extractor
     * @throws IllegalArgumentException naming every problem found, or the first bad pattern (a
     *     {@link org.newsextract.PatternException})
     */
    public NewsExtractor build() {
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid NewsExtractor configuration: " + String.join("; ", problems));
      }
      AttributionExtractor attr = new AttributionExtractor(patterns);
      Models.loadAll();
      return new NewsExtractor(this, attr);
    }
  }
}
