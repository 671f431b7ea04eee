package org.newsextract.attribution.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newsextract.pattern.TokenSource;

/**
 * The word lists the rules ask about token by token, as bits of one long per word: the compiled
 * pattern sets carry them ({@link PatternCompiler}), so the one look-up of each token a set
 * makes serves every later question about it ({@link SentenceTokens#is}), which the rules ask
 * about the same tokens again and again. Immutable.
 */
final class TokenWords {
  private TokenWords() {}

  /** What a document does to its content: "a Quinnipiac poll/VERB found that". */
  private static final Set<String> FINDING_VERBS = Set.of("found", "finds", "shows", "showed",
      "says", "said", "suggests", "suggested", "indicates", "indicated");

  private static boolean finiteSpeechVerb(String w) {
    return (Lexicons.SAY.contains(w) || Lexicons.TELL.contains(w))
        && (w.endsWith("ed") || w.equals("said") || w.equals("told") || w.equals("says")
            || w.equals("wrote") || w.endsWith("sts") || w.equals("tells"));
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Sentence-opening words that quantify the noun after them, never names: "Other shows". */
  private static final Set<String> QUANTIFYING_ADJECTIVES = Set.of("other", "some", "many",
      "most", "several", "both", "all", "few", "such", "another", "more", "new", "recent",
      "previous", "similar", "these", "those", "numerous", "various", "fewer");

  /** Words after which even a verb form is a noun or a name ("the Says Law"). */
  private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "their",
      "its", "our", "my", "your", "this", "these", "those", "'s");
  private static final Set<String> CLAUSE_ENDS =
      Set.of(".", ",", ";", ":", "that", "!", "?", "\"", "”", "''", "—");
  private static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "he", "she",
      "they", "it", "we", "his", "her", "their", "its", "this", "there");
  /** Marks after which a capital letter may start a clause (see SentenceTokens#startsClause). */
  private static final Set<String> CLAUSE_STARTERS =
      Set.of("“", "\"", ":", "—", "(", "'", "--", ".", "?", "!");
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been",
      "being", "am", "'s", "'re", "'m", "has", "have", "had", "'ve", "'d", "do", "does", "did",
      "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "ca",
      "wo", "need", "ought", "dare", "get", "got", "gets");

  // the tag repairs' lists
  static final long CUE = 1L;
  static final long SAY = 1L << 1;
  static final long FINITE_SPEECH = 1L << 2;
  static final long AUXILIARY = 1L << 3;
  static final long ARTICLE = 1L << 4;
  static final long QUANTIFYING = 1L << 5;
  static final long MODIFIER = 1L << 6;
  static final long DOCUMENT_NOUN = 1L << 7;
  static final long CLAUSE_END = 1L << 8;
  static final long FINDING_VERB = 1L << 9;
  static final long VERB_ONLY = 1L << 10;
  static final long NOUN_MARKER = 1L << 11;
  static final long CLAUSE_OPENER = 1L << 12;
  static final long ANONYMOUS_NOUN = 1L << 13;
  static final long CLAUSE_STARTER = 1L << 14;
  static final long MARKER_START = 1L << 15;
  static final long READER = 1L << 16;
  // and those of the rules that test a cue or a phrase word by word
  static final long PHRASAL_PARTICLE = 1L << 17;
  static final long ANYONE = 1L << 18;
  static final long APPEAL = 1L << 19;
  static final long ORGANIZATION_WORD = 1L << 20;
  static final long RELATIVE = 1L << 21;
  static final long GROUP_NOUN = 1L << 22;
  static final long CLAIM_NOUN = 1L << 23;
  static final long RESULT_VERB = 1L << 24;
  static final long DENY_VERB = 1L << 25;
  static final long ATTACK_VERB = 1L << 26;
  static final long CONTENT_PARTICLE = 1L << 27;
  static final long SAID = 1L << 28;
  static final long DASH = 1L << 29;
  static final long PASSIVE_AUXILIARY = 1L << 30;

  /** Each word's bits (after the lists above: static fields start in text order). */
  static final Map<String, Long> BITS = bits();

  private static Map<String, Long> bits() {
    Map<String, Long> out = new HashMap<>();
    addAll(out, Lexicons.SAY, SAY);
    for (String w : Lexicons.CUE_VERBS) {
      out.merge(w, CUE | (finiteSpeechVerb(w) ? FINITE_SPEECH : 0), (a, b) -> a | b);
    }
    addAll(out, AUXILIARIES, AUXILIARY);
    addAll(out, ARTICLES, ARTICLE);
    addAll(out, QUANTIFYING_ADJECTIVES, QUANTIFYING);
    addAll(out, Lexicons.MODIFIERS, MODIFIER);
    addAll(out, Lexicons.DOCUMENT_NOUNS, DOCUMENT_NOUN);
    addAll(out, CLAUSE_ENDS, CLAUSE_END);
    addAll(out, FINDING_VERBS, FINDING_VERB);
    addAll(out, Lexicons.VERB_ONLY, VERB_ONLY);
    addAll(out, NOUN_MARKERS, NOUN_MARKER);
    addAll(out, CLAUSE_OPENERS, CLAUSE_OPENER);
    addAll(out, Lexicons.ANONYMOUS_NOUNS, ANONYMOUS_NOUN);
    addAll(out, CLAUSE_STARTERS, CLAUSE_STARTER);
    addAll(out, SourceClassifier.markerFirstWords(), MARKER_START);
    addAll(out, VerbSenses.READERS, READER);
    addAll(out, CueSenses.PHRASAL_PARTICLES, PHRASAL_PARTICLE);
    addAll(out, VerbSenses.ANYONE, ANYONE);
    addAll(out, VerbSenses.APPEALS, APPEAL);
    addAll(out, Lexicons.ORGANIZATION_WORDS, ORGANIZATION_WORD);
    addAll(out, WordClasses.RELATIVE, RELATIVE);
    addAll(out, Lexicons.GROUP_NOUNS, GROUP_NOUN);
    addAll(out, Lexicons.CLAIM_NOUNS, CLAIM_NOUN);
    addAll(out, VerbSenses.RESULT_VERBS, RESULT_VERB);
    addAll(out, VerbSenses.DENY_VERBS, DENY_VERB);
    addAll(out, VerbSenses.ATTACK_VERBS, ATTACK_VERB);
    addAll(out, ContentPhrases.PARTICLES, CONTENT_PARTICLE);
    addAll(out, ContentPhrases.SAID, SAID);
    addAll(out, SourcePhrases.DASHES, DASH);
    addAll(out, Lexicons.PASSIVE_AUXILIARIES, PASSIVE_AUXILIARY);
    return Map.copyOf(out);
  }

  private static void addAll(Map<String, Long> out, Set<String> words, long wordClass) {
    for (String w : words) {
      out.merge(w, wordClass, (a, b) -> a | b);
    }
  }

  /**
   * Whether token k's word is in the list of {@code wordClass}: a bit test for a sentence's
   * tokens, a look-up for another source.
   */
  static boolean is(TokenSource ts, int k, long wordClass) {
    return ts instanceof SentenceTokens st ? st.is(k, wordClass)
        : (BITS.getOrDefault(ts.lower(k), 0L) & wordClass) != 0;
  }
}
