package org.newsextract.attribution.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsextract.analysis.Resources;
import org.newsextract.pattern.PatternVocabulary;
import org.newsextract.pattern.WordClass;

/** The attribution layer's word lists, loaded once from the classpath. */
final class Lexicons {
  private Lexicons() {}

  // each file read once: the cue verb lists serve as sets and as word classes
  private static final List<String> SAY_LINES = lines("say-verbs.txt");
  private static final List<String> TELL_LINES = lines("tell-verbs.txt");
  private static final List<String> STANCE_LINES = lines("stance-verbs.txt");
  private static final List<String> BELIEF_LINES = lines("belief-verbs.txt");
  private static final List<String> POLL_LINES = lines("poll-nouns.txt");

  static final Set<String> SAY = set(SAY_LINES);
  static final Set<String> TELL = set(TELL_LINES);
  static final Set<String> STANCE = set(STANCE_LINES);
  static final Set<String> BELIEF = set(BELIEF_LINES);
  static final Set<String> POLL_NOUNS = set(POLL_LINES);
  static final Set<String> MODIFIERS = set("verb-modifiers.txt");
  static final Set<String> SEPARATORS = set("separators.txt");
  static final Set<String> ANONYMOUS_NOUNS = set("anonymous-nouns.txt");
  static final Set<String> GROUP_NOUNS = set("group-nouns.txt");
  static final Set<String> DOCUMENT_NOUNS = set("document-nouns.txt");
  static final Set<String> CLAIM_NOUNS = set("claim-nouns.txt");
  static final List<String> ANONYMITY_MARKERS = lines("anonymity-markers.txt");
  static final Set<String> ORGANIZATION_WORDS = set("organization-words.txt");
  static final Set<String> ORGANIZATION_NOUNS = set("organization-nouns.txt");
  static final Set<String> PERSON_TITLES = set("person-titles.txt");
  /** Participles that take a "by" agent: "praised by", "excoriated by". */
  static final Set<String> PASSIVE_PARTICIPLES = set("passive-verbs.txt");
  /** Cue verb forms that are never nouns or adjectives: the tagger's NOUN/ADJ on them is wrong. */
  static final Set<String> VERB_ONLY = set("verb-only-forms.txt");

  /** Every single-word cue verb form, for finding the verb a shared subject belongs to. */
  static final Set<String> CUE_VERBS = union(SAY, TELL, STANCE, BELIEF);

  private static final Set<String> VERB = Set.of("VERB");
  // a cue word right after one of these is a noun: "his remarks", "the show", "a claim"
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their",
      "its", "our", "my", "your", "'s", "this", "these", "those", "every", "each", "no");
  static final Set<String> NOT_SOURCES = set("not-sources.txt");
  /** Forms of "be" and "get" before a participle that make it passive ("was announced"). */
  static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be",
      "been", "being", "'s", "'re", "get", "gets", "got", "getting");

  /** The word classes built-in and user patterns can use. */
  static final PatternVocabulary VOCABULARY =
      PatternVocabulary.of(
          List.of(
              WordClass.verbGroup("say", SAY_LINES, MODIFIERS, VERB, DETERMINERS),
              WordClass.verbGroup("tell", TELL_LINES, MODIFIERS, VERB, DETERMINERS),
              WordClass.verbGroup("stance", STANCE_LINES, MODIFIERS, VERB, DETERMINERS),
              WordClass.verbGroup("believe", BELIEF_LINES, MODIFIERS, VERB, DETERMINERS),
              WordClass.words("claim", List.copyOf(CLAIM_NOUNS)),
              WordClass.words("poll", POLL_LINES),
              WordClass.words("law", lines("law-nouns.txt")),
              WordClass.words("passive", lines("passive-verbs.txt")),
              WordClass.separators("sep", SEPARATORS)));

  static List<String> lines(String resource) {
    return Resources.lines(Lexicons.class, resource);
  }

  private static Set<String> set(String resource) {
    return set(lines(resource));
  }

  private static Set<String> set(List<String> lines) {
    Set<String> s = new HashSet<>();
    for (String l : lines) {
      s.add(l.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return Set.copyOf(s);
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> s = new HashSet<>();
    for (Set<String> x : sets) {
      for (String w : x) {
        if (w.indexOf(' ') < 0) {
          s.add(w);
        }
      }
    }
    return Set.copyOf(s);
  }
}
