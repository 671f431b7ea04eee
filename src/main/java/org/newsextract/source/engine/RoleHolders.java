package org.newsextract.source.engine;

import static org.newsextract.source.engine.Descriptions.describedSubject;
import static org.newsextract.source.engine.EarlierCitations.lastSpokesperson;
import static org.newsextract.source.engine.EntityClues.ROLES;
import static org.newsextract.source.engine.EntityClues.namePart;
import static org.newsextract.source.engine.EntityClues.normal;
import static org.newsextract.source.engine.EntityClues.organization;
import static org.newsextract.source.engine.RoleNames.lastNamedWithRole;
import static org.newsextract.source.engine.SourceLinker.named;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.PersonNouns;
import org.newsextract.names.Words;
import org.newsextract.source.engine.SourceLinker.Context;
import org.newsextract.source.engine.SourceLinker.Mention;

/**
 * Who a role phrase stands for: "the senator" named with that role before, "the spokesman"
 * cited before, "Donald Trump's campaign manager", "a spokeswoman for the group" (the group),
 * "the debate moderators" (some of the people cited, none of them in particular), "A lawyer for
 * a group of borrowers, Dana Ruiz," (the person after the comma). {@link SourceLinker} tries
 * these rules among its others, in its order; each answers null when it does not apply.
 */
final class RoleHolders {
  private RoleHolders() {}

  private static final Pattern THE_ROLE = Pattern.compile(
      "(?i)(?:the|this|that)\\s+(?:[\\p{L}\\p{M}\\d_.’'-]{1,30}\\s+){0,3}?([a-z]{1,30})");
  /** Where a description's core ends: an appositive or a phrase on whom the role is for. */
  private static final Pattern ROLE_CORE_END = Pattern.compile(",|\\s+(?:for|at|with)\\s+");
  /** "The state governor, Aminu Tambuwal": the role's holder named after its comma. */
  private static final Pattern NAME_IN_APPOSITIVE = Pattern.compile(
      ",\\s+\\p{Lu}[\\p{L}.’'-]{0,30}(?:\\s+\\p{Lu}[\\p{L}.’'-]{0,30}){1,3},?\\s*$");

  /** "a spokeswoman for the group": group 1 is the definite body spoken for. */
  private static final Pattern SPOKESPERSON_FOR = Pattern.compile(
      "(?i)(?:an?|the)\\s+spokes(?:man|woman|person)\\s+for\\s+(the\\s+[a-z]{2,30})$");
  /** "a spokesman for the Green Party": group 1 is the capitalised name after "the". */
  private static final Pattern SPOKESPERSON_FOR_NAMED = Pattern.compile(
      "(?i:an?|the)\\s+(?i:spokes(?:man|woman|person))\\s+for\\s+(?i:the)\\s+"
          + "(\\p{Lu}[\\p{L}’'.-]{0,30}"
          + "(?:\\s+(?:of\\s+|for\\s+)?\\p{Lu}[\\p{L}’'.-]{0,30}){0,5})$");
  /** "his lawyer", "their spokesman": a role held by someone the pronoun stands for. */
  private static final Pattern POSSESSIVE_PRONOUN_FIRST =
      Pattern.compile("(?:his|her|their|its|our|my|your)\\s.*");
  /**
   * The roles a {@link #POSSESSED_ROLE} ends in: a phrase whose last word is none is no
   * possessed role, told without the pattern.
   */
  private static final List<String> POSSESSED_ROLES = List.of("manager", "chairman",
      "chairwoman", "chair", "director", "chief", "ceo", "founder", "owner", "coach", "lawyer",
      "attorney", "editor", "president", "executive", "wife", "husband", "widow", "mother",
      "father", "son", "daughter", "brother", "sister", "minister", "secretary", "ambassador",
      "envoy", "governor", "mayor", "premier", "chancellor", "commander", "leader", "girlfriend",
      "boyfriend", "fiance", "fiancé", "fiancee", "fiancée", "grandmother", "grandfather", "aunt",
      "uncle", "cousin", "niece", "nephew", "stepfather", "stepmother", "mom", "dad");
  private static final Set<String> POSSESSED_ROLE_WORDS = Set.copyOf(POSSESSED_ROLES);
  /**
   * A role one person holds, after its owner: "Donald Trump's campaign manager", "his lawyer",
   * "the company's chief executive" (not "his advisers", many; not "a Delta spokesman", who
   * speaks for the airline).
   */
  private static final Pattern POSSESSED_ROLE = Pattern.compile("(?i)(?:the\\s+)?"
      + "(?:[\\p{L}\\p{M}\\d_.&-]{1,30}\\s+){0,3}?(?:[\\p{L}\\p{M}\\d_.&-]{1,30}"
      + Words.POSSESSIVE_END + "|his|her|their|its|our|my|your)"
      + "\\s+(?:[a-z-]{1,30}\\s+){0,2}?(" + String.join("|", POSSESSED_ROLES) + ")");

  /** Whether a name follows the phrase's comma: "The state governor, Amina Tambal". */
  static boolean holderAfterComma(TextSpan src) {
    return src.text().indexOf(',') >= 0 && NAME_IN_APPOSITIVE.matcher(src.text()).find();
  }

  /**
   * "the senator", "the spokesman", "the debate moderators": the person last named with that
   * role, the spokesperson cited before, the person the sentences are about, or one (or some) of
   * the people the text names, left unresolved; null when the phrase is no definite role or none
   * of these fits.
   */
  static Mention ofDefiniteRole(Context c, TextSpan src, SourceKind kind, int index) {
    String text = c.text();
    boolean holderAfterComma = holderAfterComma(src);
    // the phrase's core: "The anchor for Univision, a US Spanish-language channel" is an anchor
    // (only a phrase opening with "th" can match: most do not, and skip the split and pattern)
    Matcher role = src.text().regionMatches(true, 0, "th", 0, 2)
        ? THE_ROLE.matcher(roleCore(src.text())) : null;
    String roleWord = role != null && role.matches() ? role.group(1).toLowerCase(Locale.ROOT) : "";
    // people in the text: cited, or named before ("threw reporter Jorge Ramos out. The anchor")
    boolean people = !c.persons().isEmpty() || c.names().lastNameBefore(src.start()) != null;
    if (people && kind != SourceKind.ANONYMOUS && describesTwoPeople(src.text())) {
      // "The Kentucky Republican and the New York businessman discussed": two of the people
      // the text names, neither one resolved
      return new Mention("role:" + src.start(), src, SourceKind.NAMED_PERSON, Optional.empty());
    }
    if (roleWord.endsWith("s") && ROLES.containsKey(roleWord.substring(0, roleWord.length() - 1))
        && people && kind != SourceKind.ANONYMOUS) {
      // "the debate moderators" in a text that cites people: some of them, not a resolution
      return new Mention("role:" + src.start(), src, SourceKind.NAMED_PERSON, Optional.empty());
    }
    if (ROLES.containsKey(roleWord) && !holderAfterComma) {
      TextSpan person = lastNamedWithRole(c.written(), text, role.group(1), src.start());
      if (person != null) {
        return named(text, src, person, SourceKind.NAMED_PERSON);
      }
      // "the spokesman" speaks for the person the sentences are about, and is not that person
      boolean spokesperson = roleWord.startsWith("spokes");
      Mention speaker = spokesperson ? lastSpokesperson(c.analysis(), c.earlier(), c.earlierAt(),
          index, src.start(), roleWord) : null;
      if (speaker != null) {
        return new Mention(speaker.key(), speaker.canonical(), speaker.kind(),
            Optional.of(speaker.canonical()));
      }
      TextSpan topic = spokesperson ? null
          : describedSubject(c.analysis(), c.names(), c.persons(), src, kind);
      if (topic != null) {
        return named(text, src, topic, SourceKind.NAMED_PERSON);
      }
      if (people && kind != SourceKind.NAMED_ORGANIZATION
          && kind != SourceKind.ANONYMOUS) {
        // "the senator" in a text that names people: one of them (but "the prime minister's
        // spokesman" speaks for an office, and "the official" may be unnamed on purpose)
        return new Mention("role:" + src.start(), src, SourceKind.NAMED_PERSON, Optional.empty());
      }
    }
    if (!ROLES.containsKey(roleWord) && !roleWord.endsWith("s") && PersonNouns.person(roleWord)
        && !holderAfterComma && people && kind != SourceKind.NAMED_ORGANIZATION
        && kind != SourceKind.ANONYMOUS && !introducedUnnamed(c.written(), text, roleWord,
        src.start())) {
      // "The retired neurosurgeon said", "the polling guru": a person news describes instead
      // of naming again, the one the sentences are about, else one of the people named
      TextSpan topic = describedSubject(c.analysis(), c.names(), c.persons(), src, kind);
      return topic != null ? named(text, src, topic, SourceKind.NAMED_PERSON)
          : new Mention("role:" + src.start(), src, SourceKind.NAMED_PERSON, Optional.empty());
    }
    return null;
  }

  /**
   * The phrase up to {@link #ROLE_CORE_END}: {@code ROLE_CORE_END.split(phrase, 2)[0]} without
   * the array (the pattern matches no empty string, so a match at 0 leaves "" too).
   */
  private static String roleCore(String phrase) {
    Matcher end = ROLE_CORE_END.matcher(phrase);
    return end.find() ? phrase.substring(0, end.start()) : phrase;
  }

  /** "the X and the Y", each a description of one person by its last word. */
  private static final Pattern TWO_DESCRIPTIONS = Pattern.compile(
      "[Tt]he\\s+(?:[\\p{L}\\d’'.-]{1,30}\\s+){0,3}?([A-Za-z]{2,30})\\s+and\\s+the\\s+"
          + "(?:[\\p{L}\\d’'.-]{1,30}\\s+){0,3}?([A-Za-z]{2,30})");

  private static boolean describesTwoPeople(String phrase) {
    // every match has " and " in it, in lower case: most phrases do not, and skip the regex
    Matcher m = phrase.contains("and") ? TWO_DESCRIPTIONS.matcher(phrase) : null;
    return m != null && m.matches() && onePerson(m.group(1)) && onePerson(m.group(2));
  }

  /** A word for one person: "Republican" (a party's member), "businessman", "senator". */
  private static boolean onePerson(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return ROLES.containsKey(w) || PersonNouns.person(w) || w.equals("republican")
        || w.equals("democrat");
  }

  /** How far back an unnamed person's introduction ("a woman who lives nearby") is looked for. */
  private static final int INTRODUCTION_REACH = 3000;

  /** "A woman who lives nearby ... The woman said": someone brought in without a name before. */
  static boolean introducedUnnamed(Occurrences written, String text, String noun,
      int before) {
    int from = Math.max(0, before - INTRODUCTION_REACH);
    // Only the few words before each place the noun is written are tokenized, not the whole
    // reach: a token starts after each white space, so from there on the tokens are the same.
    int[] at = written.of(noun, true);
    for (int k = Occurrences.firstAtOrAfter(at, from);
        k < at.length && at[k] + noun.length() <= before; k++) {
      List<Words.W> words = Words.of(text, fourWordsBack(text, from, at[k]), before, at[k] + 1);
      int i = words.size() - 1;
      if (i < 0 || words.get(i).start() != at[k] || !words.get(i).lower().equals(noun)) {
        continue;
      }
      // "a woman", "an elderly woman", "one local woman": an article within three words before
      for (int j = i - 1; j >= 0 && j >= i - 4 && words.get(j).isWord(); j--) {
        if (INTRODUCING.contains(words.get(j).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where the fourth run of non-white-space chars before the one {@code at} is in starts (each
   * has a token at least, so four tokens come before {@code at}'s), or {@code from}.
   */
  private static int fourWordsBack(String text, int from, int at) {
    int s = at;
    for (int run = 0; ; run++) {
      while (s > from && !Character.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
      if (run == 4 || s == from) {
        return s;
      }
      while (s > from && Character.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
    }
  }

  private static final Set<String> INTRODUCING = Set.of("a", "an", "one", "another");

  /**
   * "Donald Trump's campaign manager", "his lawyer", "the company's chief executive": the person
   * last named with that role, else the phrase as one person unresolved; null when the phrase
   * is no possessed role (or the source is anonymous).
   */
  static Mention ofPossessedRole(Context c, TextSpan src, SourceKind kind, int index) {
    String text = c.text();
    // the pattern ends in one of these words: most phrases are told without it
    String last = EntityClues.lastRun(src.text()).toLowerCase(Locale.ROOT);
    if (kind == SourceKind.ANONYMOUS || !POSSESSED_ROLE_WORDS.contains(last)) {
      return null;
    }
    Matcher holder = POSSESSED_ROLE.matcher(src.text());
    if (!holder.matches()) {
      return null;
    }
    // the one person who holds that role, identifiable, not the owner named before the role
    String roleOf = holder.group(1).toLowerCase(Locale.ROOT);
    TextSpan person = ROLES.containsKey(roleOf)
        ? lastNamedWithRole(c.written(), text, roleOf, src.start()) : null;
    return person != null
        && !POSSESSIVE_PRONOUN_FIRST.matcher(holder.group(0).toLowerCase(Locale.ROOT)).matches()
        ? named(text, src, person, SourceKind.NAMED_PERSON)
        : new Mention("name:" + normal(src.text()), src, SourceKind.NAMED_PERSON,
            Optional.empty());
  }

  /**
   * "A spokeswoman for the group": the body "the group" stands for; "a spokesman for the
   * Taxpayers' Alliance": that body; null when the phrase is no spokesperson for a definite
   * body or that body stays unresolved.
   */
  static Mention ofSpokespersonFor(Context c, TextSpan src, SourceKind kind, int index) {
    if (!src.text().toLowerCase(Locale.ROOT).contains("spokes")) {
      return null; // in every match of both patterns, told without them
    }
    Matcher forNamed = SPOKESPERSON_FOR_NAMED.matcher(src.text());
    if (forNamed.lookingAt() && organization(c.asIt(), forNamed.group(1))) {
      // "a spokesman for the Taxpayers' Alliance": that body on the record, one entity with
      // "the Taxpayers' Alliance said" (a capitalised name after "the" that describes a
      // person, "for the Wisconsin Republican", is no body's)
      return named(c.text(), src, TextSpan.of(c.text(), src.start() + forNamed.start(1),
          src.start() + forNamed.end(1)), SourceKind.NAMED_ORGANIZATION);
    }
    Matcher speaksFor = SPOKESPERSON_FOR.matcher(src.text());
    if (!speaksFor.lookingAt()) {
      return null;
    }
    // "A spokeswoman for the group declined to comment": the group on the record, the body
    // "the group" stands for
    TextSpan body = TextSpan.of(c.text(), src.start() + speaksFor.start(1),
        src.start() + speaksFor.end(1));
    Mention m = SourceLinker.resolve(c, body, SourceKind.NAMED_ORGANIZATION, index);
    return m.resolved().isPresent() && m.kind() == SourceKind.NAMED_ORGANIZATION ? m : null;
  }

  /**
   * "A lawyer for a group of borrowers, Dana Ruiz,": the person named after the comma; null
   * when the source is no other kind of phrase or no person's name follows its comma.
   */
  static Mention namedAfterComma(Context c, TextSpan src, SourceKind kind, int index) {
    if (kind != SourceKind.OTHER || !holderAfterComma(src)) {
      return null;
    }
    String text = c.text();
    TextSpan name = namePart(text, c.names(), src);
    if (name != null && name.start() > src.start() && !organization(c.asIt(), name.text())) {
      return named(text, src, c.names().fullestAnywhere(name), SourceKind.NAMED_PERSON);
    }
    return null;
  }
}
