package org.newsextract.source.engine;

import static org.newsextract.source.engine.EntityClues.fits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.NameResolver;
import org.newsextract.source.engine.SourceLinker.Context;
import org.newsextract.source.engine.SourceLinker.Mention;

/**
 * Which source cited before a phrase takes up again: "the source" after "a second source",
 * "the report" after "a report released by the auditor", "the agency" after the bureau just
 * cited, "he" after one unnamed official, and the last named person a "he" can be. Each walk
 * goes back over the attributions before, a few sentences at most.
 */
final class EarlierCitations {
  private EarlierCitations() {}

  /** Where the core of a cited phrase ends: its head noun comes before these. */
  private static final List<String> UNNAMED_CORE_ENDS =
      List.of(" with ", " who ", " familiar ", ",", " close ", " of ");
  private static final List<String> DOCUMENT_CORE_ENDS =
      List.of(" by ", " of ", " from ", ",", " released ", " published ");
  private static final List<String> ONE_PERSON_CORE_ENDS =
      List.of(",", " who ", " with ", " familiar", " close", " of ", " in ");

  /** The end of {@code t}'s core: the first of {@code stops} in it, else its length. */
  private static int coreEnd(String t, List<String> stops) {
    int core = t.length();
    for (String stop : stops) {
      int i = t.indexOf(stop);
      if (i >= 0 && i < core) {
        core = i;
      }
    }
    return core;
  }

  /** "the source", "the two officials", "the senior diplomat": a definite unnamed source. */
  private static final Pattern THE_UNNAMED = Pattern.compile(
      "(?i)the\\s+(?:(?:two|three|four|five|senior|same|other)\\s+){0,2}"
          + "(sources?|officials?|aides?|diplomats?|insiders?|advisers?|staffers?|officers?"
          + "|investigators?|person|people)");
  /** The whole word of each head noun of {@link #THE_UNNAMED} asked for, compiled once. */
  private static final Map<String, Pattern> HEAD_WORDS =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** How far back, in sentences, an unnamed source is taken up again by "the source". */
  private static final int UNNAMED_SENTENCES = 6;

  /**
   * The last anonymous source cited within {@value #UNNAMED_SENTENCES} sentences whose phrase has
   * the same head noun, in the same number ("a second source" for "the source"), or null.
   */
  private static Mention lastUnnamed(TextAnalysis analysis, Mention[] earlier, int[] earlierAt,
      int index, int at, String head) {
    Pattern headWord = word(head);
    for (Mention m : citedWithin(analysis, earlier, earlierAt, index, at, UNNAMED_SENTENCES)) {
      if (m.kind() == SourceKind.ANONYMOUS) {
        String t = m.canonical().text();
        // the head noun opens the phrase's core, before "with ..." or "who ..."
        int core = coreEnd(t, UNNAMED_CORE_ENDS);
        Matcher h = headWord.matcher(t);
        h.region(0, core);
        if (h.find() && !t.regionMatches(true, 0, "one of", 0, 6)) {
          return m;
        }
        if (!t.toLowerCase(Locale.ROOT).startsWith("the ")) {
          return null; // the last new unnamed source is someone else: "the source" is not sure
        }
      }
    }
    return null;
  }

  /**
   * The citations before {@code index}, the last first, up to the first one more than {@code
   * sentences} sentences before {@code at}.
   */
  private static List<Mention> citedWithin(TextAnalysis analysis, Mention[] earlier,
      int[] earlierAt, int index, int at, int sentences) {
    int sentence = analysis.sentenceAt(at);
    List<Mention> out = new ArrayList<>();
    for (int k = index - 1; k >= 0; k--) {
      if (earlier[k] == null) {
        continue;
      }
      if (sentence - analysis.sentenceAt(earlierAt[k]) > sentences) {
        break;
      }
      out.add(earlier[k]);
    }
    return out;
  }

  /** {@code w} as a whole word, any case; compiled once per word. */
  private static Pattern word(String w) {
    return HEAD_WORDS.computeIfAbsent(w,
        h -> Pattern.compile("(?i)\\b" + Pattern.quote(h) + "\\b"));
  }

  /**
   * "the spokesman said" after "the prime minister's spokesman said": the unnamed spokesperson
   * cited last within {@link #UNNAMED_SENTENCES} sentences, one whose phrase holds {@code role}
   * and who speaks for a body or goes unnamed; null if none.
   */
  static Mention lastSpokesperson(TextAnalysis analysis, Mention[] earlier, int[] earlierAt,
      int index, int at, String role) {
    Pattern roleWord = word(role);
    for (Mention m : citedWithin(analysis, earlier, earlierAt, index, at, UNNAMED_SENTENCES)) {
      if ((m.kind() == SourceKind.NAMED_ORGANIZATION || m.kind() == SourceKind.ANONYMOUS)
          && roleWord.matcher(m.canonical().text()).find()) {
        return m;
      }
    }
    return null;
  }

  /** "the report", "the new study", "that poll": one definite document, its head noun last. */
  private static final Pattern THE_DOCUMENT = Pattern.compile(
      "(?i)(?:the|this|that)\\s+(?:new\\s+|latest\\s+|same\\s+)?([a-z]{3,20})");

  /**
   * The last document cited within {@value #UNNAMED_SENTENCES} sentences whose phrase has
   * {@code head} as its first noun before "by", "of", "from" or a comma ("a report released by
   * the auditor" for "the report"), when no other document was cited after it; else null.
   */
  private static Mention lastDocument(TextAnalysis analysis, Mention[] earlier, int[] earlierAt,
      int index, int at, String head) {
    int sentence = analysis.sentenceAt(at);
    for (int k = index - 1; k >= 0; k--) {
      Mention m = earlier[k];
      if (m == null || m.kind() != SourceKind.DOCUMENT) {
        continue;
      }
      if (sentence - analysis.sentenceAt(earlierAt[k]) > UNNAMED_SENTENCES) {
        return null;
      }
      String t = m.canonical().text().toLowerCase(Locale.ROOT);
      int core = coreEnd(t, DOCUMENT_CORE_ENDS);
      String words = " " + t.substring(0, core) + " ";
      return words.contains(" " + head + " ") || words.contains(" " + head + "s ") ? m : null;
    }
    return null;
  }

  /**
   * "The report", "the sources": the same document ({@link #lastDocument}) or unnamed sources
   * ({@link #lastUnnamed}) cited before; null when the phrase is neither or none was cited.
   */
  static Mention sameAsCitedBefore(Context c, TextSpan src, SourceKind kind, int index) {
    Matcher document = kind == SourceKind.DOCUMENT ? THE_DOCUMENT.matcher(src.text()) : null;
    if (document != null && document.matches()) {
      // "a report released last week by the state auditor ... The report found": that report
      Mention same = lastDocument(c.analysis(), c.earlier(), c.earlierAt(), index, src.start(),
          document.group(1).toLowerCase(Locale.ROOT));
      if (same != null) {
        return new Mention(same.key(), same.canonical(), SourceKind.DOCUMENT,
            Optional.of(same.canonical()));
      }
    }
    // "The official, who spoke on condition of anonymity, ...": the phrase before its comma
    // (every match opens with "the" in ASCII case, the pattern's only case-insensitivity)
    String t = src.text();
    int comma = t.indexOf(',');
    Matcher same = (kind == SourceKind.ANONYMOUS || kind == SourceKind.OTHER)
        && t.regionMatches(true, 0, "the", 0, 3)
        ? THE_UNNAMED.matcher(comma >= 0 ? t.substring(0, comma) : t) : null;
    if (same != null && same.matches()) {
      // "the sources said" after "two sources with access to ... told CNN": the same people
      Mention earlierOne = lastUnnamed(c.analysis(), c.earlier(), c.earlierAt(), index,
          src.start(), same.group(1).toLowerCase(Locale.ROOT));
      if (earlierOne != null) {
        return new Mention(earlierOne.key(), earlierOne.canonical(), SourceKind.ANONYMOUS,
            Optional.of(earlierOne.canonical()));
      }
    }
    return null;
  }

  /**
   * The index of the last mention of a named person cited a few sentences before {@code at}
   * whose name can be a "he" ("she"), or -1.
   */
  static int lastPersonCited(TextAnalysis analysis, Mention[] earlier, int[] earlierAt,
      int index, int at, boolean she) {
    int sentence = analysis.sentenceAt(at);
    for (int k = index - 1; k >= 0; k--) {
      Mention m = earlier[k];
      if (m == null) {
        continue;
      }
      // how far back the phrase that cited it is, not its fullest name ("Jorge Ramos" long
      // before "Ramos, 58, told AFP")
      if (sentence - analysis.sentenceAt(earlierAt[k]) > SourceLinker.PRONOUN_SENTENCES) {
        return -1; // bounded: a few sentences back, whatever the kind
      }
      if (m.namesPerson() && fits(m.canonical(), she) != null) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The last source cited, when it is one unnamed person ("a hospital official", "one
   * source", not "officials" or "one of the sources") in this sentence or the one before and no
   * name stands between it and {@code at}; else null.
   */
  static Mention lastUnnamedOne(TextAnalysis analysis, NameResolver names,
      Mention[] earlier, int index, int at) {
    for (int k = index - 1; k >= 0; k--) {
      Mention m = earlier[k];
      if (m == null) {
        continue;
      }
      TextSpan c = m.canonical();
      if (m.kind() != SourceKind.ANONYMOUS || c.end() > at
          || analysis.sentenceAt(at) - analysis.sentenceAt(c.start()) > 1
          || names.nameIn(c.end(), at) || capitalisedWordIn(analysis.text(), c.end(), at)) {
        return null;
      }
      String t = c.text().toLowerCase(Locale.ROOT);
      int core = coreEnd(t, ONE_PERSON_CORE_ENDS);
      String head = t.substring(t.lastIndexOf(' ', core - 1) + 1, core);
      boolean one = ONE_PERSON_OPENERS.matcher(t).lookingAt() && !head.endsWith("s")
          && !t.startsWith("one of");
      return one ? m : null;
    }
    return null;
  }

  /**
   * The source of the last attribution before, when it is a named body ("The Consumer Financial
   * Protection Bureau", capitalised) cited in this sentence or the one before; else null.
   */
  static Mention lastBodyCited(TextAnalysis analysis, Mention[] earlier, int[] earlierAt,
      int index, int at) {
    for (int k = index - 1; k >= 0; k--) {
      Mention m = earlier[k];
      if (m == null) {
        continue;
      }
      TextSpan c = m.canonical();
      String t = c.text();
      int word = t.regionMatches(true, 0, "the ", 0, 4) ? 4 : 0;
      boolean named = t.length() > word && Character.isUpperCase(t.charAt(word));
      // how far back the citation is, not the body's fullest name ("Harlow & Finch said ...
      // The chain said ... The retailer said": the retailer is the chain cited just before)
      return m.kind() == SourceKind.NAMED_ORGANIZATION && named && c.end() <= at
          && earlierAt[k] <= at
          && analysis.sentenceAt(at) - analysis.sentenceAt(earlierAt[k]) <= 1 ? m : null;
    }
    return null;
  }

  /**
   * "one user replied ... Another wrote": the kind of someone else like the one cited just
   * before (in the same or the sentence before), when that was one unnamed person ({@code
   * ANONYMOUS}) or a document; null otherwise. Another of the same, so no resolution.
   */
  private static SourceKind anotherLikeTheLast(TextAnalysis analysis, Mention[] earlier,
      int[] earlierAt, int index, int at) {
    for (int k = index - 1; k >= 0; k--) {
      Mention m = earlier[k];
      if (m == null) {
        continue;
      }
      boolean near = analysis.sentenceAt(at) - analysis.sentenceAt(earlierAt[k]) <= 1;
      return near && (m.kind() == SourceKind.ANONYMOUS || m.kind() == SourceKind.DOCUMENT)
          ? m.kind() : null;
    }
    return null;
  }

  /** A source that is one more of what was cited before: "Another wrote", "a second said". */
  private static final Set<String> ANOTHER = Set.of("another", "a second", "a third",
      "a fourth", "yet another", "still another");
  private static final int LONGEST_ANOTHER = SourceLinker.longest(ANOTHER);

  /**
   * "Another wrote", "a second said": one more of the kind cited last ({@link
   * #anotherLikeTheLast}), unresolved; null when the phrase is no such word or nothing like it
   * was cited.
   */
  static Mention oneMoreLikeTheLast(Context c, TextSpan src, SourceKind kind, int index) {
    String lower = SourceLinker.shortLower(src.text(), LONGEST_ANOTHER);
    if (lower == null || !ANOTHER.contains(lower)) {
      return null;
    }
    SourceKind like = anotherLikeTheLast(c.analysis(), c.earlier(), c.earlierAt(), index,
        src.start());
    return like == null ? null
        : new Mention("another:" + src.start(), src, like, Optional.empty());
  }

  /** A capitalised word in {@code [from, to)} that does not open a sentence: maybe a name. */
  private static boolean capitalisedWordIn(String text, int from, int to) {
    for (int k = Math.max(from, 1); k < to; k++) {
      if (Character.isUpperCase(text.charAt(k)) && !Character.isLetter(text.charAt(k - 1))) {
        int p = k - 1;
        while (p > from && Character.isWhitespace(text.charAt(p))) {
          p--;
        }
        char before = text.charAt(p);
        if (".!?“\"‘'".indexOf(before) < 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern ONE_PERSON_OPENERS = Pattern.compile("(?:a|an|one|another|the)\\s");
}
