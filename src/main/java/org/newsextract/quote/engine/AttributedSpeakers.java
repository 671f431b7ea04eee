package org.newsextract.quote.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.quote.engine.SpeakerSieves.Found;

/**
 * Which speaker the attribution layer's results give a quote: the source of an attribution whose
 * content holds the quote, and an attribution's whole source in place of the name that closes
 * it. Stateless.
 */
final class AttributedSpeakers {
  private AttributedSpeakers() {}

  /** The sieve id of {@link #fromAttributions}. */
  private static final String ATTRIBUTION = "attribution";

  /**
   * The rule for the attribution layer's results: the first attribution whose content contains
   * the quote (marks included or not) and that names a source gives the speaker and cue.
   */
  static Found fromAttributions(String text, QuoteMarks.Raw r, List<Attribution> attributions) {
    TextSpan quote = TextSpan.of(text, r.start(), r.end());
    for (Attribution a : attributions) {
      if (a.source().isPresent() && a.content().isPresent() && a.content().get().contains(quote)) {
        return new Found(a.source().get(), a.cue(), ATTRIBUTION);
      }
    }
    return null;
  }

  /**
   * "The three-judge panel of the 4th U.S. Circuit Court of Appeals said": when the speaker
   * found is the name after an "of" that closes the attribution's source with the same cue,
   * the speaker is that whole source (the panel), not the last name in it.
   */
  static Found headOfName(Found f, Map<TextSpan, Attribution> byCue) {
    TextSpan sp = f.speaker();
    Attribution a = f.cue().isEmpty() ? null : byCue.get(f.cue().get());
    if (a == null || a.source().isEmpty()) {
      return f;
    }
    TextSpan src = a.source().get();
    boolean ofName = src.start() < sp.start() && src.end() == sp.end()
        && src.text().substring(0, sp.start() - src.start()).contains(" of ");
    return ofName ? new Found(src, f.cue(), f.sieve()) : f;
  }

  /** The first attribution of each cue span, for one look-up per quote. */
  static Map<TextSpan, Attribution> byCue(List<Attribution> attributions) {
    Map<TextSpan, Attribution> out = new HashMap<>();
    for (Attribution a : attributions) {
      a.cue().ifPresent(c -> out.putIfAbsent(c, a));
    }
    return out;
  }
}
