package org.newsextract;

import java.util.ArrayList;
import java.util.List;
import org.newsextract.attribution.Attribution;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.date.DateMention;
import org.newsextract.quote.Quote;

/** Test helper: every span of an extraction, and the invariants every span must meet. */
public final class Spans {
  private Spans() {}

  public static List<TextSpan> all(Extraction x) {
    List<TextSpan> out = new ArrayList<>();
    for (Attribution a : x.attributions()) {
      out.add(a.span());
      a.source().ifPresent(out::add);
      a.cue().ifPresent(out::add);
      a.recipient().ifPresent(out::add);
      a.content().ifPresent(out::add);
    }
    for (Quote q : x.quotes()) {
      out.add(q.span());
      q.speaker().ifPresent(out::add);
      q.cue().ifPresent(out::add);
      q.resolvedSpeaker().ifPresent(out::add);
    }
    for (CasualtyMention c : x.casualties()) {
      out.add(c.span());
      c.victims().ifPresent(out::add);
      c.includedIn().ifPresent(out::add);
    }
    for (DateMention d : x.dates()) {
      out.add(d.span());
    }
    return out;
  }

  /**
   * Null when all spans are valid for {@code text}; otherwise a description of the first bad one.
   */
  public static String firstProblem(String text, Extraction x) {
    for (TextSpan s : all(x)) {
      if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
        return "span outside text: " + s;
      }
      if (!text.substring(s.start(), s.end()).equals(s.text())) {
        return "span text differs from the substring: " + s;
      }
    }
    String order = orderProblem(x.attributions().stream().map(Attribution::span).toList());
    if (order == null) {
      order = orderProblem(x.quotes().stream().map(Quote::span).toList());
    }
    if (order == null) {
      order = orderProblem(x.casualties().stream().map(CasualtyMention::span).toList());
    }
    if (order == null) {
      order = orderProblem(x.dates().stream().map(DateMention::span).toList());
    }
    return order;
  }

  private static String orderProblem(List<TextSpan> spans) {
    for (int i = 1; i < spans.size(); i++) {
      if (spans.get(i - 1).compareTo(spans.get(i)) > 0) {
        return "results not in text order: " + spans.get(i - 1) + " before " + spans.get(i);
      }
    }
    return null;
  }
}
