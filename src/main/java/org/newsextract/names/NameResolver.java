package org.newsextract.names;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Datelines;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.analysis.Token;

/**
 * Resolves a pronoun or a short name to the fullest mention of a person in one document, for
 * quote speakers and attribution sources alike. Conservative: no answer rather than a guess
 * from far away. One instance serves one document.
 */
public final class NameResolver {
  /** Chars looked back for the last name before a pronoun, when nothing nearer names one. */
  private static final int LAST_NAME_REACH = 600;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final TextAnalysis analysis;
  private final NameIndex names;
  private final IntPredicate quoted;
  // per sentence, where its words start past a dateline (-1: not asked yet)
  private int[] afterDateline;
  // per sentence, its subject read whole (null: not asked yet); see wholeSubject
  private SentenceSubject[] wholeSubjects;
  // per sentence, surnameOpening's answer (NO_OPENER: none; null: not asked yet)
  private TextSpan[] openers;
  private static final TextSpan NO_OPENER = new TextSpan(0, 0, "");

  /**
   * @param quoted tells whether an offset lies inside a quotation: names there are the quoted
   *     speaker's words, not the people the article talks about
   */
  /** Whether a name (of any length) lies wholly in {@code [from, to)}. */
  public boolean nameIn(int from, int to) {
    NameIndex.Name n = names.lastBefore(to, from);
    return n != null && n.start() >= from;
  }

  /** Whether {@code offset} lies inside a quotation. */
  public boolean quoted(int offset) {
    return quoted.test(offset);
  }

  public NameResolver(TextAnalysis analysis, NameIndex names, IntPredicate quoted) {
    this.analysis = analysis;
    this.names = names;
    this.quoted = quoted;
  }

  /**
   * For "he" or "she" at {@code offset}: going back over at most four sentences of the same or
   * the two previous paragraphs, the first person name (outside quotes) near the start of a
   * sentence, where news puts its subjects ("Alabama party chairwoman Nancy Worley pledged ...").
   */
  public TextSpan recentSubject(int offset) {
    List<Subject> first = subjectsBefore(offset, 1);
    return first.isEmpty() ? null : first.get(0).name();
  }

  /**
   * Going back from {@code offset} over the reach of {@link #recentSubject}, the index of the
   * first sentence whose subject is a person a name owns ("Haddad's mother wept": a "she" after
   * it is that unnamed person, not a name cited earlier); else -1. Asked only when {@link
   * #recentSubjects} found no named subject, which would have come first.
   */
  public int ownedPersonSubject(int offset) {
    int si = analysis.sentenceAt(offset);
    List<Sentence> sentences = analysis.sentences();
    String text = analysis.text();
    for (int k = si - 1; k >= 0 && k > si - 5
        && sentences.get(k).paragraph() >= sentences.get(si).paragraph() - 2; k--) {
      Sentence s = sentences.get(k);
      if (opensWithOwnedPerson(text, afterDateline(k), s.end())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A subject name and the index of the sentence it opens.
   *
   * @param name the fullest mention of the name
   * @param sentence the index of the sentence the name was found in
   */
  public record Subject(TextSpan name, int sentence) {}

  /**
   * The subject names of the last sentences before {@code offset}, nearest first, one per
   * sentence, over the same reach as {@link #recentSubject} (whose answer is the first).
   */
  public List<Subject> recentSubjects(int offset) {
    return subjectsBefore(offset, 5);
  }

  private List<Subject> subjectsBefore(int offset, int max) {
    List<Subject> out = new java.util.ArrayList<>();
    int si = analysis.sentenceAt(offset);
    if (si < 0) {
      return out;
    }
    List<Sentence> sentences = analysis.sentences();
    int para = sentences.get(si).paragraph();
    for (int k = si; k >= 0 && k > si - 5 && sentences.get(k).paragraph() >= para - 2; k--) {
      Sentence s = sentences.get(k);
      TextSpan subject;
      if (k < si) {
        SentenceSubject whole = wholeSubject(k);
        if (whole.owned()) {
          return out; // "Haddad's mother wept. ... she said": the mother, unnamed
        }
        subject = whole.name();
      } else {
        // "Cruz was articulate as he recapitulated": this sentence's opening surname counts too
        subject = subjectOf(k, offset > s.start(), Math.min(offset, s.start() + 120));
      }
      if (subject != null) {
        out.add(new Subject(subject, k));
      }
      if (out.size() >= max) {
        break;
      }
    }
    return out;
  }

  /**
   * Sentence {@code k}'s subject name among its words before {@code to}: its opening surname
   * (when {@code opening} counts), else its first name outside quotes; null if none.
   */
  private TextSpan subjectOf(int k, boolean opening, int to) {
    TextSpan opener = opening ? surnameOpening(k) : null;
    if (opener != null) {
      // "Pataki ended his campaign. He announced ...": the subject, by surname
      return opener;
    }
    // (past a dateline: "New York (AFP) – Actress Susan Sarandon said")
    for (NameIndex.Name n : names.namesIn(afterDateline(k), to, 4)) {
      if (!quoted.test(n.start())) {
        return fullest(TextSpan.of(analysis.text(), n.start(), n.end()));
      }
    }
    return null;
  }

  /** A sentence opens with an owned person (none before it counts), else its subject or null. */
  private record SentenceSubject(boolean owned, TextSpan name) {}

  /**
   * {@link SentenceSubject} of sentence {@code k}, found once: a sentence before the offset's
   * is read up to the same end whatever the offset, so each pronoun and source after it in
   * reach would find the same again.
   */
  private SentenceSubject wholeSubject(int k) {
    if (wholeSubjects == null) {
      wholeSubjects = new SentenceSubject[analysis.sentences().size()];
    }
    if (wholeSubjects[k] == null) {
      Sentence s = analysis.sentences().get(k);
      int to = Math.min(s.end(), s.start() + 120);
      wholeSubjects[k] = opensWithOwnedPerson(analysis.text(), afterDateline(k), to)
          ? new SentenceSubject(true, null) : new SentenceSubject(false, subjectOf(k, true, to));
    }
    return wholeSubjects[k];
  }

  /**
   * Where sentence {@code k}'s words start past a dateline ({@link Datelines#skip}): asked for
   * the same few sentences before each pronoun and source, so found once per sentence.
   */
  private int afterDateline(int k) {
    if (afterDateline == null) {
      afterDateline = new int[analysis.sentences().size()];
      java.util.Arrays.fill(afterDateline, -1);
    }
    if (afterDateline[k] < 0) {
      Sentence s = analysis.sentences().get(k);
      afterDateline[k] = Datelines.skip(analysis.text(), s.start(), s.end());
    }
    return afterDateline[k];
  }

  /**
   * The sentence's subject is a person its opening name owns ("Haddad's mother wept"), unnamed:
   * so neither that name nor any before it is the subject a pronoun after it stands for.
   */
  private static boolean opensWithOwnedPerson(String text, int from, int end) {
    return OwnedPersons.at(text, from, end) != null;
  }

  /**
   * The owned person sentence {@code k} opens with ("Haddad's mother", "Her husband"), as
   * {@link #ownedPersonSubject} found it; else null.
   */
  public TextSpan ownedPersonOf(int k) {
    Sentence s = analysis.sentences().get(k);
    String text = analysis.text();
    TextSpan owned = OwnedPersons.at(text, afterDateline(k), s.end());
    // "Clinton's husband, Bill,", "His friend Sajid Tarar": named after all
    return owned == null || OwnedPersons.namedAfter(text, owned.end(), s.end()) ? null : owned;
  }

  /**
   * The fullest name of a sentence that opens with a surname alone ("Sanders is outlining"), when
   * the document writes that surname in full somewhere ("Bernie Sanders"); else null.
   */
  private TextSpan surnameOpening(int k) {
    // asked of the same sentences by every pronoun and source in reach: found once
    if (openers == null) {
      openers = new TextSpan[analysis.sentences().size()];
    }
    if (openers[k] == null) {
      TextSpan opener = surnameOpening(analysis.sentences().get(k));
      openers[k] = opener == null ? NO_OPENER : opener;
    }
    return openers[k] == NO_OPENER ? null : openers[k];
  }

  /** {@link #surnameOpening(int)} of sentence {@code s}, found anew. */
  private TextSpan surnameOpening(Sentence s) {
    String text = analysis.text();
    int from = afterOpeningQuotation(text, s);
    List<Words.W> w = Words.of(text, from, Math.min(s.end(), from + 40));
    int k = 0;
    if (w.size() > 3 && (w.get(0).lower().equals("and") || w.get(0).lower().equals("but"))) {
      k++;
    }
    if (w.size() > k + 3 && w.get(k).lower().equals("as")
        && (w.get(k + 1).lower().equals("for") || w.get(k + 1).lower().equals("to"))) {
      k += 2; // "And as for Trump, he was subdued": the topic is the subject
    }
    if (w.size() > k + 4 && (w.get(k).lower().equals("a") || w.get(k).lower().equals("an"))
        && w.get(k + 1).capitalized() && w.get(k + 2).text().equals(",")) {
      k += 3; // "A Democrat, Mr. Justice is running": the name after the opening appositive
    }
    while (k < w.size() - 1 && NameIndex.HONORIFICS.contains(w.get(k).lower())) {
      k++;
    }
    if (k >= w.size() - 1 || !w.get(k).isWord() || !w.get(k).capitalized()
        || NameIndex.NOT_NAME_STARTS.contains(w.get(k).lower())
        || w.get(k + 1).isWord() && w.get(k + 1).capitalized()
        || quoted.test(w.get(k).start())) {
      return null; // not one capitalised word then a lower-case one or punctuation
    }
    NameIndex.Name full = names.fullest(w.get(k).text(), Integer.MAX_VALUE);
    return full == null ? null : TextSpan.of(text, full.start(), full.end());
  }

  /**
   * Where the words after a quotation that opens the sentence begin ("“Go back,” Trump barked":
   * the speaker is the sentence's subject); the sentence's start when it opens otherwise.
   */
  private static int afterOpeningQuotation(String text, Sentence s) {
    int at = s.start();
    if (at >= s.end() || text.charAt(at) != '“' && text.charAt(at) != '"') {
      return at;
    }
    char close = text.charAt(at) == '“' ? '”' : '"';
    int end = text.indexOf(close, at + 1);
    if (end < 0 || end >= s.end()) {
      return at;
    }
    int k = end + 1;
    while (k < s.end() && (text.charAt(k) == ',' || Character.isWhitespace(text.charAt(k)))) {
      k++;
    }
    return k;
  }

  /**
   * Delayed identification ("A top adviser says ... [new paragraph] Ed Brookover spoke to
   * reporters"): the person of two or more words whom the paragraph after the one holding
   * {@code offset} opens with, when the text has not named anyone with that last word before;
   * else null. Only when {@code offset} lies in the first sentence of its paragraph.
   */
  public TextSpan introducedAfter(int offset) {
    int si = analysis.sentenceAt(offset);
    List<Sentence> sentences = analysis.sentences();
    if (si < 0 || si + 1 >= sentences.size()) {
      return null;
    }
    Sentence here = sentences.get(si);
    Sentence next = sentences.get(si + 1);
    if (si > 0 && sentences.get(si - 1).paragraph() == here.paragraph()
        || next.paragraph() != here.paragraph() + 1) {
      return null;
    }
    List<NameIndex.Name> opening = names.namesIn(next.start(), next.start() + 1, 1);
    if (opening.isEmpty() || opening.get(0).words() < 2 || quoted.test(next.start())) {
      return null;
    }
    NameIndex.Name n = opening.get(0);
    if (names.fullest(n.last(), here.start()) != null) {
      return null; // someone named before: not a person introduced here
    }
    return TextSpan.of(analysis.text(), n.start(), n.end());
  }

  /**
   * The nearest sentence of {@code offset}'s paragraph, starting before it, that opens with a
   * one-word proper noun and a verb the text does not name as a person ("Carson defied the
   * question": the index knows no Carson), whose word {@code skip} does not take; else -1.
   * Someone the text names is that sentence's subject, so a pronoun after it is not a person
   * named before it. With {@code inQuotes} the sentences of quotations count too: a name the
   * speaker brings up also makes a pronoun unsure.
   */
  public int bareSubjectSentence(int offset, Predicate<String> skip,
      boolean inQuotes) {
    int here = analysis.sentenceAt(offset);
    if (here < 0) {
      return -1;
    }
    List<Sentence> sentences = analysis.sentences();
    int paragraph = sentences.get(here).paragraph();
    for (int k = here; k >= 0 && sentences.get(k).paragraph() == paragraph; k--) {
      List<Token> toks = analysis.tokens(k);
      if (toks.size() < 3 || toks.get(0).start() >= offset
          || !inQuotes && quoted.test(toks.get(0).start())) {
        continue;
      }
      List<String> tags = analysis.tags(k);
      String w = toks.get(0).text();
      if (tags.get(0).equals("PROPN") && Character.isUpperCase(w.charAt(0))
          && (tags.get(1).equals("VERB") || tags.get(1).equals("AUX"))
          && Character.isLowerCase(toks.get(1).text().charAt(0))
          && !NameIndex.NOT_NAME_STARTS.contains(w.toLowerCase(Locale.ROOT)) && !skip.test(w)
          // (a surname written in full is a subject the index knows)
          && !isPersonName(TextSpan.of(analysis.text(), toks.get(0).start(), toks.get(0).end()))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a pronoun at {@code offset} cannot be {@code candidate}: a sentence of its paragraph
   * opens with someone else's bare name ({@link #bareSubjectSentence}) and {@code candidate}'s
   * last word is not written again between that sentence and the pronoun. Sentences quoted are
   * the speaker's words, not the article's subjects: they do not count.
   */
  public boolean otherSubjectSince(TextSpan candidate, int offset) {
    String t = candidate.text();
    String surname = t.substring(t.lastIndexOf(' ') + 1);
    int bare = bareSubjectSentence(offset, w -> w.equalsIgnoreCase(surname), false);
    return bare >= 0 && !analysis.text()
        .substring(analysis.sentences().get(bare).start(), offset).contains(surname);
  }

  /** The fullest mention of the last name ending before {@code offset}, nearby; or null. */
  public TextSpan lastNameBefore(int offset) {
    NameIndex.Name n = names.lastBefore(offset, Math.max(0, offset - LAST_NAME_REACH));
    return n == null ? null : fullest(TextSpan.of(analysis.text(), n.start(), n.end()));
  }

  /** The fullest earlier-or-same mention with the same last word ("Trump" -> "Donald Trump"). */
  public TextSpan fullest(TextSpan name) {
    return fullestBefore(name, name.start() + 1);
  }

  private TextSpan fullestBefore(TextSpan name, int before) {
    String[] w = Words.splitOnSpaces(name.text());
    NameIndex.Name n = names.fullest(w[w.length - 1], before);
    if ((n == null || n.words() <= w.length) && w.length == 1) {
      // "Hillary" for the text's one Hillary, Hillary Clinton, written before the offset too
      NameIndex.Name byFirst = names.byFirstName(w[0]);
      n = byFirst != null && byFirst.start() < before ? byFirst : n;
    }
    if ((n == null || n.words() <= w.length) && w.length == 1) {
      n = names.misspelt(w[0], before); // "Keidis continued" after "Anthony Kiedis"
    }
    if (n == null || n.words() <= w.length) {
      return name;
    }
    return TextSpan.of(analysis.text(), n.start(), n.end());
  }

  /**
   * For "Mr. Trump", "Mrs. Clinton": the one name of two or more words in the text ending in
   * {@code lastWord} that {@code fits} accepts (a first name of the title's sex), as {@code
   * personName} trims it; null when there is none or when two different people fit.
   *
   * @param personName trims a mention to the person's own name ("Sen. Marco Rubio" to "Marco
   *     Rubio"), so that two mentions of one person count once
   */
  public TextSpan onlyFullName(String lastWord, java.util.function.Predicate<TextSpan> fits,
      java.util.function.UnaryOperator<TextSpan> personName) {
    TextSpan found = null;
    for (NameIndex.Name n : names.withLast(lastWord)) {
      if (n.words() < 2 || quoted.test(n.start())) {
        continue;
      }
      TextSpan full = personName.apply(TextSpan.of(analysis.text(), n.start(), n.end()));
      String first = SPACES.split(full.text(), 2)[0];
      if (full.text().indexOf(' ') < 0
          || NameIndex.HONORIFICS.contains(first.toLowerCase(Locale.ROOT)) || !fits.test(full)) {
        continue;
      }
      if (found == null) {
        found = full;
      } else if (!found.text().equalsIgnoreCase(full.text())) {
        // "Donald Trump" and "Donald J. Trump" are one person; "Bill" and "Hillary" two
        if (!SPACES.split(found.text(), 2)[0].equalsIgnoreCase(first)) {
          return null;
        }
        if (full.text().length() > found.text().length()) {
          found = full;
        }
      }
    }
    return found;
  }

  /** Whether the text names a person of two or more words ending in this name's last word. */
  public boolean isPersonName(TextSpan name) {
    String[] w = Words.splitOnSpaces(name.text());
    NameIndex.Name n = names.fullest(w[w.length - 1], Integer.MAX_VALUE);
    return n != null && n.words() >= 2;
  }

  /**
   * The fullest mention anywhere in the document with the same last word: a live blog may
   * write "Trump" long before it writes "Donald Trump" once.
   */
  public TextSpan fullestAnywhere(TextSpan name) {
    return fullestBefore(name, Integer.MAX_VALUE);
  }

  /** The name with the most words lying wholly in {@code [from, to)}, or null. */
  public TextSpan longestNameIn(int from, int to) {
    NameIndex.Name best = null;
    int bestRank = -1;
    for (NameIndex.Name n : names.namesIn(from, to, 8)) {
      // a name a role introduces first: "Nova Scotia Power spokesman Jacqueline Foster" is
      // Foster, not the utility; then the one of most words
      int rank = (afterRole(n.start()) ? 100 : 0) + n.words();
      if (n.end() <= to && rank > bestRank) {
        best = n;
        bestRank = rank;
      }
    }
    return best == null ? null : TextSpan.of(analysis.text(), best.start(), best.end());
  }

  /** The word before {@code at} is a role written in lower case: "spokesman", "chairman". */
  private boolean afterRole(int at) {
    String text = analysis.text();
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLowerCase(text.charAt(start - 1))) {
      start--;
    }
    return start < end && (start == 0 || !Character.isLetter(text.charAt(start - 1)))
        && PersonNouns.speaker(text.substring(start, end));
  }

  /** One to three capitalised words, perhaps after an honorific: "Trump", "Mr. Barrett". */
  public static boolean looksLikeName(String s) {
    String[] w = Words.splitOnSpaces(s);
    if (w.length > 3) {
      return false;
    }
    for (String x : w) {
      if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))
          || NameIndex.NOT_NAME_STARTS.contains(x.toLowerCase(Locale.ROOT))
          || NameIndex.descriptiveCompound(x)) {
        return false;
      }
    }
    return true;
  }
}
