package org.newsextract.quote.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsextract.analysis.Resources;
import org.newsextract.names.NameIndex;

/** The quote layer's word lists, loaded once from {@code org/newsextract/quote/*.txt}. */
final class Lexicon {
  /** How a cue word attributes speech. */
  enum CueType {
    /** "said": speaker before it, or after it when inverted ("said Smith"). */
    INVERTING,
    /** "told", "saying": speaker before it only. */
    PLAIN,
    /** "called": a cue only when its subject is a name or pronoun. */
    NAMING,
    /** "states", "notes": also a plural noun; a cue only after a name, pronoun or document. */
    NOUN_LIKE
  }

  static final Map<String, CueType> CUES = loadCues("cues.txt");
  static final Set<String> DOCUMENT_NOUNS = load("document-nouns.txt");
  static final Set<String> PREPOSITIONS =
      Set.of("in", "on", "at", "of", "under", "with", "from", "by", "for", "to", "into", "about",
          "over", "after", "before", "during", "between", "among", "against", "through", "via");
  static final Set<String> CUE_PHRASES = load("cue-phrases.txt");
  static final Set<String> SPEAKER_GLUE = load("speaker-glue.txt");
  static final Set<String> LEADING_WORDS = load("leading-words.txt");
  static final Set<String> TITLE_CONTEXT = load("title-context.txt");
  static final List<String> NON_SPEECH_CONTEXT = List.copyOf(load("non-speech-context.txt"));

  static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "she", "they", "i", "we", "it", "him", "her", "them", "you");
  static final Set<String> SINGULAR_PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  static final Set<String> HONORIFICS = NameIndex.HONORIFICS;
  static final Set<String> NOT_NAME_STARTS = NameIndex.NOT_NAME_STARTS;

  private Lexicon() {}

  static boolean isCue(String word) {
    return CUES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  static CueType cueType(String word) {
    return CUES.get(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String name) {
    return Set.copyOf(loadWithTags(name).keySet());
  }

  private static Map<String, CueType> loadCues(String name) {
    Map<String, String> raw = loadWithTags(name);
    Map<String, CueType> out = new HashMap<>();
    raw.forEach((w, tag) -> out.put(w, switch (tag) {
      case "inv" -> CueType.INVERTING;
      case "name" -> CueType.NAMING;
      case "noun" -> CueType.NOUN_LIKE;
      case "" -> CueType.PLAIN;
      default -> throw new IllegalStateException("unknown cue tag " + tag + " in " + name);
    }));
    return Map.copyOf(out);
  }

  /** Lines of a resource: entry, then an optional tag after a tab; # starts a comment. */
  private static Map<String, String> loadWithTags(String name) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String line : Resources.lines(Lexicon.class, name)) {
      int tab = line.indexOf('\t');
      String entry = (tab < 0 ? line : line.substring(0, tab)).strip().toLowerCase(Locale.ROOT);
      String tag = tab < 0 ? "" : line.substring(tab + 1).strip();
      out.putIfAbsent(entry, tag);
    }
    return out;
  }
}
