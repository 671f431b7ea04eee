package org.newsextract.pattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word classes patterns may refer to as {@code @name}. Immutable. */
public final class PatternVocabulary {
  private final Map<String, WordClass> classes;

  private PatternVocabulary(Map<String, WordClass> classes) {
    this.classes = Map.copyOf(classes);
  }

  public static PatternVocabulary of(List<WordClass> classes) {
    Map<String, WordClass> m = new HashMap<>();
    for (WordClass c : classes) {
      if (m.put(c.name(), c) != null) {
        throw new IllegalArgumentException("word class @" + c.name() + " defined twice");
      }
    }
    return new PatternVocabulary(m);
  }

  public WordClass get(String name) {
    return classes.get(name);
  }

  public Set<String> names() {
    return classes.keySet();
  }
}
