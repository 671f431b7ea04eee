package org.newsextract.source.engine;

import static org.newsextract.source.engine.EarlierCitations.lastPersonCited;
import static org.newsextract.source.engine.EarlierCitations.lastUnnamedOne;
import static org.newsextract.source.engine.EntityClues.fits;
import static org.newsextract.source.engine.EntityClues.lastWord;
import static org.newsextract.source.engine.EntityClues.personName;
import static org.newsextract.source.engine.SourceLinker.named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.NameIndex;
import org.newsextract.names.NameResolver;
import org.newsextract.names.OwnedPersons;
import org.newsextract.source.engine.SourceLinker.Context;
import org.newsextract.source.engine.SourceLinker.Mention;

/**
 * Who a source pronoun ("he", "she", "him", "her") is: the last person cited nearby, else the
 * speaker the quote layer resolved for the same words, else the person a recent sentence is
 * about. Conservative: no person is better than a wrong one.
 */
final class PronounAntecedents {
  private PronounAntecedents() {}

  // "according to him", "according to her": the object forms stand for a person as well
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final int LONGEST_PRONOUN = SourceLinker.longest(PERSON_PRONOUNS);

  /**
   * The person, or null; {@code someone}: a person the text names may be meant; {@code owned}:
   * the unnamed person a name owns whom the pronoun stands for ("Haddad's mother"), or null.
   */
  private record Answer(TextSpan person, boolean someone, TextSpan owned) {
    Answer(TextSpan person, boolean someone) {
      this(person, someone, null);
    }
  }

  /**
   * "he", "she": the unnamed source still spoken of, else the person {@link #of} finds, else
   * the pronoun unresolved; null when the phrase is no such pronoun.
   */
  static Mention ofPersonPronoun(Context c, TextSpan src, SourceKind kind, int index) {
    String lower = SourceLinker.shortLower(src.text(), LONGEST_PRONOUN);
    if (lower == null || !PERSON_PRONOUNS.contains(lower)) {
      return null;
    }
    boolean she = lower.equals("she") || lower.equals("her");
    Mention unnamed = lastUnnamedOne(c.analysis(), c.names(), c.earlier(), index, src.start());
    if (unnamed != null) {
      // "A hospital official, who spoke on condition of anonymity, said ... Some were in
      // critical condition, he said": the official, still unnamed
      return new Mention(unnamed.key(), unnamed.canonical(), SourceKind.ANONYMOUS,
          Optional.of(unnamed.canonical()));
    }
    Answer answer = answer(c, src, she, index);
    if (answer.owned() != null) {
      // "Her husband, 81, was pulled out ... “...,” he said": that husband, unnamed
      return new Mention("owned:" + answer.owned().start(), answer.owned(), SourceKind.ANONYMOUS,
          Optional.of(answer.owned()));
    }
    if (answer.person() != null) {
      return named(c.text(), src, answer.person(), SourceKind.NAMED_PERSON);
    }
    // not sure which person, but a person the text names: its kind without a resolution
    return new Mention("pronoun:" + src.start(), src,
        answer.someone() ? SourceKind.NAMED_PERSON : SourceKind.PRONOUN, Optional.empty());
  }

  /** The person "his" or "her" at {@code pronoun} stands for ("her campaign"), or null. */
  static TextSpan ownerOf(Context c, TextSpan pronoun, int index) {
    String lower = pronoun.text().toLowerCase(Locale.ROOT);
    if (!lower.equals("his") && !lower.equals("her")) {
      return null;
    }
    return answer(c, pronoun, lower.equals("her"), index).person();
  }

  private static Answer answer(Context c, TextSpan src, boolean she, int index) {
    int last = lastPersonCited(c.analysis(), c.earlier(), c.earlierAt(), index, src.start(), she);
    return of(c.analysis(), c.names(), c::organization, src, she,
        last < 0 ? null : c.earlier()[last].canonical(), last < 0 ? -1 : c.earlierAt()[last],
        c.resolvedSpeakers().get(src), c.persons());
  }

  /**
   * @param body whether a name is an organisation's ({@link Context#organization})
   * @param lastCited the canonical name of the last person cited within reach who can be a
   *     "he" ("she"), or null; {@code lastCitedAt} where that citation is
   * @param quoteSpeaker the speaker the quote layer resolved for these same words, or null
   * @param persons the persons cited so far by last word (and the gender keys of SourceLinker)
   */
  private static Answer of(TextAnalysis analysis, NameResolver names, Predicate<String> body,
      TextSpan src, boolean she, TextSpan lastCited, int lastCitedAt, TextSpan quoteSpeaker,
      Map<String, TextSpan> persons) {
    String text = analysis.text();
    TextSpan topic = topicBefore(text, names, body, src, she);
    if (topic != null) {
      return new Answer(topic, true);
    }
    // ("The U.S. Chamber of Commerce praised ...": a body is no subject a "she" can be)
    List<NameResolver.Subject> named = names.recentSubjects(src.start());
    List<NameResolver.Subject> subjects = new ArrayList<>(named);
    subjects.removeIf(sub -> body.test(sub.name().text()));
    TextSpan subject = subjects.isEmpty() ? null : subjects.get(0).name();
    TextSpan person = lastCited;
    // "Cruz said ... Governor Chris Christie gave a one-word answer. “Denver,” he answered":
    // someone else named as a subject since the last person cited makes "he" unsure
    boolean unsure = person != null && subject != null
        && !lastWord(subject.text()).equals(lastWord(person.text()))
        && subjects.get(0).sentence() > analysis.sentenceAt(lastCitedAt);
    if (person != null && otherBareSubject(analysis, names, body, src, lastCitedAt, person)) {
      return new Answer(null, true); // someone the text names, no name to be sure of
    }
    int owned = named.isEmpty() ? names.ownedPersonSubject(src.start()) : -1;
    if (owned >= 0 && (person == null || owned > analysis.sentenceAt(lastCitedAt))) {
      // "Grant said ... Haddad's mother wept. ... she said": the mother, whom no name names
      TextSpan ownedPerson = names.ownedPersonOf(owned);
      return new Answer(null, false, ownedPerson != null
          && !OwnedPersons.ofOtherSex(ownedPerson, she) ? ownedPerson : null);
    }
    if (unsure) {
      person = null;
    } else if (person == null) {
      person = fits(cited(persons, quoteSpeaker), she);
    }
    if (person == null) {
      person = fits(cited(persons, subject), she);
    }
    if (person == null && subject != null
        && subjects.get(0).sentence() >= analysis.sentenceAt(src.start()) - 1) {
      person = newSubject(analysis, names, body, src, she, subject, subjects.get(0).sentence());
    }
    if (person == null) {
      // "Actress Susan Sarandon ... she said": the nearest subject whose first name says
      // "she", past subjects that cannot be one ("Senator Bernie Sanders") and before any
      // that might be
      for (NameResolver.Subject earlierSubject : subjects) {
        TextSpan full = personName(text, earlierSubject.name());
        if (EntityClues.gendered(full, she)) {
          person = earlierSubject.name();
          break;
        }
        if (fits(full, she) != null) {
          break;
        }
      }
    }
    boolean someone = person != null || fits(subject, she) != null
        || fits(names.lastNameBefore(src.start()), she) != null
        || persons.containsKey(she ? SourceLinker.NOT_MALE : SourceLinker.NOT_FEMALE);
    return new Answer(person, someone);
  }

  /**
   * "Cruz said ... [new paragraph] Carson defied the question. “...,” he said": a sentence of
   * the pronoun's paragraph, after the last citation, opens with a one-word name (never written
   * in full, so no subject the name index knows) of someone else; "he" is then unsure.
   */
  private static boolean otherBareSubject(TextAnalysis analysis, NameResolver names,
      Predicate<String> body, TextSpan src, int lastCitedAt, TextSpan person) {
    String surname = lastWord(person.text());
    return names.bareSubjectSentence(src.start(), w -> body.test(w)
        || w.toLowerCase(Locale.ROOT).equals(surname), true) > analysis.sentenceAt(lastCitedAt);
  }


  /** "As for Carson, he ...": a name set up as the topic right before the pronoun. */
  private static final Pattern AS_FOR = Pattern.compile(
      "(?:^|[^\\p{L}])(?:[Aa]s for|[Aa]s to)\\s+((?:\\p{Lu}[\\p{L}.’'-]{0,30}\\s+){0,3}"
      + "\\p{Lu}[\\p{L}’'-]{1,30}),\\s*$");

  /** The person "As for X," puts right before the pronoun, or null. */
  private static TextSpan topicBefore(String text, NameResolver names, Predicate<String> body,
      TextSpan src, boolean she) {
    Matcher m = AS_FOR.matcher(text).region(Math.max(0, src.start() - 80), src.start());
    if (!m.find()) {
      return null;
    }
    TextSpan name = TextSpan.of(text, m.start(1), m.end(1));
    TextSpan full = names.fullestAnywhere(name);
    return body.test(full.text()) ? null : fits(full, she);
  }

  /**
   * "Ed Brookover ... Brookover spoke to reporters. He says": the last sentence's subject, a
   * person named in full somewhere (or, in the same paragraph, by one name), though never
   * cited before; not a description ("The Wisconsin Republican") or an organisation.
   */
  private static TextSpan newSubject(TextAnalysis analysis, NameResolver names,
      Predicate<String> body, TextSpan src, boolean she, TextSpan subject, int subjectSentence) {
    String text = analysis.text();
    TextSpan full = personName(text, names.fullestAnywhere(subject));
    int here = analysis.sentenceAt(src.start());
    boolean sameParagraph = analysis.sentences().get(subjectSentence).paragraph()
        == analysis.sentences().get(here).paragraph();
    int at = subject.start();
    boolean described = at >= 4 && text.regionMatches(true, at - 4, "the ", 0, 4);
    boolean indexed = !described && names.isPersonName(full);
    boolean oneWord = full.text().indexOf(' ') < 0;
    return (indexed || oneWord && sameParagraph && !described) && !body.test(full.text())
        && fits(full, she) != null && Character.isUpperCase(full.text().charAt(0))
        ? subject : null;
  }

  /**
   * {@code name} when some earlier source is that person (same last word): a name near the
   * start of a sentence may be a place ("South Carolina") or someone never cited.
   */
  static TextSpan cited(Map<String, TextSpan> persons, TextSpan name) {
    return name == null ? null : persons.get(lastWord(name.text()));
  }
}
