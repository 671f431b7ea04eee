package org.newsextract.source.engine;

import static org.newsextract.source.engine.Descriptions.NAME_IN_APPOSITIVE;
import static org.newsextract.source.engine.Descriptions.describedSubject;
import static org.newsextract.source.engine.Descriptions.headlineTitle;
import static org.newsextract.source.engine.Descriptions.introducedFor;
import static org.newsextract.source.engine.Descriptions.titledSurname;
import static org.newsextract.source.engine.EarlierCitations.THE_DOCUMENT;
import static org.newsextract.source.engine.EarlierCitations.THE_UNNAMED;
import static org.newsextract.source.engine.EarlierCitations.anotherLikeTheLast;
import static org.newsextract.source.engine.EarlierCitations.lastBodyCited;
import static org.newsextract.source.engine.EarlierCitations.lastDocument;
import static org.newsextract.source.engine.EarlierCitations.lastPersonCited;
import static org.newsextract.source.engine.EarlierCitations.lastSpokesperson;
import static org.newsextract.source.engine.EarlierCitations.lastUnnamed;
import static org.newsextract.source.engine.EarlierCitations.lastUnnamedOne;
import static org.newsextract.source.engine.EntityClues.ORGANIZATION_HEADS;
import static org.newsextract.source.engine.EntityClues.ROLES;
import static org.newsextract.source.engine.EntityClues.antecedentOf;
import static org.newsextract.source.engine.EntityClues.fits;
import static org.newsextract.source.engine.EntityClues.hasAllWords;
import static org.newsextract.source.engine.EntityClues.lastNamedWithRole;
import static org.newsextract.source.engine.EntityClues.lastOrganizationNamed;
import static org.newsextract.source.engine.EntityClues.lastWord;
import static org.newsextract.source.engine.EntityClues.nameBefore;
import static org.newsextract.source.engine.EntityClues.namePart;
import static org.newsextract.source.engine.EntityClues.normal;
import static org.newsextract.source.engine.EntityClues.organization;
import static org.newsextract.source.engine.EntityClues.personName;
import static org.newsextract.source.engine.EntityClues.referredToAsIt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.NameIndex;
import org.newsextract.names.NameResolver;
import org.newsextract.quote.Quote;
import org.newsextract.source.Source;

/**
 * Groups one text's attribution sources and quote speakers into {@link Source}s and resolves
 * pronouns and short names to the fullest name. Conservative: a pronoun with no person named
 * near it stays a {@link SourceKind#PRONOUN}. Internal: use {@link
 * org.newsextract.NewsExtractor}; stateless and thread-safe.
 *
 * <ul>
 *   <li>"he"/"she": the speaker the quote layer resolved for the same words, else the subject
 *       name of the nearest earlier sentences, else the last named person cited within {@value
 *       #PRONOUN_SENTENCES} sentences.
 *   <li>A name: its fullest mention with the same last word ("Trump" is "Donald Trump").
 *   <li>"the ministry", "the company": the last organisation named with that head word
 *       ("the Interior Ministry"), within {@value #ORGANIZATION_REACH} chars.
 *   <li>A name the tagger took for a person is an organisation when the text says so: an
 *       organisation word at its end ("the Northern Front", "Acme Inc."), a known organisation
 *       ({@code organizations.txt}), or "Hamas said it", "Hamas, which".
 * </ul>
 */
public final class SourceLinker {
  /** Keys in the map of persons cited (which has last words as keys) that no word can be. */
  static final String NOT_MALE = " not male";
  static final String NOT_FEMALE = " not female";
  static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "they", "it",
      "we", "i", "you", "them", "who");
  static final int PRONOUN_SENTENCES = 3;
  private static final Pattern THE_ROLE = Pattern.compile(
      "(?i)(?:the|this|that)\\s+(?:[\\w.’'-]{1,30}\\s+){0,3}?([a-z]{1,30})");
  /** "the ministry", "the rights group", "the state's utility": a definite organisation head. */
  private static final Pattern THE_ORGANIZATION = Pattern.compile(
      "(?i)the\\s+(?:[a-z’'-]{1,30}\\s+){0,2}?([a-z]{1,30})");
  private static final Set<String> RELATIVES = Set.of("who", "that", "which");
  /** Where a description's core ends: an appositive or a phrase on whom the role is for. */
  private static final Pattern ROLE_CORE_END = Pattern.compile(",|\\s+(?:for|at|with)\\s+");
  /** A source that is one more of what was cited before: "Another wrote", "a second said". */
  private static final Set<String> ANOTHER = Set.of("another", "a second", "a third",
      "a fourth", "yet another", "still another");

  /** "a spokeswoman for the group": group 1 is the definite body spoken for. */
  private static final Pattern SPOKESPERSON_FOR = Pattern.compile(
      "(?i)(?:an?|the)\\s+spokes(?:man|woman|person)\\s+for\\s+(the\\s+[a-z]{2,30})$");
  /** "his lawyer", "their spokesman": a role held by someone the pronoun stands for. */
  private static final Pattern POSSESSIVE_PRONOUN_FIRST =
      Pattern.compile("(?:his|her|their|its|our|my|your)\\s.*");
  /**
   * A role one person holds, after its owner: "Donald Trump's campaign manager", "his lawyer",
   * "the company's chief executive" (not "his advisers", many; not "a Delta spokesman", who
   * speaks for the airline).
   */
  private static final Pattern POSSESSED_ROLE = Pattern.compile("(?i)(?:the\\s+)?"
      + "(?:[\\w.&-]{1,30}\\s+){0,3}?(?:[\\w.&-]{1,30}(?:’s|'s)|his|her|their|its|our|my|your)"
      + "\\s+(?:[a-z-]{1,30}\\s+){0,2}?(manager|chairman|chairwoman|chair|director|chief"
      + "|ceo|founder|owner|coach|lawyer|attorney|editor|president|executive|wife|husband"
      + "|widow|mother|father|son|daughter|brother|sister)");

  private SourceLinker() {}

  /**
   * The attributions with resolved sources and entity kinds, and the sources.
   *
   * @param attributions the attributions, in the same order, with resolved sources and kinds
   * @param quotes the quotes, in the same order; a speaker that is an attribution's source
   *     has that source's resolution, so quotes and attributions never disagree on who it is
   * @param sources one entry per person, body or document cited
   */
  public record Linked(List<Attribution> attributions, List<Quote> quotes,
      List<Source> sources) {}

  /**
   * Resolves the sources of attributions and speakers of quotes and groups them by entity.
   *
   * @param analysis the analysed text
   * @param attributions the final attributions, in text order
   * @param quotes the final quotes, in text order
   * @param kindOf the kind of a phrase of the text (for speakers no attribution covers)
   * @return the attributions with resolved sources, and the sources
   */
  public static Linked link(TextAnalysis analysis, List<Attribution> attributions,
      List<Quote> quotes, BiFunction<TextAnalysis, TextSpan, SourceKind> kindOf) {
    String text = analysis.text();
    NameResolver names = new NameResolver(analysis, NameIndex.of(analysis), inside(quotes));
    Set<String> asIt = referredToAsIt(text);
    Map<TextSpan, TextSpan> resolvedSpeakers = new java.util.HashMap<>();
    for (Quote q : quotes) {
      if (q.speaker().isPresent() && q.resolvedSpeaker().isPresent()) {
        resolvedSpeakers.putIfAbsent(q.speaker().get(), q.resolvedSpeaker().get());
      }
    }
    java.util.TreeMap<Integer, Integer> bySourceStart = new java.util.TreeMap<>();
    for (int i = 0; i < attributions.size(); i++) {
      Optional<TextSpan> s = attributions.get(i).source();
      if (s.isPresent()) {
        bySourceStart.putIfAbsent(s.get().start(), i);
      }
    }
    Map<String, Entity> entities = new LinkedHashMap<>();
    Entity[] ofAttribution = new Entity[attributions.size()];
    List<Attribution> out = new ArrayList<>(attributions.size());
    Mention[] mentions = new Mention[attributions.size()];
    int[] mentionAt = new int[attributions.size()]; // where each mention's source phrase starts
    // the persons cited so far, by last word: a subject name counts only when it is one
    Map<String, TextSpan> persons = new java.util.HashMap<>();
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      if (a.source().isEmpty()) {
        continue;
      }
      Mention m = resolve(analysis, names, asIt, a.source().get(), a.sourceKind(),
          resolvedSpeakers, mentions, mentionAt, persons, i, kindOf);
      mentions[i] = m;
      mentionAt[i] = a.source().get().start();
      if (m.namesPerson()) {
        persons.putIfAbsent(lastWord(m.canonical().text()), m.canonical());
        // whether some person cited so far can be a "she" or a "he", in O(1) per pronoun
        if (fits(m.canonical(), true) != null) {
          persons.putIfAbsent(NOT_MALE, m.canonical());
        }
        if (fits(m.canonical(), false) != null) {
          persons.putIfAbsent(NOT_FEMALE, m.canonical());
        }
      }
      Entity e = entities.computeIfAbsent(m.key(), k -> new Entity(m));
      e.attributions.add(i);
      ofAttribution[i] = e;
    }
    List<Quote> quotesOut = new ArrayList<>(quotes);
    for (int j = 0; j < quotes.size(); j++) {
      Quote q = quotes.get(j);
      if (q.speaker().isEmpty()) {
        continue;
      }
      TextSpan sp = q.speaker().get();
      int i = sourceOverlapping(attributions, bySourceStart, sp);
      if (i >= 0 && ofAttribution[i] != null) {
        ofAttribution[i].quotes.add(j);
        Optional<TextSpan> r = mentions[i].resolved();
        if (r.isPresent() && sp.equals(attributions.get(i).source().get())
            && !r.equals(q.resolvedSpeaker())) {
          // "“...,” she said" after "Moreno said no": the resolution the statement got
          quotesOut.set(j, new Quote(q.span(), q.kind(), q.speaker(), q.cue(), r));
        }
        continue;
      }
      Mention m;
      if (q.resolvedSpeaker().isPresent()) {
        TextSpan r = q.resolvedSpeaker().get();
        m = named(text, sp, r, organization(asIt, r.text())
            ? SourceKind.NAMED_ORGANIZATION : SourceKind.NAMED_PERSON);
      } else {
        m = resolve(analysis, names, asIt, sp, kindOf.apply(analysis, sp), resolvedSpeakers,
            mentions, mentionAt, persons, -1, kindOf);
      }
      Mention fm = m;
      entities.computeIfAbsent(m.key(), k -> new Entity(fm)).quotes.add(j);
    }
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      Entity e = ofAttribution[i];
      out.add(e == null ? a : a.withResolvedSource(mentions[i].resolved(), e.kind));
    }
    List<Source> sources = new ArrayList<>();
    for (Entity e : entities.values()) {
      sources.add(new Source(e.canonical, e.kind, e.attributions, e.quotes));
    }
    Map<Source, Integer> first = new java.util.IdentityHashMap<>();
    for (Source s : sources) {
      first.put(s, firstMention(s, attributions, quotes));
    }
    sources.sort(Comparator.comparingInt(first::get));
    return new Linked(out, quotesOut, sources);
  }

  /** How one source phrase names its entity. */
  record Mention(String key, TextSpan canonical, SourceKind kind,
      Optional<TextSpan> resolved) {
    /** The canonical mention is a person's name: a pronoun later may stand for it. */
    boolean namesPerson() {
      return kind == SourceKind.NAMED_PERSON && key.startsWith("person:");
    }
  }

  private static final class Entity {
    final TextSpan canonical;
    final SourceKind kind;
    final List<Integer> attributions = new ArrayList<>();
    final List<Integer> quotes = new ArrayList<>();

    Entity(Mention m) {
      this.canonical = m.canonical();
      this.kind = m.kind();
    }
  }

  private static Mention resolve(TextAnalysis analysis, NameResolver names, Set<String> asIt,
      TextSpan src, SourceKind kind, Map<TextSpan, TextSpan> resolvedSpeakers, Mention[] earlier,
      int[] earlierAt, Map<String, TextSpan> persons, int index,
      BiFunction<TextAnalysis, TextSpan, SourceKind> kindOf) {
    String text = analysis.text();
    String lower = src.text().toLowerCase(Locale.ROOT);
    if (PronounAntecedents.PERSON_PRONOUNS.contains(lower)) {
      boolean she = lower.equals("she") || lower.equals("her");
      Mention unnamed = lastUnnamedOne(analysis, names, earlier, index, src.start());
      if (unnamed != null) {
        // "A hospital official, who spoke on condition of anonymity, said ... Some were in
        // critical condition, he said": the official, still unnamed
        return new Mention(unnamed.key(), unnamed.canonical(), SourceKind.ANONYMOUS,
            Optional.of(unnamed.canonical()));
      }
      int last = lastPersonCited(analysis, earlier, earlierAt, index, src.start(), she);
      PronounAntecedents.Answer answer = PronounAntecedents.of(analysis, names, asIt, src, she,
          last < 0 ? null : earlier[last].canonical(), last < 0 ? -1 : earlierAt[last],
          resolvedSpeakers.get(src), persons);
      if (answer.person() != null) {
        return named(text, src, answer.person(), SourceKind.NAMED_PERSON);
      }
      // not sure which person, but a person the text names: its kind without a resolution
      return new Mention("pronoun:" + src.start(), src,
          answer.someone() ? SourceKind.NAMED_PERSON : SourceKind.PRONOUN, Optional.empty());
    }
    if (ANOTHER.contains(lower)) {
      SourceKind like = anotherLikeTheLast(analysis, earlier, earlierAt, index, src.start());
      if (like != null) {
        return new Mention("another:" + src.start(), src, like, Optional.empty());
      }
    }
    Mention group = GroupAntecedents.of(analysis, names, src, earlier, earlierAt, index, kindOf);
    if (group != null) {
      return group;
    }
    Matcher document = THE_DOCUMENT.matcher(src.text());
    if (kind == SourceKind.DOCUMENT && document.matches()) {
      // "a report released last week by the state auditor ... The report found": that report
      Mention same = lastDocument(analysis, earlier, earlierAt, index, src.start(),
          document.group(1).toLowerCase(Locale.ROOT));
      if (same != null) {
        return new Mention(same.key(), same.canonical(), SourceKind.DOCUMENT,
            Optional.of(same.canonical()));
      }
    }
    // "The official, who spoke on condition of anonymity, ...": the phrase before its comma
    Matcher same = THE_UNNAMED.matcher(src.text().split(",", 2)[0]);
    if ((kind == SourceKind.ANONYMOUS || kind == SourceKind.OTHER) && same.matches()) {
      // "the sources said" after "two sources with access to ... told CNN": the same people
      Mention earlierOne = lastUnnamed(analysis, earlier, earlierAt, index, src.start(),
          same.group(1).toLowerCase(Locale.ROOT));
      if (earlierOne != null) {
        return new Mention(earlierOne.key(), earlierOne.canonical(), SourceKind.ANONYMOUS,
            Optional.of(earlierOne.canonical()));
      }
    }
    // "The state governor, Amina Tambal": the role's holder named after its comma
    boolean holderAfterComma = NAME_IN_APPOSITIVE.matcher(src.text()).find();
    // the phrase's core: "The anchor for Univision, a US Spanish-language channel" is an anchor
    Matcher role = THE_ROLE.matcher(ROLE_CORE_END.split(src.text(), 2)[0]);
    String roleWord = role.matches() ? role.group(1).toLowerCase(Locale.ROOT) : "";
    // people in the text: cited, or named before ("threw reporter Jorge Ramos out. The anchor")
    boolean people = !persons.isEmpty() || names.lastNameBefore(src.start()) != null;
    if (roleWord.endsWith("s") && ROLES.containsKey(roleWord.substring(0, roleWord.length() - 1))
        && people && kind != SourceKind.ANONYMOUS) {
      // "the debate moderators" in a text that cites people: some of them, not a resolution
      return new Mention("role:" + src.start(), src, SourceKind.NAMED_PERSON, Optional.empty());
    }
    if (ROLES.containsKey(roleWord) && !holderAfterComma) {
      TextSpan person = lastNamedWithRole(text, role.group(1), src.start());
      if (person != null) {
        return named(text, src, person, SourceKind.NAMED_PERSON);
      }
      // "the spokesman" speaks for the person the sentences are about, and is not that person
      boolean spokesperson = roleWord.startsWith("spokes");
      Mention speaker = spokesperson
          ? lastSpokesperson(analysis, earlier, earlierAt, index, src.start(), roleWord) : null;
      if (speaker != null) {
        return new Mention(speaker.key(), speaker.canonical(), speaker.kind(),
            Optional.of(speaker.canonical()));
      }
      TextSpan topic = spokesperson ? null : describedSubject(names, persons, src, kind);
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
    TextSpan headlined = headlineTitle(analysis, src);
    if (headlined != null) {
      return named(text, src, names.fullestAnywhere(headlined), SourceKind.NAMED_PERSON);
    }
    if (kind != SourceKind.DOCUMENT && kind != SourceKind.UNNAMED_GROUP
        && kind != SourceKind.PRONOUN) {
      // news names the person of a lead's description in the next paragraph: "A top Trump
      // adviser says ... // Ed Brookover spoke to reporters"
      TextSpan introduced = introducedFor(analysis, names, src);
      if (introduced != null) {
        return named(text, src, introduced, SourceKind.NAMED_PERSON);
      }
    }
    Matcher holder = POSSESSED_ROLE.matcher(src.text());
    if (holder.matches() && kind != SourceKind.ANONYMOUS) {
      // "Donald Trump's campaign manager", "his lawyer", "the company's chief executive": the
      // one person who holds that role, identifiable, not the owner named before the role
      String roleOf = holder.group(1).toLowerCase(Locale.ROOT);
      TextSpan person = ROLES.containsKey(roleOf)
          ? lastNamedWithRole(text, roleOf, src.start()) : null;
      return person != null
          && !POSSESSIVE_PRONOUN_FIRST.matcher(holder.group(0).toLowerCase(Locale.ROOT)).matches()
          ? named(text, src, person, SourceKind.NAMED_PERSON)
          : new Mention("name:" + normal(src.text()), src, SourceKind.NAMED_PERSON,
              Optional.empty());
    }
    if (lower.equals("who")) {
      TextSpan antecedent = nameBefore(text, src.start());
      if (antecedent == null) {
        // "Edward G. Rendell, a former Pennsylvania governor, who supports": the named person
        antecedent = EntityClues.nameBeforeAppositive(text, src.start());
      }
      if (antecedent != null) {
        return named(text, src, names.fullestAnywhere(antecedent),
            organization(asIt, antecedent.text()) ? SourceKind.NAMED_ORGANIZATION
                : SourceKind.NAMED_PERSON);
      }
    }
    if (RELATIVES.contains(lower)) {
      // "business leaders who say", "a new ad that urges": the phrase the clause hangs on
      TextSpan antecedent = antecedentOf(analysis, src);
      if (antecedent != null) {
        Mention m = resolve(analysis, names, asIt, antecedent, kindOf.apply(analysis, antecedent),
            resolvedSpeakers, earlier, earlierAt, persons, index, kindOf);
        // an unresolved "the star journalist" is no answer to who "who" is: keep it open
        boolean open = m.resolved().isEmpty() && !m.key().startsWith("person:")
            && (m.kind() == SourceKind.NAMED_PERSON || m.kind() == SourceKind.PRONOUN
                || m.kind() == SourceKind.OTHER);
        return open ? m : new Mention(m.key(), m.canonical(), m.kind(),
            Optional.of(m.resolved().orElse(m.canonical())));
      }
    }
    Matcher speaksFor = SPOKESPERSON_FOR.matcher(src.text());
    if (speaksFor.lookingAt()) {
      // "A spokeswoman for the group declined to comment": the group on the record, the body
      // "the group" stands for
      TextSpan body = TextSpan.of(text, src.start() + speaksFor.start(1),
          src.start() + speaksFor.end(1));
      Mention m = resolve(analysis, names, asIt, body, SourceKind.NAMED_ORGANIZATION,
          resolvedSpeakers, earlier, earlierAt, persons, index, kindOf);
      if (m.resolved().isPresent() && m.kind() == SourceKind.NAMED_ORGANIZATION) {
        return m;
      }
    }
    Matcher head = THE_ORGANIZATION.matcher(src.text());
    if (head.matches() && ORGANIZATION_HEADS.contains(head.group(1).toLowerCase(Locale.ROOT))) {
      TextSpan named = lastOrganizationNamed(text, head.group(1), src.start());
      if (named != null) {
        return named(text, src, named, SourceKind.NAMED_ORGANIZATION);
      }
      // only for a head with no names before it ("the agency", not "The State Department")
      Mention body = lowerCaseAfterFirst(src.text())
          ? lastBodyCited(analysis, earlier, index, src.start()) : null;
      if (body != null && organization(asIt, body.canonical().text())
          && !EntityClues.government(body.canonical().text())) {
        // "The Consumer Financial Protection Bureau fined ... the agency said": the body the
        // last attribution cited, named
        return new Mention(body.key(), body.canonical(), SourceKind.NAMED_ORGANIZATION,
            Optional.of(body.canonical()));
      }
      // "the rights group said" with the group named nowhere before: still one definite body
      return new Mention("name:" + normal(src.text()), src, SourceKind.NAMED_ORGANIZATION,
          Optional.empty());
    }
    if (kind == SourceKind.NAMED_PERSON || kind == SourceKind.NAMED_ORGANIZATION) {
      // "Hillary Clinton and Bernie Sanders": two people, neither one the source
      TextSpan name = kind == SourceKind.NAMED_PERSON
          && EntityClues.NAMES_JOINED.matcher(src.text()).find() ? null
          : namePart(text, names, src);
      TextSpan topic = name == null ? describedSubject(names, persons, src, kind) : null;
      if (topic != null) {
        return named(text, src, topic, SourceKind.NAMED_PERSON);
      }
      if (name == null) { // "the Wisconsin Republican": no name to resolve
        SourceKind k = kind == SourceKind.NAMED_PERSON && organization(asIt, src.text())
            ? SourceKind.NAMED_ORGANIZATION : kind;
        return new Mention("name:" + normal(src.text()), src, k, Optional.empty());
      }
      TextSpan titled = kind == SourceKind.NAMED_PERSON ? titledSurname(text, names, name) : null;
      if (titled != null) {
        return named(text, src, titled, SourceKind.NAMED_PERSON); // "Mr. Trump"
      }
      TextSpan full = kind == SourceKind.NAMED_PERSON ? names.fullestAnywhere(name) : name;
      boolean slip = name.text().indexOf(' ') < 0 && full.text().indexOf(' ') > 0
          && !lastWord(full.text()).equals(lastWord(name.text()))
          && !hasAllWords(full.text(), name.text()); // "Keidis" for "Anthony Kiedis"
      if (!slip && !hasAllWords(full.text(), name.text())) {
        full = name; // "Wisconsin Republican" is not "New York Republican"
      }
      if (src.text().indexOf('&') > 0 && organization(asIt, src.text())) {
        full = src; // "Tri-County Power & Light": the whole name, not the part before "&"
      }
      // "The union's president, Tom Keller": the person named after the comma, not the union
      boolean holderNamed = holderAfterComma && names.isPersonName(full)
          && name.start() > src.start();
      boolean org = kind == SourceKind.NAMED_ORGANIZATION && !holderNamed
          || organization(asIt, full.text());
      if (full == name && name.text().indexOf(' ') < 0
          && Character.isUpperCase(name.text().charAt(0)) && !names.isPersonName(name)
          && !persons.containsKey(lastWord(name.text()))) {
        // "Hartwell added ..." after "Hartwell Bank": the firm, by its first word
        TextSpan firm = EntityClues.organizationOpenedBy(text, asIt, name.text(), src.start());
        if (firm != null) {
          return named(text, src, firm, SourceKind.NAMED_ORGANIZATION);
        }
      }
      return named(text, src, full, org ? SourceKind.NAMED_ORGANIZATION : SourceKind.NAMED_PERSON);
    }
    if (kind == SourceKind.OTHER && holderAfterComma) {
      // "A lawyer for a group of borrowers, Dana Ruiz,": the person named after the comma
      TextSpan name = namePart(text, names, src);
      if (name != null && name.start() > src.start() && !organization(asIt, name.text())) {
        return named(text, src, names.fullestAnywhere(name), SourceKind.NAMED_PERSON);
      }
    }
    return new Mention(kind.name() + ":" + normal(src.text()), src, kind, Optional.empty());
  }

  /** A mention of a named entity; resolved when the canonical name says more than the source. */
  private static Mention named(String text, TextSpan src, TextSpan name, SourceKind kind) {
    if (PRONOUNS.contains(name.text().toLowerCase(Locale.ROOT))) {
      return new Mention("pronoun:" + src.start(), src, SourceKind.PRONOUN, Optional.empty());
    }
    TextSpan canonical = kind == SourceKind.NAMED_PERSON ? personName(text, name) : name;
    boolean more = !src.text().contains(canonical.text());
    return new Mention((kind == SourceKind.NAMED_PERSON ? "person:" : "name:")
        + normal(canonical.text()), canonical, kind,
        more ? Optional.of(canonical) : Optional.empty());
  }

  /** No capital after the phrase's first letter: "The agency", not "The State Department". */
  private static boolean lowerCaseAfterFirst(String phrase) {
    for (int i = 1; i < phrase.length(); i++) {
      if (Character.isUpperCase(phrase.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The attribution whose source overlaps {@code sp} (sources are short and rarely overlap). */
  private static int sourceOverlapping(List<Attribution> attributions,
      java.util.TreeMap<Integer, Integer> bySourceStart, TextSpan sp) {
    Map.Entry<Integer, Integer> e = bySourceStart.floorEntry(sp.end() - 1);
    for (int n = 0; e != null && n < 3; n++, e = bySourceStart.lowerEntry(e.getKey())) {
      if (attributions.get(e.getValue()).source().get().overlaps(sp)) {
        return e.getValue();
      }
    }
    return -1;
  }

  private static int firstMention(Source s, List<Attribution> attributions, List<Quote> quotes) {
    int first = Integer.MAX_VALUE;
    for (int i : s.attributions()) {
      first = Math.min(first, attributions.get(i).source().get().start());
    }
    for (int j : s.quotes()) {
      first = Math.min(first, quotes.get(j).speaker().get().start());
    }
    return first;
  }

  /** Offsets inside a quotation, marks included. */
  private static IntPredicate inside(List<Quote> quotes) {
    int[] starts = new int[quotes.size()];
    int[] ends = new int[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      starts[i] = quotes.get(i).span().start() - 1;
      ends[i] = quotes.get(i).span().end() + 1;
    }
    return offset -> {
      int lo = 0;
      int hi = starts.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found >= 0 && offset < ends[found];
    };
  }
}
