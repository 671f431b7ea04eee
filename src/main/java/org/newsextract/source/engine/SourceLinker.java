package org.newsextract.source.engine;

import static org.newsextract.source.engine.EntityClues.fits;
import static org.newsextract.source.engine.EntityClues.lastWord;
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
  static final Set<String> RELATIVES = Set.of("who", "that", "which");
  static final int LONGEST_RELATIVE = longest(RELATIVES);

  /**
   * The rules {@link #resolve} tries, in this order; the first that answers wins, so the order
   * decides between rules that would both fit ("Donald Trump's campaign manager" is the holder
   * of a role before it is a name). Each class of rules is named for the question they answer.
   */
  private static final List<Rule> RULES = List.of(
      PronounAntecedents::ofPersonPronoun, // "he", "she"
      EarlierCitations::oneMoreLikeTheLast, // "Another wrote"
      (c, src, kind, index) -> GroupAntecedents.of(c.analysis(), c.names(), src, c.earlier(),
          c.earlierAt(), index, c.kindOf()), // "they", "it", the writer's "we"
      EarlierCitations::sameAsCitedBefore, // "the report", "the sources"
      RoleHolders::ofDefiniteRole, // "the senator", "the spokesman", "the debate moderators"
      Descriptions::describedPerson, // a headline's "Senator", a lead's "A top Trump adviser"
      RoleHolders::ofPossessedRole, // "Donald Trump's campaign manager", "his lawyer"
      RelativeAntecedents::of, // "who", "that", "which"
      OwnedBodies::of, // "the Clinton campaign", "her campaign", "the campaign"
      RoleHolders::ofSpokespersonFor, // "a spokeswoman for the group"
      FullNames::ofDefiniteOrganization, // "the ministry", "the agency"
      FullNames::ofName, // "Trump", "Mr. Trump", "the Wisconsin Republican"
      RoleHolders::namedAfterComma); // "A lawyer for a group of borrowers, Dana Ruiz,"

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
    NameResolver names = new NameResolver(analysis, NameIndex.of(analysis), inside(quotes));
    Mention[] mentions = new Mention[attributions.size()];
    int[] mentionAt = new int[attributions.size()]; // where each mention's source phrase starts
    Context c = new Context(analysis, names, referredToAsIt(analysis.text()),
        resolvedSpeakers(quotes), mentions, mentionAt, new java.util.HashMap<>(), kindOf,
        new java.util.HashMap<>(), new java.util.HashMap<>(), new Occurrences(analysis.text()),
        new java.util.HashMap<>());
    Map<String, Entity> entities = new LinkedHashMap<>();
    Entity[] ofAttribution = new Entity[attributions.size()];
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      if (a.source().isEmpty()) {
        continue;
      }
      Mention m = resolve(c, a.source().get(), a.sourceKind(), i);
      mentions[i] = m;
      mentionAt[i] = a.source().get().start();
      if (m.namesPerson()) {
        c.cited(m.canonical());
      }
      Entity e = entities.computeIfAbsent(m.key(), k -> new Entity(m));
      e.attributions.add(i);
      ofAttribution[i] = e;
    }
    List<Quote> quotesOut = linkSpeakers(c, attributions, quotes, entities, ofAttribution);
    List<Attribution> out = new ArrayList<>(attributions.size());
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      Entity e = ofAttribution[i];
      out.add(e == null ? a : a.withResolvedSource(mentions[i].resolved().map(
          r -> shown(analysis.text(), r, e.kind)), e.kind));
    }
    return new Linked(out, quotesOut, sources(analysis.text(), entities, attributions, quotes));
  }

  /**
   * What resolving the source phrases of one text draws on: the text, its names, and the
   * sources resolved so far, which {@link #link} fills in as it goes.
   *
   * @param asIt the names the text refers to as "it"
   * @param resolvedSpeakers the speaker the quote layer resolved for a speaker phrase
   * @param earlier the mentions of the attributions before, by index
   * @param earlierAt where each of {@code earlier}'s source phrases starts
   * @param persons the persons cited so far, by last word: a subject name counts only when it
   *     is one (and under {@link #NOT_MALE}, {@link #NOT_FEMALE}, one of each sex)
   * @param kindOf the kind of a phrase of the text
   * @param bodies the first mention of each body a person leads ({@link OwnedBodies}), by key
   * @param bodyKeys the key of the last such body of each head noun ("campaign")
   * @param written where the words rules look back for are written in the text
   * @param organizations {@link #organization}'s answers so far, by name
   */
  record Context(TextAnalysis analysis, NameResolver names, Set<String> asIt,
      Map<TextSpan, TextSpan> resolvedSpeakers, Mention[] earlier, int[] earlierAt,
      Map<String, TextSpan> persons, BiFunction<TextAnalysis, TextSpan, SourceKind> kindOf,
      Map<String, TextSpan> bodies, Map<String, String> bodyKeys, Occurrences written,
      Map<String, Boolean> organizations) {
    String text() {
      return analysis.text();
    }

    /**
     * {@link EntityClues#organization} of {@code name} with the text's {@link #asIt}: the same
     * names come again at each of their sources, so each is looked up once.
     */
    boolean organization(String name) {
      Boolean known = organizations.get(name);
      if (known == null) {
        known = EntityClues.organization(asIt, name);
        organizations.put(name, known);
      }
      return known;
    }

    /** Notes a person cited by name, whom a pronoun later may stand for. */
    void cited(TextSpan person) {
      persons.putIfAbsent(lastWord(person.text()), person);
      // whether some person cited so far can be a "she" or a "he", in O(1) per pronoun (once
      // a key is set, putIfAbsent keeps it: no need to ask the first name again)
      if (!persons.containsKey(NOT_MALE) && fits(person, true) != null) {
        persons.putIfAbsent(NOT_MALE, person);
      }
      if (!persons.containsKey(NOT_FEMALE) && fits(person, false) != null) {
        persons.putIfAbsent(NOT_FEMALE, person);
      }
    }
  }

  /** How one source phrase names its entity. */
  record Mention(String key, TextSpan canonical, SourceKind kind,
      Optional<TextSpan> resolved) {
    /** The canonical mention is a person's name: a pronoun later may stand for it. */
    boolean namesPerson() {
      return kind == SourceKind.NAMED_PERSON && key.startsWith("person:");
    }
  }

  /**
   * One way to tell what a source phrase names.
   *
   * <p>{@code index} is the attribution the phrase is the source of (-1 for a quote's speaker);
   * the answer is null when the rule does not apply or finds nothing.
   */
  @FunctionalInterface
  interface Rule {
    Mention apply(Context c, TextSpan src, SourceKind kind, int index);
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

  /**
   * How a source is shown: a person's or body's fullest name; for people, groups and documents
   * not named, the phrase before its first comma ("A hospital official", not "A hospital
   * official, who spoke on condition of anonymity because ..."), the clause after it says how
   * or why, not who.
   */
  static TextSpan shown(String text, TextSpan span, SourceKind kind) {
    if (kind == SourceKind.NAMED_PERSON || kind == SourceKind.NAMED_ORGANIZATION
        || kind == SourceKind.PRONOUN) {
      // "Egypt's foreign ministry, which helped broker the talks,": what it did is no name
      Matcher clause = RELATIVE_CLAUSE.matcher(span.text());
      return clause.find() && clause.start() >= 2
          ? TextSpan.of(text, span.start(), span.start() + clause.start()) : span;
    }
    int comma = span.text().indexOf(", ");
    return comma >= 2 ? TextSpan.of(text, span.start(), span.start() + comma) : span;
  }

  private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:which|who|whose)\\s");

  /** How {@code src} names its entity: the first answer of the {@link #RULES}, else itself. */
  static Mention resolve(Context c, TextSpan src, SourceKind kind, int index) {
    for (Rule rule : RULES) {
      Mention m = rule.apply(c, src, kind, index);
      if (m != null) {
        return m;
      }
    }
    // an unresolved "who" is no one entity with every other "who" of the text
    String relative = shortLower(src.text(), LONGEST_RELATIVE);
    String key = relative != null && RELATIVES.contains(relative)
        ? kind.name() + ":" + src.start() : kind.name() + ":" + normal(src.text());
    return new Mention(key, src, kind, Optional.empty());
  }

  /**
   * {@code phrase} in lower case, or null when it is longer than {@code longest} chars: the
   * rules that ask whether a source is one of a few short words ("he", "who") tell most
   * phrases without a copy (lower case makes no string shorter).
   */
  static String shortLower(String phrase, int longest) {
    return phrase.length() > longest ? null : phrase.toLowerCase(Locale.ROOT);
  }

  /** The length of the longest of {@code words}, for {@link #shortLower}. */
  static int longest(Set<String> words) {
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.length());
    }
    return max;
  }

  /** A mention of a named entity; resolved when the canonical name says more than the source. */
  static Mention named(String text, TextSpan src, TextSpan name, SourceKind kind) {
    if (PRONOUNS.contains(name.text().toLowerCase(Locale.ROOT))) {
      return new Mention("pronoun:" + src.start(), src, SourceKind.PRONOUN, Optional.empty());
    }
    TextSpan canonical = kind == SourceKind.NAMED_PERSON ? personName(text, name) : name;
    boolean more = !src.text().contains(canonical.text());
    return new Mention((kind == SourceKind.NAMED_PERSON ? "person:" : "name:")
        + normal(canonical.text()), canonical, kind,
        more ? Optional.of(canonical) : Optional.empty());
  }

  /** The quote layer's resolution of each speaker phrase it resolved, the first one kept. */
  private static Map<TextSpan, TextSpan> resolvedSpeakers(List<Quote> quotes) {
    Map<TextSpan, TextSpan> resolvedSpeakers = new java.util.HashMap<>();
    for (Quote q : quotes) {
      if (q.speaker().isPresent() && q.resolvedSpeaker().isPresent()) {
        resolvedSpeakers.putIfAbsent(q.speaker().get(), q.resolvedSpeaker().get());
      }
    }
    return resolvedSpeakers;
  }

  /**
   * Adds each quote to the entity of its speaker: the entity of the attribution whose source
   * the speaker is, else the entity the speaker's own resolution names.
   *
   * @return the quotes, a speaker that is an attribution's source with that source's resolution
   */
  private static List<Quote> linkSpeakers(Context c, List<Attribution> attributions,
      List<Quote> quotes, Map<String, Entity> entities, Entity[] ofAttribution) {
    java.util.TreeMap<Integer, Integer> bySourceStart = new java.util.TreeMap<>();
    for (int i = 0; i < attributions.size(); i++) {
      Optional<TextSpan> s = attributions.get(i).source();
      if (s.isPresent()) {
        bySourceStart.putIfAbsent(s.get().start(), i);
      }
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
        Optional<TextSpan> r = c.earlier()[i].resolved();
        if (r.isPresent() && sp.equals(attributions.get(i).source().get())
            && !r.equals(q.resolvedSpeaker())) {
          // "“...,” she said" after "Moreno said no": the resolution the statement got
          quotesOut.set(j, new Quote(q.span(), q.kind(), q.speaker(), q.cue(),
              r.map(x -> shown(c.text(), x, ofAttribution[i].kind))));
        }
        continue;
      }
      Mention m;
      if (q.resolvedSpeaker().isPresent()) {
        TextSpan r = q.resolvedSpeaker().get();
        m = named(c.text(), sp, r, organization(c.asIt(), r.text())
            ? SourceKind.NAMED_ORGANIZATION : SourceKind.NAMED_PERSON);
      } else {
        m = resolve(c, sp, c.kindOf().apply(c.analysis(), sp), -1);
      }
      Mention fm = m;
      entities.computeIfAbsent(m.key(), k -> new Entity(fm)).quotes.add(j);
    }
    return quotesOut;
  }

  /** One source per entity, in the order of their first mentions. */
  private static List<Source> sources(String text, Map<String, Entity> entities,
      List<Attribution> attributions, List<Quote> quotes) {
    List<Source> sources = new ArrayList<>();
    for (Entity e : entities.values()) {
      sources.add(new Source(shown(text, e.canonical, e.kind), e.kind, e.attributions,
          e.quotes));
    }
    Map<Source, Integer> first = new java.util.IdentityHashMap<>();
    for (Source s : sources) {
      first.put(s, firstMention(s, attributions, quotes));
    }
    sources.sort(Comparator.comparingInt(first::get));
    return sources;
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
