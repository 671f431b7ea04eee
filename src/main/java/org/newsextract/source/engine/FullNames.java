package org.newsextract.source.engine;

import static org.newsextract.source.engine.Descriptions.describedSubject;
import static org.newsextract.source.engine.Descriptions.titledSurname;
import static org.newsextract.source.engine.EarlierCitations.lastBodyCited;
import static org.newsextract.source.engine.EntityClues.NOT_A_DATE;
import static org.newsextract.source.engine.EntityClues.ORGANIZATION_HEADS;
import static org.newsextract.source.engine.EntityClues.hasAllWords;
import static org.newsextract.source.engine.EntityClues.lastOrganizationNamed;
import static org.newsextract.source.engine.EntityClues.lastWord;
import static org.newsextract.source.engine.EntityClues.namePart;
import static org.newsextract.source.engine.EntityClues.normal;
import static org.newsextract.source.engine.SourceLinker.named;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.NameResolver;
import org.newsextract.names.PersonNouns;
import org.newsextract.source.engine.SourceLinker.Context;
import org.newsextract.source.engine.SourceLinker.Mention;

/**
 * The full name a name or a definite organisation stands for: "Trump" is "Donald Trump", "Mr.
 * Trump" the Trump of that sex, "Hartwell" the "Hartwell Bank" named before, "the ministry" the
 * "Interior Ministry" named before, "the agency" the bureau cited just before.
 */
final class FullNames {
  private FullNames() {}

  private static final Pattern SPOKESPERSON =
      Pattern.compile("(?i)\\bspokes(?:man|woman|person)\\b");
  /** "A Clinton spokeswoman": the name written before the spokesperson. */
  private static final Pattern NAME_BEFORE_SPOKESPERSON = Pattern.compile(
      "(?!(?:The|An?)\\s)(\\p{Lu}[\\p{L}’'-]{1,30}(?:\\s+\\p{Lu}[\\p{L}’'-]{1,30}){0,2})"
          + "\\s+spokes(?:man|woman|person)\\b");

  /**
   * "a spokesman for Clinton", "a Clinton spokeswoman": the person spoken for, on the record,
   * when the text knows that name as a person's; the body, when the name is an organisation's
   * or initials ("a Delta spokesperson", "An FBI spokeswoman"); else null.
   */
  private static Mention personSpokenFor(Context c, TextSpan src, TextSpan name) {
    if (!SPOKESPERSON.matcher(src.text()).find()) {
      return null;
    }
    if (name == null) {
      Matcher before = NAME_BEFORE_SPOKESPERSON.matcher(src.text());
      if (!before.find()) {
        return null;
      }
      name = TextSpan.of(c.text(), src.start() + before.start(1), src.start() + before.end(1));
    }
    TextSpan person = knownPerson(c, name);
    if (person != null) {
      return named(c.text(), src, person, SourceKind.NAMED_PERSON);
    }
    // "A Delta spokesperson", "An FBI spokeswoman": the body on the record, one source with
    // "Delta said"
    boolean body = c.organization(name.text()) || ACRONYM.matcher(name.text()).matches();
    return body ? named(c.text(), src, name, SourceKind.NAMED_ORGANIZATION) : null;
  }

  /**
   * The fullest name of the person {@code name} is, when the text knows it as a person's (cited
   * as one, or written in full somewhere) and not as a body's; else null.
   */
  static TextSpan knownPerson(Context c, TextSpan name) {
    NameResolver names = c.names();
    TextSpan full = names.fullestAnywhere(name);
    boolean person = !c.organization(name.text())
        && (c.persons().containsKey(lastWord(name.text())) || names.isPersonName(full));
    return person ? full : null;
  }

  /** "A group known as BlackShade": group 1 is the name a body goes by. */
  private static final Pattern GOES_BY = Pattern.compile("(?:[Aa]n?|[Tt]he)\\s+"
      + "(?:[\\p{L}-]+\\s+){1,3}?(?:known\\s+as|called|named|calling\\s+itself)\\s+(?:the\\s+)?"
      + "(\\p{Lu}[\\p{L}’'.-]{0,30}(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}’'.-]{0,30}){0,5})");

  /**
   * The name a body goes by: "A militia called the Northern Front", "a group calling itself the
   * Blood Battalion", "The engine's maker, Pratt & Whitney" (a description with no capital after
   * its first letter, then the name after the comma); else null.
   */
  private static TextSpan nameGoneBy(String text, TextSpan src) {
    Matcher goesBy = GOES_BY.matcher(src.text());
    if (goesBy.matches()) {
      return TextSpan.of(text, src.start() + goesBy.start(1), src.start() + goesBy.end(1));
    }
    Matcher described = DESCRIBED_BODY.matcher(src.text());
    // ("The union's president, Tom Keller": a person's role, so the name is that person's)
    return described.matches() && lowerCaseAfterFirst(described.group(1))
        && !PersonNouns.person(lastWord(described.group(1)))
        ? TextSpan.of(text, src.start() + described.start(2), src.start() + described.end(2))
        : null;
  }

  /**
   * "The engine's maker, Pratt & Whitney": a description (group 1) and, after its comma, the
   * body's name (group 2).
   */
  private static final Pattern DESCRIBED_BODY = Pattern.compile("((?:[Tt]he|[Aa]n?)\\s[^,]{1,60}),"
      + "\\s+(\\p{Lu}[\\p{L}.’'-]{0,30}(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}.’'-]{0,30}){0,4}),?");

  /** "the ministry", "the rights group", "the state's utility": a definite organisation head. */
  private static final Pattern THE_ORGANIZATION = Pattern.compile(
      "(?i)the\\s+(?:[a-z’'-]{1,30}\\s+){0,2}?([a-z]{1,30})");

  /**
   * "the ministry", "the agency", "the rights group": the last organisation named with that
   * head, else the body cited last, else the phrase as one body unresolved; null when the
   * phrase has no organisation head.
   */
  static Mention ofDefiniteOrganization(Context c, TextSpan src, SourceKind kind, int index) {
    if (!ORGANIZATION_HEADS.contains(EntityClues.lastRun(src.text()).toLowerCase(Locale.ROOT))) {
      return null; // the head is the last word, checked before the pattern
    }
    Matcher head = THE_ORGANIZATION.matcher(src.text());
    if (!head.matches() || !ORGANIZATION_HEADS.contains(head.group(1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    TextSpan named = lastOrganizationNamed(c.written(), c.text(), head.group(1),
        src.start());
    // ("The Ohio-based chain": a capitalised word inside a hyphenated one names no body)
    boolean description = lowerCaseAfterFirst(HYPHENATED.matcher(src.text()).replaceAll(""));
    if (!description && (named == null || !hasAllWords(named.text(), src.text()))) {
      // a name of its own: "the Security Council" is the United Nations Security Council named
      // before, "The Treasury Department" never the State Department
      return null;
    }
    if (named != null) {
      return named(c.text(), src, named, SourceKind.NAMED_ORGANIZATION);
    }
    // only for a head with no names before it ("the agency", not "The State Department")
    Mention body = lastBodyCited(c.analysis(), c.earlier(), c.earlierAt(), index, src.start());
    if (body != null && c.organization(body.canonical().text())
        && !EntityClues.government(body.canonical().text())
        && !otherInstitution(head.group(1), body.canonical().text())) {
      // "The Consumer Financial Protection Bureau fined ... the agency said": the body the
      // last attribution cited, named
      return new Mention(body.key(), body.canonical(), SourceKind.NAMED_ORGANIZATION,
          Optional.of(body.canonical()));
    }
    // "the rights group said" with the group named nowhere before: still one definite body
    return new Mention("name:" + normal(src.text()), src, SourceKind.NAMED_ORGANIZATION,
        Optional.empty());
  }

  /** Heads that say which kind of institution a body is, so one kind is never another. */
  private static final Set<String> INSTITUTION_KINDS = Set.of("ministry", "department", "party",
      "front", "brigade", "army", "council", "commission", "committee", "association",
      "federation", "league", "alliance", "coalition", "union", "institute", "foundation", "bank",
      "airline", "university", "college", "hospital", "court", "office", "bureau", "board",
      "campaign", "government", "police", "church", "school");

  /** Heads general enough for any kind of institution: "the agency" may be a bureau. */
  private static final Set<String> ANY_INSTITUTION = Set.of("agency", "group", "organization",
      "organisation", "body", "authority", "institution", "regulator", "watchdog");

  /**
   * "the Taxpayers' Alliance ... the council said", "the Data Protection Commission ... the
   * company said": the body's own last word says which kind of institution it is, and the
   * description names another, so the council is not that alliance nor the company that
   * commission ("the agency" or "the group" may still be a bureau or an alliance).
   */
  private static boolean otherInstitution(String head, String body) {
    String h = head.toLowerCase(Locale.ROOT);
    String last = lastWord(body).toLowerCase(Locale.ROOT);
    return INSTITUTION_KINDS.contains(last) && !h.equals(last) && !ANY_INSTITUTION.contains(h);
  }

  private static final Pattern HYPHENATED = Pattern.compile("\\S+-\\S+");

  /** No capital after the phrase's first letter: "The agency", not "The State Department". */
  private static boolean lowerCaseAfterFirst(String phrase) {
    for (int i = 1; i < phrase.length(); i++) {
      if (Character.isUpperCase(phrase.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** How many citations back an acronym's spelled-out body is looked for. */
  private static final int ACRONYM_REACH = 300;

  /** The phrase before a comma, up to a relative pronoun: "The company that operated it". */
  private static final Pattern CORE_BEFORE_COMMA = Pattern.compile(
      "^(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+)(?:\\s+(?:that|which)\\b[^,]*)?,");

  /**
   * "The company that operated the flight, Skyline Tours,": a body's head noun before the comma,
   * so the name after it is the body's, not a person's who holds a role.
   */
  private static boolean bodyBeforeComma(String src) {
    Matcher m = CORE_BEFORE_COMMA.matcher(src);
    return m.find() && ORGANIZATION_HEADS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** An acronym: "COPREFA", "KNCHR", "ISAF". */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");

  /**
   * "The Armed Forces Press Office (COPREFA) reported ... COPREFA said": an acronym a source
   * cited before spelled out in parentheses is that source.
   */
  private static Mention acronymCitedBefore(Context c, TextSpan src, int index) {
    if (!ACRONYM.matcher(src.text()).matches()) {
      return null;
    }
    String inParentheses = "(" + src.text() + ")";
    String afterName = " " + inParentheses;
    // (bounded: a few hundred citations back, so a text of acronyms stays linear)
    for (int k = index - 1; k >= 0 && k >= index - ACRONYM_REACH; k--) {
      Mention m = c.earlier()[k];
      if (m != null && m.kind() == SourceKind.NAMED_ORGANIZATION
          && (m.canonical().text().contains(inParentheses)
              || c.text().startsWith(afterName, m.canonical().end()))) {
        return new Mention(m.key(), m.canonical(), m.kind(), Optional.of(m.canonical()));
      }
    }
    return null;
  }

  /**
   * Capitalised words joined by "of", "on" or "for" ("and" inside the tail): one body's name,
   * "the California Department of Forestry and Fire Protection".
   */
  private static final Pattern BODY_NAME = Pattern.compile(
      "(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}\\p{M}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.&'’-]*){1,4}"
          + "\\s+(?:of|on|for)\\s+(?:the\\s+)?" + NOT_A_DATE + "\\p{Lu}[\\p{L}\\p{M}.&'’-]*"
          + "(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}\\p{M}.&'’-]*){0,3}(?:\\s+\\(\\p{Lu}{2,8}\\))?");

  /** A headline that opens with a name and a comma: "Clinton, Sanders had opposing views". */
  private static final Pattern HEADLINE_PAIR = Pattern.compile("\\p{Lu}[\\p{L}’'-]{1,30},\\s+");

  /**
   * The source is the second of two names the text's headline opens with, joined by a comma
   * ("Clinton, Sanders had opposing views"): both spoke, neither alone is the source.
   */
  private static boolean afterHeadlineComma(String text, TextSpan src) {
    return src.text().indexOf(' ') < 0 && src.start() <= 34
        && HEADLINE_PAIR.matcher(text).region(0, src.start()).matches();
  }

  /**
   * A source the tagger took for a name (a person's or an organisation's): the fullest mention
   * of its name part, or the phrase itself when it has none ("the Wisconsin Republican"); null
   * when the source is of no named kind.
   */
  static Mention ofName(Context c, TextSpan src, SourceKind kind, int index) {
    Mention expanded = acronymCitedBefore(c, src, index);
    if (expanded != null) {
      return expanded;
    }
    if (kind == SourceKind.OTHER && EntityClues.KNOWN_ORGANIZATIONS.contains(normal(src.text()))) {
      kind = SourceKind.NAMED_ORGANIZATION; // "PolitiFact then ruled": the tagger saw no name
    }
    if (kind != SourceKind.NAMED_PERSON && kind != SourceKind.NAMED_ORGANIZATION) {
      return null;
    }
    String text = c.text();
    NameResolver names = c.names();
    TextSpan goesBy = kind == SourceKind.NAMED_ORGANIZATION ? nameGoneBy(text, src) : null;
    if (goesBy != null) {
      return named(text, src, goesBy, SourceKind.NAMED_ORGANIZATION);
    }
    if (kind == SourceKind.NAMED_ORGANIZATION && BODY_NAME.matcher(src.text()).matches()) {
      // "The Kenya National Commission on Human Rights": a body's whole name, not the
      // person-like run "Human Rights" inside it
      return named(text, src, src, SourceKind.NAMED_ORGANIZATION);
    }
    // "Hillary Clinton and Bernie Sanders": two people, neither one the source
    TextSpan name = kind == SourceKind.NAMED_PERSON
        && (EntityClues.NAMES_JOINED.matcher(src.text()).find() || afterHeadlineComma(text, src))
        ? null : namePart(text, names, src);
    Mention spokenFor = kind == SourceKind.NAMED_ORGANIZATION ? personSpokenFor(c, src, name)
        : null;
    if (spokenFor != null) {
      return spokenFor;
    }
    // ("The Taliban denied": a body the text or the lexicon knows describes no person)
    TextSpan topic = name == null && !c.organization(src.text())
        ? describedSubject(c.analysis(), names, c.persons(), src, kind) : null;
    if (topic != null) {
      return named(text, src, topic, SourceKind.NAMED_PERSON);
    }
    if (name == null) { // "the Wisconsin Republican": no name to resolve
      SourceKind k = kind == SourceKind.NAMED_PERSON && c.organization(src.text())
          ? SourceKind.NAMED_ORGANIZATION : kind;
      return new Mention("name:" + normal(src.text()), src, k, Optional.empty());
    }
    TextSpan titled = kind == SourceKind.NAMED_PERSON ? titledSurname(text, names, name) : null;
    if (titled != null) {
      return named(text, src, titled, SourceKind.NAMED_PERSON); // "Mr. Trump"
    }
    TextSpan full = kind == SourceKind.NAMED_PERSON ? names.fullestAnywhere(name) : name;
    boolean allWords = hasAllWords(full.text(), name.text()); // (both tests ask it)
    boolean slip = name.text().indexOf(' ') < 0 && full.text().indexOf(' ') > 0
        && !lastWord(full.text()).equals(lastWord(name.text()))
        && !allWords; // "Keidis" for "Anthony Kiedis"
    if (!slip && !allWords) {
      full = name; // "Wisconsin Republican" is not "New York Republican"
    }
    if (src.text().indexOf('&') > 0 && c.organization(src.text())) {
      full = src; // "Tri-County Power & Light": the whole name, not the part before "&"
    }
    // "The union's president, Tom Keller": the person named after the comma, not the union
    boolean holderNamed = RoleHolders.holderAfterComma(src) && names.isPersonName(full)
        && name.start() > src.start() && !bodyBeforeComma(src.text());
    boolean org = kind == SourceKind.NAMED_ORGANIZATION && !holderNamed
        || c.organization(full.text());
    if (full == name && name.text().indexOf(' ') < 0
        && Character.isUpperCase(name.text().charAt(0)) && !names.isPersonName(name)
        && !c.persons().containsKey(lastWord(name.text()))) {
      // "Hartwell added ..." after "Hartwell Bank": the firm, by its first word
      TextSpan firm = EntityClues.organizationOpenedBy(text, c.asIt(), name.text(), src.start());
      if (firm != null) {
        return named(text, src, firm, SourceKind.NAMED_ORGANIZATION);
      }
    }
    return named(text, src, full, org ? SourceKind.NAMED_ORGANIZATION : SourceKind.NAMED_PERSON);
  }
}
