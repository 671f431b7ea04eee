package org.newsextract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsextract.PatternException;
import org.newsextract.attribution.engine.PatternCompiler;

/**
 * An immutable set of attribution patterns, edited like jsoup's safelists: start from {@link
 * #defaults()} or {@link #none()} and add with {@link #with(String, String)}. Templates are only
 * stored here; they are compiled and checked when the extractor is built, and a bad one fails
 * there with a {@link PatternException} naming its id and the position of the problem.
 *
 * <pre>{@code
 * AttributionPatterns patterns = AttributionPatterns.defaults()
 *     .with("tweet", "{source} (tweeted|posted) {content}")
 *     .with("as-per", "as per {source} , {content}");
 * }</pre>
 *
 * <p>The pattern language is described in README ("Custom attribution patterns"). Slots:
 * {@code {source}}, {@code {recipient}} (addressee or medium) and {@code {content}}. Word
 * classes: {@code @say}, {@code @tell}, {@code @stance}, {@code @believe} (cue verbs with
 * their auxiliaries, "has also said"), {@code @claim} (nouns such as "claim", "remarks"), {@code
 * @sep} (punctuation between a quotation and its attribution).
 */
public final class AttributionPatterns {
  /** The slot names attribution patterns may use. */
  public static final Set<String> SLOTS = Set.of("source", "recipient", "content");


  /**
   * One pattern's id and template, as given.
   *
   * @param id the id matches of the pattern report
   * @param template the pattern in the pattern language (README, "Custom attribution patterns")
   */
  public record Entry(String id, String template) {
    /**
     * Checks that neither part is null.
     *
     * @param id see {@link #id()}
     * @param template see {@link #template()}
     * @throws NullPointerException if {@code id} or {@code template} is null
     */
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(template, "template");
    }
  }

  private static final List<Entry> DEFAULTS = loadDefaults();

  private final List<Entry> entries;

  private AttributionPatterns(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * No patterns at all.
   *
   * @return an empty set of patterns
   */
  public static AttributionPatterns none() {
    return new AttributionPatterns(List.of());
  }

  /**
   * The built-in patterns (resource {@code org/newsextract/attribution/engine/patterns.txt}).
   *
   * @return the built-in patterns, in their order of precedence
   */
  public static AttributionPatterns defaults() {
    return new AttributionPatterns(DEFAULTS);
  }

  /**
   * A copy with one more pattern. Its matches report {@code id}; ids must be unique, which is
   * checked with everything else when the extractor is built.
   *
   * @param id the pattern's id
   * @param template the pattern in the pattern language (README, "Custom attribution patterns")
   * @return a copy with the pattern added last
   */
  public AttributionPatterns with(String id, String template) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(template, "template");
    List<Entry> list = new ArrayList<>(entries);
    list.add(new Entry(id, template));
    return new AttributionPatterns(list);
  }

  /**
   * A copy with one more pattern, with the id {@code custom-N} (N counts from 1).
   *
   * @param template the pattern in the pattern language (README, "Custom attribution patterns")
   * @return a copy with the pattern added last, under the first free {@code custom-N} id
   */
  public AttributionPatterns with(String template) {
    int n = 1;
    while (contains("custom-" + n)) {
      n++;
    }
    return with("custom-" + n, template);
  }

  /**
   * A copy without the pattern {@code id} (no change when there is none).
   *
   * @param id the id of the pattern to remove
   * @return a copy without that pattern
   */
  public AttributionPatterns without(String id) {
    List<Entry> list = new ArrayList<>(entries);
    list.removeIf(e -> e.id().equals(id));
    return new AttributionPatterns(list);
  }

  /**
   * Whether a pattern has this id.
   *
   * @param id a pattern id
   * @return true if one of the patterns has the id
   */
  public boolean contains(String id) {
    return entries.stream().anyMatch(e -> e.id().equals(id));
  }

  /**
   * The patterns, in their order of precedence.
   *
   * @return an unmodifiable list of the patterns as given
   */
  public List<Entry> entries() {
    return entries;
  }

  private static List<Entry> loadDefaults() {
    List<Entry> out = new ArrayList<>();
    for (String line : PatternCompiler.defaultPatternLines()) {
      int sp = line.indexOf(' ');
      if (sp < 0) {
        throw new IllegalStateException("bad line in patterns.txt: " + line);
      }
      out.add(new Entry(line.substring(0, sp), line.substring(sp + 1).strip()));
    }
    return List.copyOf(out);
  }

  /**
   * Compiles every pattern now, without loading any model, to find a bad one before an extractor
   * is built (for example on a Spark driver, or when a user types a pattern into a form).
   * {@link org.newsextract.NewsExtractor.Builder#build()} runs the same check.
   *
   * @return these patterns
   * @throws PatternException (an IllegalArgumentException) naming the first bad pattern
   */
  public AttributionPatterns validate() {
    PatternCompiler.compile(this);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributionPatterns p && p.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "AttributionPatterns" + entries;
  }
}
