package org.newsextract.casualty.engine;

import static org.newsextract.casualty.engine.CountPhrase.COUNT;
import static org.newsextract.casualty.engine.Victims.STOP;
import static org.newsextract.casualty.engine.Victims.WORD;
import static org.newsextract.casualty.engine.Victims.span;
import static org.newsextract.casualty.engine.Victims.victimsOk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;

/**
 * Parts of a count, right after it: "27 dead, including five attackers" and "four people were
 * shot, one fatally". A part is linked to the count it belongs to ({@link
 * Candidate#includedIn()}); a fatal part of people shot is KILLED.
 */
final class SubCounts {
  private SubCounts() {}

  private static final String END = "(?![\\w'’-])";
  private static final Pattern FATAL = Pattern.compile("fatally|mortally|died|dying|killed|dead");
  private static final Pattern INCLUDING;
  private static final Pattern FATE;

  static {
    String end = END;
    INCLUDING = Pattern.compile(
        "[^.;:!?]{0,50}?(?<![\\w'’-])(?:including|among\\s+them|among\\s+whom"
            + "|among\\s+those|among\\s+the\\s+dead\\s+(?:were|are))\\s+" + COUNT
            + "(?<vic>(?:\\s+(?!" + STOP + end + ")" + WORD + "){0,3})");
    FATE = Pattern.compile(
        "\\s*(?:,|;|–|—|-)?\\s*(?:with\\s+|and\\s+|of\\s+whom\\s+|of\\s+them\\s+)?" + COUNT
            + "(?:\\s+of\\s+(?:them|whom|those|the\\s+victims))?(?:\\s+(?:later|since|have|has"
            + "|had|subsequently|was|were|is|are|who|remain|remains|still))*\\s+(?<fate>fatally"
            + "|mortally|died|dying|killed|dead|critically|seriously|in\\s+(?:critical|serious"
            + "|grave)\\s+condition)" + end);
  }

  /**
   * Adds "including five attackers" and "one fatally" counts linked to their total; {@code
   * words} are those of the sentence {@code s}.
   */
  static List<Candidate> add(String text, int from, CharSequence s, int sentence,
      SentenceWords words, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>(found);
    for (Candidate c : found) {
      if (c.count() < 2 || c.singular()) {
        continue;
      }
      int at = c.span().end() - from;
      // lookingAt, not find: find would scan the rest of the sentence for every count
      Matcher m = words.matcher(INCLUDING);
      m.region(at, s.length());
      if (m.lookingAt()) {
        Optional<CountPhrase.Value> v = CountPhrase.read(m);
        if (v.isPresent() && v.get().countMax() <= c.countMax() && victimsOk(m.group("vic"))) {
          int start = m.start("num") >= 0 ? m.start("num") : m.start("lo");
          if (m.group("mod") != null) {
            start = m.start("mod");
          }
          // "including five attackers.": the sentence's full stop is not the count's
          int end = Victims.beforeStop(text, from + start, from + m.end());
          out.add(new Candidate("including", TextSpan.of(text, from + start, end),
              from + start, c.kind(), v.get().count(), v.get().countMax(), v.get().precision(),
              span(text, from, m, "vic"), sentence, false, false, false,
              Optional.of(c.span())));
        }
      }
      if (c.kind() == Kind.SHOT || c.kind() == Kind.INJURED) {
        m = words.matcher(FATE);
        m.region(at, s.length());
        if (m.lookingAt()) {
          Optional<CountPhrase.Value> v = CountPhrase.read(m);
          if (v.isPresent() && v.get().countMax() <= c.countMax()) {
            int start = m.start("mod") >= 0 ? m.start("mod")
                : m.start("num") >= 0 ? m.start("num") : m.start("lo");
            // "four shot, one fatally" is a death; "two critically" is part of the injured
            Kind fateKind = FATAL.matcher(m.group("fate")).lookingAt() ? Kind.KILLED
                : Kind.INJURED;
            out.add(new Candidate("fate", TextSpan.of(text, from + start, from + m.end()),
                from + m.start("fate"), fateKind, v.get().count(), v.get().countMax(),
                v.get().precision(), Optional.empty(), sentence, false, false, false,
                Optional.of(c.span())));
          }
        }
      }
    }
    return out;
  }
}
