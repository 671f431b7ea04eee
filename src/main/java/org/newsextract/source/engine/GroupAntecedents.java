package org.newsextract.source.engine;

import static org.newsextract.source.engine.EntityClues.normal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.analysis.Token;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.NameResolver;
import org.newsextract.source.engine.SourceLinker.Mention;

/**
 * Who "they", "it", "we" and "I" stand for: the group, document or body cited just before, the
 * plural subject of the sentence, or the writer, whom no text names. Conservative: null when
 * the pronoun stays open.
 */
final class GroupAntecedents {
  private GroupAntecedents() {}

  /** The writer and the reader: first and second person. */
  private static final Set<String> WRITER_PRONOUNS = Set.of("i", "we", "you");
  /** A plural head noun ending a source phrase's core: "two officials", "police", "people". */
  private static final Pattern PLURAL_HEAD = Pattern.compile(
      "^[^,]*?(?:[a-z]{2}s|police|people)(?:$|,|\\s+(?:with|who|familiar|close|in|at|of|from))");

  /**
   * The mention {@code src} stands for, or null when it is no such pronoun or stays open.
   *
   * @param earlier the mentions of the attributions before, by index ({@code earlierAt}: where
   *     each one's source phrase starts)
   */
  static Mention of(TextAnalysis analysis, NameResolver names, TextSpan src, Mention[] earlier,
      int[] earlierAt, int index, BiFunction<TextAnalysis, TextSpan, SourceKind> kindOf) {
    // every answer is for "i", "we", "you", "they" or "it"
    String lower = SourceLinker.shortLower(src.text(), "they".length());
    if (lower == null) {
      return null;
    }
    String text = analysis.text();
    if (WRITER_PRONOUNS.contains(lower) && !names.quoted(src.start())
        || lower.equals("they") && src.start() >= 3
        && text.regionMatches(true, src.start() - 3, "as ", 0, 3)) {
      // "we now know", "I think" outside quotations: the writer (or the reader), whom the
      // text does not name; "as they say": people in general
      return new Mention("other:" + lower, src, SourceKind.OTHER, Optional.empty());
    }
    if (lower.equals("they")) {
      // "Analysts say ... They expect": the group cited just before
      Mention they = lastCited(analysis, earlier, earlierAt, index, src.start(), true);
      if (they != null) {
        return new Mention(they.key(), they.canonical(), they.kind(),
            Optional.of(they.resolved().orElse(they.canonical())));
      }
      TextSpan subject = pluralSubjectBefore(analysis, src);
      if (subject == null) {
        subject = officialsBefore(analysis, src);
      }
      SourceKind groupKind = subject == null ? null : kindOf.apply(analysis, subject);
      if (groupKind == SourceKind.UNNAMED_GROUP || groupKind == SourceKind.ANONYMOUS
          || groupKind == SourceKind.NAMED_ORGANIZATION) {
        // "the Democrats are acting as though they want", "Officials were cautious, but they
        // said": the plural subject of the sentence, though not cited itself
        return new Mention(groupKind.name() + ":" + normal(subject.text()), subject,
            groupKind, Optional.of(subject));
      }
    }
    if (lower.equals("it")) {
      // "The ad says ... It makes no mention of": the document or body cited just before
      Mention it = lastCited(analysis, earlier, earlierAt, index, src.start(), false);
      if (it != null) {
        return new Mention(it.key(), it.canonical(), it.kind(),
            Optional.of(it.resolved().orElse(it.canonical())));
      }
    }
    return null;
  }

  /**
   * The mention of the last source cited in this sentence or the one before, when it is one
   * document or one body ("the report", "the ministry", "Reuters") for "it", or a group of
   * people ("analysts", "two officials", "police") for "they"; null when it is anything else
   * (a person, a group for "it"): the pronoun is then not sure.
   */
  private static Mention lastCited(TextAnalysis analysis, Mention[] earlier,
      int[] earlierAt, int index, int at, boolean plural) {
    int sentence = analysis.sentenceAt(at);
    for (int k = index - 1; k >= 0; k--) {
      Mention m = earlier[k];
      if (m == null) {
        continue;
      }
      if (sentence - analysis.sentenceAt(earlierAt[k]) > 1) {
        return null;
      }
      String t = m.canonical().text().toLowerCase(Locale.ROOT);
      if (plural) {
        // also people named together ("Crapo and Risch said ... they") and a plural the text
        // points back to ("the groups say. They argue")
        boolean group = m.kind() == SourceKind.UNNAMED_GROUP
            || (m.kind() == SourceKind.ANONYMOUS || m.kind() == SourceKind.NAMED_ORGANIZATION)
            && PLURAL_HEAD.matcher(t).find()
            || m.kind() == SourceKind.NAMED_PERSON && t.contains(" and ")
            || m.kind() == SourceKind.OTHER && t.startsWith("the ")
                && PLURAL_HEAD.matcher(t).find();
        return group && !SourceLinker.PRONOUNS.contains(t) ? m : null;
      }
      boolean one = (m.kind() == SourceKind.DOCUMENT || m.kind() == SourceKind.NAMED_ORGANIZATION)
          && !t.equals("it") && !t.contains(" and ") && !(m.kind() == SourceKind.DOCUMENT
              && t.endsWith("s") && !t.endsWith("news"));
      return one ? m : null;
    }
    return null;
  }

  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET",
      "NUM");

  /**
   * The plural noun phrase before the first verb of {@code src}'s sentence, when that verb
   * comes before {@code src} and the phrase opens the sentence or follows a comma ("Meanwhile,
   * the Democrats are ..."); else null.
   */
  private static TextSpan pluralSubjectBefore(TextAnalysis analysis, TextSpan src) {
    int si = analysis.sentenceAt(src.start());
    return si < 0 ? null : pluralSubject(analysis, si, src.start());
  }

  /** Those whose "they" news writes in the next sentence: "Police say ... They also said". */
  private static final Set<String> OFFICIALS = Set.of("police", "officers", "deputies",
      "detectives", "investigators", "authorities", "officials", "prosecutors", "troopers");

  /**
   * For a "They" opening its sentence: the subject of the sentence before, in the same
   * paragraph, when it is police, officers, investigators or the like ("Police say Taylor was
   * on probation. They also said ..."); else null.
   */
  private static TextSpan officialsBefore(TextAnalysis analysis, TextSpan src) {
    int si = analysis.sentenceAt(src.start());
    if (si <= 0 || analysis.tokens(si).get(0).start() != src.start()
        || analysis.sentences().get(si - 1).paragraph() != analysis.sentences().get(si)
            .paragraph()) {
      return null;
    }
    TextSpan subject = pluralSubject(analysis, si - 1, Integer.MAX_VALUE);
    if (subject == null) {
      return null;
    }
    String t = subject.text();
    String head = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return OFFICIALS.contains(head) ? subject : null;
  }

  /**
   * The plural noun phrase before the first verb of sentence {@code si} when that verb comes
   * before {@code before}, opening the sentence or after a comma; else null.
   */
  private static TextSpan pluralSubject(TextAnalysis analysis, int si, int before) {
    List<Token> toks = analysis.tokens(si);
    List<String> tags = analysis.tags(si);
    int verb = -1;
    for (int k = 0; k < toks.size() && toks.get(k).start() < before; k++) {
      if (tags.get(k).equals("AUX") || tags.get(k).equals("VERB")) {
        verb = k;
        break;
      }
    }
    if (verb <= 0) {
      return null;
    }
    int head = verb - 1;
    String h = toks.get(head).text();
    if (!(tags.get(head).equals("NOUN") || tags.get(head).equals("PROPN")) || h.length() < 4
        || (!h.endsWith("s") || h.endsWith("ss")) && !h.equalsIgnoreCase("police")) {
      return null;
    }
    int from = head;
    while (from > 0 && NOUN_PHRASE_TAGS.contains(tags.get(from - 1))) {
      from--;
    }
    if (from > 0 && !toks.get(from - 1).text().equals(",")) {
      return null;
    }
    return TextSpan.of(analysis.text(), toks.get(from).start(), toks.get(head).end());
  }
}
