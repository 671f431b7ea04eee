package org.newsextract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of attribution patterns, edited like jsoup's safelists: start from {@link
 * #defaults()} or {@link #none()} and add with {@link #with(String, String)}.
 */
public final class AttributionPatterns {
  /** One pattern's id and template, as given. */
  public record Entry(String id, String template) {
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(template, "template");
    }
  }

  private final List<Entry> entries;

  private AttributionPatterns(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** No patterns at all. */
  public static AttributionPatterns none() {
    return new AttributionPatterns(List.of());
  }

  /** The built-in patterns. */
  public static AttributionPatterns defaults() {
    return new AttributionPatterns(List.of());
  }

  /** A copy with one more pattern. */
  public AttributionPatterns with(String id, String template) {
    List<Entry> list = new ArrayList<>(entries);
    list.add(new Entry(id, template));
    return new AttributionPatterns(list);
  }

  public List<Entry> entries() {
    return entries;
  }
}
