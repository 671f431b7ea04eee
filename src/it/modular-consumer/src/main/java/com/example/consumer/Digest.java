package com.example.consumer;

import java.time.LocalDate;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.PatternException;
import org.newsextract.attribution.AttributionPatterns;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.source.Source;

/** Uses one type of each API package a consumer typically touches. */
public final class Digest {
  private Digest() {}

  /** Who is cited, and how many casualty figures, in one article. */
  public static String of(String text, LocalDate published) {
    Extraction x = NewsExtractor.builder().build().extract(text, published);
    StringBuilder b = new StringBuilder();
    for (Source s : x.sources()) {
      b.append(s.canonical().text()).append(" (").append(s.kind()).append(")\n");
    }
    long killed = x.casualties().stream()
        .filter(c -> c.category() == CasualtyCategory.KILLED).count();
    b.append("figures of the killed: ").append(killed);
    return b.toString();
  }

  /** Whether a user's attribution pattern compiles. */
  public static boolean valid(String template) {
    try {
      AttributionPatterns.defaults().with(template).validate();
      return true;
    } catch (PatternException e) {
      return false;
    }
  }
}
