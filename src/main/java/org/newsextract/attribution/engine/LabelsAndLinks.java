package org.newsextract.attribution.engine;

import java.util.Set;
import org.newsextract.pattern.PatternMatch;

/**
 * Whether a cue word is page furniture or a sentence's link rather than a statement: a web
 * page's label before a colon ("READ MORE:"), a noun in a title-case headline ("Bomb Blast
 * Kills 23"), a discourse marker ("That said,"). Asked by {@link CueSenses}.
 */
final class LabelsAndLinks {
  private LabelsAndLinks() {}

  /**
   * In a headline written in title case, a cue word that cannot agree with the word before it
   * is the noun of a compound subject: "Bomb Blast Kills 23 in Lahore" (a verb after the
   * singular "Bomb" would be "Blasts"), "Pipeline Report Sparks Protest". The tagger calls
   * every word of such a line a proper noun, so agreement is read from the letters.
   */
  static boolean headlineNounBeforeVerb(SentenceTokens ts, PatternMatch m) {
    int next = m.cueEnd();
    int prev = m.cueStart() - 1;
    if (m.cueEnd() - m.cueStart() != 1 || next >= ts.size() || prev < 0) {
      return false;
    }
    String cue = ts.text(m.cueStart());
    String before = ts.text(prev);
    String after = ts.text(next);
    if (cue.endsWith("s") || cue.endsWith("ed") || before.endsWith("s")
        || !Character.isUpperCase(before.charAt(0)) || before.length() < 2
        || !Character.isUpperCase(after.charAt(0)) || !after.endsWith("s")) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (int k = 0; k < ts.size(); k++) {
      String w = ts.text(k);
      if (Character.isLetter(w.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  /** "That said,", "That being said,", "Having said that,": a sentence's link, not a cue. */
  static boolean discourseMarker(SentenceTokens ts, PatternMatch m) {
    int c = m.cueStart();
    int after = m.cueEnd();
    if (c == 0 || after >= ts.size() || !ts.lower(c).equals("said")) {
      return false;
    }
    String before = ts.lower(c - 1);
    String next = ts.lower(after);
    int start; // where the marker begins
    if (before.equals("that") && next.equals(",")) {
      start = c - 1; // "That said,"
    } else if (before.equals("being") && c >= 2 && ts.lower(c - 2).equals("that")
        && (next.equals(",") || next.equals("that"))) {
      start = c - 2; // "That being said,"
    } else if (before.equals("having") && next.equals("that") && after + 1 < ts.size()
        && ts.lower(after + 1).equals(",")) {
      start = c - 1; // "Having said that,"
    } else {
      return false;
    }
    return start <= 2 && onlyOpeners(ts, start);
  }

  /** Only conjunctions or adverbs before {@code k}: "But that said, ...", "Still, that said". */
  private static boolean onlyOpeners(SentenceTokens ts, int k) {
    for (int x = 0; x < k; x++) {
      String t = ts.tag(x);
      if (!t.equals("CCONJ") && !t.equals("ADV") && !t.equals("PUNCT")) {
        return false;
      }
    }
    return true;
  }

  /** Labels of web pages that precede a colon: "READ MORE:", "WATCH:", "Photo:", "RELATED:". */
  private static final Set<String> PAGE_LABEL_WORDS = Set.of("read", "more", "watch", "below",
      "above", "related", "see", "also", "click", "here", "video", "videos", "photo", "photos",
      "image", "images", "picture", "pictures", "caption", "credit", "update", "updated",
      "advertisement", "subscribe", "follow", "share", "listen", "live", "latest", "breaking",
      "editor's", "note", "correction", "gallery", "slideshow", "story", "continues", "top",
      "news", "opinion", "file", "graphic");

  static boolean pageLabel(SentenceTokens ts, PatternMatch m) {
    int[] source = m.slots().get("source");
    if (!ts.lower(m.cueStart()).equals(":") || source == null) {
      return false;
    }
    for (int k = source[0]; k < source[1]; k++) {
      if (!PAGE_LABEL_WORDS.contains(ts.lower(k))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> CREDIT_WORDS = Set.of("reporting", "editing", "writing");

  /**
   * A wire story's credit line: "(Additional reporting by Kylie MacLellan; Editing by Michael
   * Holden)", "Reporting by Jan Wolfe": who worked on the story, not what anyone said.
   */
  static boolean creditLine(SentenceTokens ts, PatternMatch m) {
    int c = m.cueStart();
    if (!CREDIT_WORDS.contains(ts.lower(c)) || c + 1 >= ts.size()
        || !ts.lower(c + 1).equals("by")) {
      return false;
    }
    String before = c == 0 ? "" : ts.lower(c - 1);
    return c == 0 || before.equals("(") || before.equals(";") || before.equals("additional");
  }
}
