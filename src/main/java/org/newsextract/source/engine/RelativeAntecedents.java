package org.newsextract.source.engine;

import static org.newsextract.source.engine.EntityClues.organization;
import static org.newsextract.source.engine.SourceLinker.named;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.analysis.Token;
import org.newsextract.attribution.SourceKind;
import org.newsextract.source.engine.SourceLinker.Context;
import org.newsextract.source.engine.SourceLinker.Mention;

/**
 * Who a relative pronoun source is ("Lloyd Grove, who said", "business leaders who say", "a new
 * ad that urges", "those who said"): the name or phrase the clause hangs on, found within its
 * sentence or the few words before it.
 */
final class RelativeAntecedents {
  private RelativeAntecedents() {}

  /** Tags of the words of a noun phrase before a relative pronoun. */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM",
      "DET");
  private static final int ANTECEDENT_MAX_TOKENS = 8;

  /** "who", "that", "which": the name or phrase the clause hangs on; null when none is found. */
  static Mention of(Context c, TextSpan src, SourceKind kind, int index) {
    String lower = SourceLinker.shortLower(src.text(), SourceLinker.LONGEST_RELATIVE);
    if (lower == null || !SourceLinker.RELATIVES.contains(lower)) {
      return null;
    }
    String text = c.text();
    if (lower.equals("who")) {
      TextSpan antecedent = nameBefore(text, src.start());
      if (antecedent == null) {
        // "Edward G. Rendell, a former Pennsylvania governor, who supports": the named person
        antecedent = nameBeforeAppositive(text, src.start());
      }
      if (antecedent != null) {
        return named(text, src, c.names().fullestAnywhere(antecedent),
            organization(c.asIt(), antecedent.text()) ? SourceKind.NAMED_ORGANIZATION
                : SourceKind.NAMED_PERSON);
      }
    }
    // "those who said", "anyone who wants", "double the number who said": people in general
    TextSpan people = genericPeopleBefore(c.analysis(), src);
    if (people != null) {
      return new Mention("UNNAMED_GROUP:" + people.start(), people, SourceKind.UNNAMED_GROUP,
          Optional.of(people));
    }
    // "business leaders who say", "a new ad that urges": the phrase the clause hangs on
    TextSpan antecedent = antecedentOf(c.analysis(), src);
    if (antecedent == null) {
      return null;
    }
    SourceKind antecedentKind = c.kindOf().apply(c.analysis(), antecedent);
    Mention m = SourceLinker.resolve(c, antecedent, antecedentKind, index);
    // an unresolved "the star journalist" is no answer to who "who" is: keep it open
    boolean open = m.resolved().isEmpty() && !m.key().startsWith("person:")
        && (m.kind() == SourceKind.NAMED_PERSON || m.kind() == SourceKind.PRONOUN
            || m.kind() == SourceKind.OTHER);
    return open ? m : new Mention(m.key(), m.canonical(), m.kind(),
        Optional.of(m.resolved().orElse(m.canonical())));
  }

  /**
   * The noun phrase right before a relative pronoun (a comma between allowed): "business
   * leaders" in "business leaders who say". Null when the word before is no noun.
   */
  private static TextSpan antecedentOf(TextAnalysis analysis, TextSpan relative) {
    int i = analysis.sentenceAt(relative.start());
    if (i < 0) {
      return null;
    }
    List<Token> toks = analysis.tokens(i);
    int r = firstTokenFrom(toks, relative.start());
    if (r >= toks.size() || toks.get(r).start() != relative.start()) {
      return null;
    }
    List<String> tags = analysis.tags(i);
    int last = r - 1;
    if (last >= 1 && tags.get(last).equals("CCONJ")) {
      // "a former pilot who was appointed in 2010 and who now says": the first one's antecedent
      String word = toks.get(r).text().toLowerCase(Locale.ROOT);
      for (int x = last - 1; x >= 0 && x >= last - COORDINATED_RELATIVE_TOKENS; x--) {
        String earlier = toks.get(x).text().toLowerCase(Locale.ROOT);
        if (earlier.equals(word) || word.equals("who") && earlier.equals("whom")) {
          return antecedentOf(analysis, TextSpan.of(analysis.text(), toks.get(x).start(),
              toks.get(x).end()));
        }
      }
      return null;
    }
    if (last >= 0 && toks.get(last).text().equals(",")) {
      last--;
    }
    if (last < 0 || !(tags.get(last).equals("NOUN") || tags.get(last).equals("PROPN"))) {
      return null;
    }
    int first = last;
    while (first > 0 && last - first < ANTECEDENT_MAX_TOKENS
        && !tags.get(first).equals("DET") && NOUN_PHRASE_TAGS.contains(tags.get(first - 1))) {
      first--;
    }
    return TextSpan.of(analysis.text(), toks.get(first).start(), toks.get(last).end());
  }

  /** How far back the first of two relatives joined by "and" is looked for. */
  private static final int COORDINATED_RELATIVE_TOKENS = 30;

  /** Words for people in general, or a poll's share of them, right before "who". */
  private static final Set<String> GENERIC_PEOPLE = Set.of("those", "anyone", "anybody",
      "everyone", "everybody", "people", "others", "many", "some", "few", "number", "share",
      "percentage", "proportion", "majority", "plurality", "minority");

  /** "those who", "anyone who", "the number who": the word before the relative, else null. */
  private static TextSpan genericPeopleBefore(TextAnalysis analysis, TextSpan relative) {
    if (!relative.text().equalsIgnoreCase("who")) {
      return null;
    }
    int i = analysis.sentenceAt(relative.start());
    if (i < 0) {
      return null;
    }
    List<Token> toks = analysis.tokens(i);
    int r = firstTokenFrom(toks, relative.start());
    Token before = r > 0 ? toks.get(r - 1) : null;
    return before != null && GENERIC_PEOPLE.contains(before.text().toLowerCase(Locale.ROOT))
        ? TextSpan.of(analysis.text(), before.start(), before.end()) : null;
  }

  /** The index of the first token starting at or after {@code offset}; the size if none. */
  private static int firstTokenFrom(List<Token> toks, int offset) {
    int r = 0;
    while (r < toks.size() && toks.get(r).start() < offset) {
      r++;
    }
    return r;
  }

  private static final Pattern NAME_BEFORE_WHO = Pattern.compile(
      "(\\p{Lu}[\\p{L}\\p{M}\\d_’'.-]{0,30}(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\d_’'.-]{0,30}){1,3}),?\\s*$");

  /** "Lloyd Grove, who ...": the name right before a relative "who", if any. */
  private static TextSpan nameBefore(String text, int who) {
    int from = Math.max(0, who - 60);
    Matcher m = NAME_BEFORE_WHO.matcher(text);
    m.region(from, who);
    return m.find() ? TextSpan.of(text, m.start(1), m.end(1)) : null;
  }

  private static final Pattern NAME_APPOSITIVE_BEFORE_WHO = Pattern.compile(
      "(\\p{Lu}[\\p{L}\\p{M}\\d_’'.-]{0,30}(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\d_’'.-]{0,30}){1,3}),\\s+(?:a|an|the)\\s"
      + "[^,;:.!?“”\"()]{1,100}?,?\\s*$");

  /**
   * "Laurence Meyer, a former Fed governor who ...", "Edward G. Rendell, a former governor,
   * who ...": the name before an appositive that ends right before a relative "who", if any.
   */
  private static TextSpan nameBeforeAppositive(String text, int who) {
    Matcher m = NAME_APPOSITIVE_BEFORE_WHO.matcher(text);
    m.region(Math.max(0, who - 160), who);
    return m.find() ? TextSpan.of(text, m.start(1), m.end(1)) : null;
  }
}
