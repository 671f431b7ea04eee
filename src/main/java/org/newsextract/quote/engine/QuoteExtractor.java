package org.newsextract.quote.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Paragraph;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;
import org.newsextract.names.FirstNames;
import org.newsextract.names.NameIndex;
import org.newsextract.names.NameResolver;
import org.newsextract.names.Words;
import org.newsextract.quote.Quote;
import org.newsextract.quote.QuoteKind;
import org.newsextract.quote.engine.SpeakerSieves.Found;

/**
 * Finds direct quotations and their speakers. Immutable and thread-safe. Internal: use {@link
 * org.newsextract.NewsExtractor}.
 *
 * <p>Quotation marks are paired per paragraph ({@link QuoteMarks}); scare quotes, titles,
 * glosses and nicknames become {@link QuoteKind#OTHER} and get no speaker. Each other quote goes
 * through speaker sieves, most local first, the first answer wins:
 *
 * <ol>
 *   <li>a cue right after the quote ("..., he said", "..., said Smith, a spokesman"), or a dash
 *       signature ("... – Commissioner Starks");
 *   <li>the second part of a split quote takes the attribution between the parts;
 *   <li>a name or pronoun and an unknown verb after a quote ending in a comma ("..., Kelly
 *       charged");
 *   <li>the last cue before the quote in its sentence ("Smith said, “...”", "called it a
 *       “sham”", "according to X, “...”"), else a cue closing the sentence;
 *   <li>a short phrase and a colon ("Clinton: “...”"), or a colon introduction ending the
 *       previous paragraph;
 *   <li>an earlier quote of the same sentence ("a “fascist” and a “Stalinist”").
 * </ol>
 *
 * Quotes of fewer than {@value #MIN_UNATTRIBUTED_SPEECH_WORDS} words that no sieve attributed
 * are taken as scare quotes. Longer ones go on: the document's attributions; the last quote of
 * the same paragraph; for a quote opening its paragraph, the last quote or attributed statement
 * of the previous paragraph; last, the subject of the quote's sentence.
 */
public final class QuoteExtractor {
  /** Sieve ids beyond the local ones in {@link SpeakerSieves}. */
  static final String SAME_PARAGRAPH = "previous-quote-same-paragraph";
  static final String SPLIT = "split-quote";
  static final String SAME_SENTENCE = "earlier-quote-same-sentence";
  static final String PREVIOUS_PARAGRAPH = "previous-quote-previous-paragraph";
  static final String CONTINUATION = "multi-paragraph-continuation";

  /** Most earlier quotes looked at for a speaker to inherit: keeps the cost linear. */
  static final int LOOKBACK = 40;

  /** Quotes of fewer words than this are speech only when a cue attributes them. */
  static final int MIN_UNATTRIBUTED_SPEECH_WORDS = 4;

  private final boolean keepNonSpeech;

  /** Keeps only reported speech ({@link QuoteKind#SPEECH}). */
  public QuoteExtractor() {
    this(false);
  }

  /**
   * @param keepNonSpeech also return scare quotes, titles, glosses and nicknames, as {@link
   *     QuoteKind#OTHER} without a speaker
   */
  public QuoteExtractor(boolean keepNonSpeech) {
    this.keepNonSpeech = keepNonSpeech;
  }

  /**
   * Quotes in text order. {@code attributions} (possibly empty) are the document's attributions:
   * a quote inside an attribution's content takes that attribution's source as its speaker when
   * no local sieve found one.
   *
   * @param analysis the analysed text
   * @param attributions the document's attributions, in text order
   * @return the quotes found
   */
  public List<Quote> extract(TextAnalysis analysis, List<Attribution> attributions) {
    return extract(analysis, attributions, Integer.MAX_VALUE - 1);
  }

  /**
   * Like {@link #extract(TextAnalysis, List)}; stops once more than {@code maxResults} are found.
   *
   * @param analysis the analysed text
   * @param attributions the document's attributions, in text order
   * @param maxResults the number of quotes past which the search stops
   * @return the quotes found
   */
  public List<Quote> extract(TextAnalysis analysis, List<Attribution> attributions,
      int maxResults) {
    List<Quote> out = new ArrayList<>();
    for (Traced t : trace(analysis, attributions, maxResults)) {
      out.add(t.quote());
    }
    return out;
  }

  /** A quote with the id of the sieve that found its speaker ("" when none did). */
  record Traced(Quote quote, String sieve) {}

  /** Like {@link #extract}, with the sieve behind each speaker: for tests and error analysis. */
  List<Traced> trace(TextAnalysis analysis, List<Attribution> attributions) {
    return trace(analysis, attributions, Integer.MAX_VALUE - 1);
  }

  private List<Traced> trace(TextAnalysis analysis, List<Attribution> attributions,
      int maxResults) {
    String text = analysis.text();
    List<Paragraph> paragraphs = analysis.paragraphs();
    List<QuoteMarks.Raw> raws = QuoteMarks.find(text, paragraphs);
    if (raws.isEmpty()) {
      return List.of();
    }
    NameResolver names =
        new NameResolver(analysis, NameIndex.of(analysis), offset -> insideQuote(raws, offset));
    SpeakerSieves sieves = new SpeakerSieves(analysis);
    Found[] speakers = new Found[raws.size()];
    QuoteKind[] kinds = new QuoteKind[raws.size()];
    TextSpan[] resolved = new TextSpan[raws.size()];
    List<Traced> out = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      QuoteMarks.Raw r = raws.get(i);
      if (r.continuation(i)) {
        continued(text, sieves, raws, i, speakers, kinds);
      } else {
        classify(text, sieves, raws, i, paragraphs.get(r.paragraph()), paragraphs, attributions,
            speakers, kinds);
      }
    }
    backfillMultiParagraph(raws, speakers);
    Map<TextSpan, Attribution> byCue = AttributedSpeakers.byCue(attributions);
    for (int i = 0; i < raws.size(); i++) {
      if (speakers[i] != null) {
        speakers[i] = AttributedSpeakers.headOfName(speakers[i], byCue);
      }
    }
    for (int i = 0; i < raws.size() && out.size() <= maxResults; i++) {
      QuoteMarks.Raw r = raws.get(i);
      resolved[i] = resolve(names, raws, speakers, resolved, i);
      if (kinds[i] == QuoteKind.OTHER && !keepNonSpeech) {
        continue;
      }
      Found f = speakers[i];
      out.add(new Traced(new Quote(
          TextSpan.of(text, r.start(), r.end()),
          kinds[i],
          f == null ? Optional.empty() : Optional.of(f.speaker()),
          f == null ? Optional.empty() : f.cue(),
          Optional.ofNullable(resolved[i])), f == null ? "" : f.sieve()));
    }
    return out;
  }

  /**
   * A later paragraph of a multi-paragraph quotation: its own attribution if it closes with one
   * ("..., wrote The Post."), else the speaker of the quotation's first paragraph.
   */
  private static void continued(String text, SpeakerSieves sieves, List<QuoteMarks.Raw> raws,
      int i, Found[] speakers, QuoteKind[] kinds) {
    QuoteMarks.Raw r = raws.get(i);
    kinds[i] = QuoteKind.SPEECH;
    if (r.close() >= 0) {
      QuoteMarks.Raw next =
          i + 1 < raws.size() && raws.get(i + 1).paragraph() == r.paragraph()
              ? raws.get(i + 1) : null;
      int afterFrom = r.close() + 1;
      int afterTo = next == null ? paragraphEndOf(text, afterFrom) : next.open();
      boolean clauseOpen = ",!?—–-…;:".indexOf(lastPunctuation(text, r)) >= 0;
      Found f = sieves.after(afterFrom, afterTo, clauseOpen);
      if (f == null) {
        f = sieves.dash(afterFrom, afterTo);
      }
      if (f != null) {
        speakers[i] = f;
        return;
      }
    }
    Found first = speakers[r.first()];
    speakers[i] = first == null ? null : new Found(first.speaker(), first.cue(), CONTINUATION);
  }

  /** A multi-paragraph quotation attributed only at its end takes that speaker throughout. */
  private static void backfillMultiParagraph(List<QuoteMarks.Raw> raws, Found[] speakers) {
    for (int i = raws.size() - 1; i >= 0; i--) {
      QuoteMarks.Raw r = raws.get(i);
      if (!r.continuation(i) || speakers[i] == null || speakers[i].sieve().equals(CONTINUATION)) {
        continue;
      }
      for (int j = r.first(); j < i; j++) {
        if (speakers[j] == null) {
          speakers[j] = new Found(speakers[i].speaker(), speakers[i].cue(), CONTINUATION);
        }
      }
    }
  }

  private static int paragraphEndOf(String text, int from) {
    int k = from;
    while (k < text.length() && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
      k++;
    }
    return k;
  }

  private static void classify(String text, SpeakerSieves sieves, List<QuoteMarks.Raw> raws,
      int i, Paragraph p,
      List<Paragraph> paragraphs, List<Attribution> attributions, Found[] speakers,
      QuoteKind[] kinds) {
    QuoteMarks.Raw r = raws.get(i);
    QuoteMarks.Raw prev =
        i > 0 && raws.get(i - 1).paragraph() == r.paragraph() ? raws.get(i - 1) : null;
    QuoteMarks.Raw next =
        i + 1 < raws.size() && raws.get(i + 1).paragraph() == r.paragraph()
            ? raws.get(i + 1) : null;
    int beforeFrom = prev == null ? p.start() : afterMark(prev);
    int afterFrom = afterMark(r);
    int afterTo = next == null ? p.end() : next.open();
    char last = lastPunctuation(text, r);
    boolean clauseOpen = ",!?—–-…;:".indexOf(last) >= 0;

    if (nonSpeechContext(text, beforeFrom, r.open()) || isTitle(text, r, beforeFrom)) {
      kinds[i] = QuoteKind.OTHER;
      return;
    }
    Found f = sieves.cueOpensQuote(beforeFrom, r.open(), r.start(), r.end());
    if (f == null && r.close() >= 0) {
      f = sieves.after(afterFrom, afterTo, clauseOpen);
      if (f == null) {
        f = sieves.dash(afterFrom, afterTo);
      }
    }
    if (f == null && prev != null) {
      // the second part of a split quote: "We will stay," he said, "until it is done."
      Found s = lastSpeakerInParagraph(raws, speakers, i);
      if (s != null && s.cue().isPresent() && s.cue().get().start() >= beforeFrom
          && s.cue().get().end() <= r.open()
          && !newSentenceBetween(text, s.cue().get().end(), r.open())) {
        f = new Found(s.speaker(), s.cue(), SPLIT);
      }
    }
    if (f == null && r.close() >= 0 && clauseOpen) {
      f = sieves.afterLoose(afterFrom, afterTo);
    }
    if (f == null) {
      f = sieves.before(beforeFrom, r.open(), SpeakerSieves.BEFORE);
    }
    if (f == null && r.close() >= 0 && !endsSentence(last)) {
      f = sieves.laterInSentence(afterFrom, afterTo);
    }
    if (f == null) {
      f = sieves.colonPhrase(beforeFrom, r.open(), SpeakerSieves.COLON_PHRASE);
    }
    boolean opensParagraph = isBlank(text, p.start(), r.open());
    if (f == null && opensParagraph && r.paragraph() > 0) {
      Paragraph pp = paragraphs.get(r.paragraph() - 1);
      f = sieves.colonIntro(pp.start(), pp.end());
    }
    if (f == null && prev != null && speakers[i - 1] != null && kinds[i - 1] == QuoteKind.SPEECH
        && !sentenceEndBetween(text, afterMark(prev), r.open())) {
      // a later quote of the same sentence: "calls him a “fascist” and a “Stalinist”"
      f = new Found(speakers[i - 1].speaker(), speakers[i - 1].cue(), SAME_SENTENCE);
    }
    int words = wordCount(text, r.start(), r.end());
    if (f == null) {
      if (words < MIN_UNATTRIBUTED_SPEECH_WORDS) {
        kinds[i] = QuoteKind.OTHER;
        return;
      }
      f = AttributedSpeakers.fromAttributions(text, r, attributions);
    }
    if (f == null && prev != null) {
      Found s = lastSpeakerInParagraph(raws, speakers, i);
      if (s != null) {
        f = new Found(s.speaker(), s.cue(), SAME_PARAGRAPH);
      }
    }
    if (f == null && opensParagraph && r.paragraph() > 0) {
      // a quote paragraph continues the last speaker of the paragraph before: its last quote's,
      // or the speaker of a statement in its last sentence ("Ash argued in his email, ...")
      Paragraph pp = paragraphs.get(r.paragraph() - 1);
      Found quoted = null;
      if (i > 0 && raws.get(i - 1).paragraph() == pp.index() && speakers[i - 1] != null) {
        quoted = new Found(speakers[i - 1].speaker(), speakers[i - 1].cue(), PREVIOUS_PARAGRAPH);
      }
      int from = i > 0 && raws.get(i - 1).paragraph() == pp.index() ? afterMark(raws.get(i - 1))
          : pp.start();
      Found stated = from < pp.end()
          ? sieves.before(from, pp.end(), SpeakerSieves.PREVIOUS_STATEMENT) : null;
      f = quoted == null ? stated : quoted;
    }
    if (f == null && !opensParagraph) {
      // last resort: the subject of the quote's sentence ("Trump attacked “...”")
      f = sieves.sentenceSubject(beforeFrom, r.open());
    }
    speakers[i] = f;
    kinds[i] = QuoteKind.SPEECH;
  }

  /** A sentence ends in {@code [from, to)}: a period, question or exclamation mark and a space. */
  private static boolean sentenceEndBetween(String text, int from, int to) {
    for (int k = from; k < to - 1; k++) {
      char c = text.charAt(k);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1))) {
        return true;
      }
    }
    return from > 1 && ".!?".indexOf(text.charAt(from - 2)) >= 0; // the earlier quote ended one
  }

  /** Words after a sentence end in {@code [from, to)}: "Obama said. He called it a “..." */
  private static boolean newSentenceBetween(String text, int from, int to) {
    boolean ended = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?') {
        ended = true;
      } else if (ended && Character.isLetterOrDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** The speaker of the nearest earlier quote of the same paragraph that has one. */
  private static Found lastSpeakerInParagraph(List<QuoteMarks.Raw> raws, Found[] speakers, int i) {
    int para = raws.get(i).paragraph();
    for (int j = i - 1; j >= 0 && j >= i - LOOKBACK && raws.get(j).paragraph() == para; j--) {
      if (speakers[j] != null) {
        return speakers[j];
      }
    }
    return null;
  }

  /** The resolved speaker: fullest earlier mention for a pronoun or a one-word name. */
  private static TextSpan resolve(NameResolver names, List<QuoteMarks.Raw> raws,
      Found[] speakers, TextSpan[] resolved, int i) {
    Found f = speakers[i];
    if (f == null) {
      return null;
    }
    TextSpan sp = f.speaker();
    String s = sp.text();
    String lower = s.toLowerCase(Locale.ROOT);
    if (Lexicon.SINGULAR_PERSON_PRONOUNS.contains(lower)) {
      TextSpan a = antecedent(names, raws, speakers, resolved, i, sp, lower);
      // "Cruz said ... Carson defied the question. “...,” he said": not Cruz, and no Carson
      // the names know
      return a == null || names.otherSubjectSince(a, sp.start()) ? null : a;
    }
    if (NameResolver.looksLikeName(s)) {
      TextSpan full = names.fullest(sp);
      return full.equals(sp) ? null : full;
    }
    return null;
  }

  /** The person a pronoun speaker stands for, before {@link #resolve}'s last check; or null. */
  private static TextSpan antecedent(NameResolver names, List<QuoteMarks.Raw> raws,
      Found[] speakers, TextSpan[] resolved, int i, TextSpan sp, String lower) {
    // the subject-like first name of the nearest earlier sentence that has one
    TextSpan subject = names.recentSubject(sp.start());
    if (subject == null && names.ownedPersonSubject(sp.start()) >= 0) {
      return null; // "Haddad's mother wept. ... “...,” she said": the mother, unnamed
    }
    // past a name of the other sex ("he" and "Linda Greer"), only one of the pronoun's own
    boolean passedOver = subject != null && FirstNames.otherSex(subject.text(), lower);
    if (subject != null && !passedOver) {
      return subject;
    }
    // else the last earlier quote whose speaker is a name
    for (int j = i - 1; j >= 0 && j >= i - LOOKBACK
        && raws.get(i).paragraph() - raws.get(j).paragraph() <= 8; j--) {
      TextSpan earlier = speakers[j] == null ? null : resolved[j] != null ? resolved[j]
          : NameResolver.looksLikeName(speakers[j].speaker().text())
              ? names.fullest(speakers[j].speaker()) : null;
      if (earlier == null || earlier.equals(sp)) {
        continue;
      }
      if (passedOver ? FirstNames.sameSex(earlier.text(), lower)
          : !FirstNames.otherSex(earlier.text(), lower)) {
        return earlier;
      }
      passedOver = true;
    }
    TextSpan last = names.lastNameBefore(sp.start());
    return last == null || (passedOver ? !FirstNames.sameSex(last.text(), lower)
        : FirstNames.otherSex(last.text(), lower)) ? null : last;
  }

  /** {@code offset} lies between the marks of some quote (binary search on opening marks). */
  private static boolean insideQuote(List<QuoteMarks.Raw> raws, int offset) {
    int lo = 0;
    int hi = raws.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (raws.get(mid).open() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && offset < raws.get(found).end();
  }

  /** "known as “Shorty”", "meaning “congratulations”", "the so-called “deal”". */
  private static boolean nonSpeechContext(String text, int from, int open) {
    int s = Math.max(from, open - 30);
    String before = text.substring(s, open).toLowerCase(Locale.ROOT).strip();
    while (before.endsWith(",") || before.endsWith(":")) {
      before = before.substring(0, before.length() - 1).strip();
    }
    for (String phrase : Lexicon.NON_SPEECH_CONTEXT) {
      if (before.endsWith(phrase)
          && (before.length() == phrase.length()
              || !Character.isLetter(before.charAt(before.length() - phrase.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title-case phrase of a few words after a title word or a possessive ("on ABC’s “Good
   * Morning America”", "the film “Thelma and Louise”").
   */
  private static boolean isTitle(String text, QuoteMarks.Raw r, int from) {
    if (r.close() < 0 || wordCount(text, r.start(), r.end()) > 8) {
      return false;
    }
    List<Words.W> q = Words.of(text, r.start(), r.end());
    for (Words.W w : q) {
      if (w.isWord() && w.text().length() > 3 && !w.capitalized()
          && !Character.isDigit(w.text().charAt(0))) {
        return false;
      }
      if (w.sentenceEnd() && w != q.get(q.size() - 1)) {
        return false;
      }
    }
    List<Words.W> b = Words.of(text, Math.max(from, r.open() - 40), r.open());
    if (b.isEmpty()) {
      return false;
    }
    Words.W prev = b.get(b.size() - 1);
    String pl = prev.lower();
    return Lexicon.TITLE_CONTEXT.contains(pl) || pl.endsWith("’s") || pl.endsWith("'s");
  }

  /** The quote's last char, looking through a closing single quote or bracket ("…now,’"). */
  private static char lastPunctuation(String text, QuoteMarks.Raw r) {
    int k = r.end() - 1;
    while (k > r.start() && "'’‘)]".indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    return text.charAt(k);
  }

  private static int afterMark(QuoteMarks.Raw r) {
    return r.close() >= 0 ? r.close() + 1 : r.end();
  }

  private static boolean endsSentence(char c) {
    return c == '.';
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int wordCount(String text, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int k = from; k < to; k++) {
      boolean w = Character.isLetterOrDigit(text.charAt(k));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
