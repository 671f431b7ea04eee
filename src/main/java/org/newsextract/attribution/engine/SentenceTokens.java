package org.newsextract.attribution.engine;

import static org.newsextract.attribution.engine.TokenWords.ANONYMOUS_NOUN;
import static org.newsextract.attribution.engine.TokenWords.ARTICLE;
import static org.newsextract.attribution.engine.TokenWords.AUXILIARY;
import static org.newsextract.attribution.engine.TokenWords.CLAUSE_END;
import static org.newsextract.attribution.engine.TokenWords.CLAUSE_OPENER;
import static org.newsextract.attribution.engine.TokenWords.CLAUSE_STARTER;
import static org.newsextract.attribution.engine.TokenWords.CUE;
import static org.newsextract.attribution.engine.TokenWords.DOCUMENT_NOUN;
import static org.newsextract.attribution.engine.TokenWords.FINDING_VERB;
import static org.newsextract.attribution.engine.TokenWords.FINITE_SPEECH;
import static org.newsextract.attribution.engine.TokenWords.MARKER_START;
import static org.newsextract.attribution.engine.TokenWords.MODIFIER;
import static org.newsextract.attribution.engine.TokenWords.NOUN_MARKER;
import static org.newsextract.attribution.engine.TokenWords.QUANTIFYING;
import static org.newsextract.attribution.engine.TokenWords.READER;
import static org.newsextract.attribution.engine.TokenWords.SAY;
import static org.newsextract.attribution.engine.TokenWords.VERB_ONLY;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.analysis.Token;
import org.newsextract.pattern.TokenSource;

/** One sentence's tokens for the pattern matcher; POS tags are computed on first request. */
final class SentenceTokens implements TokenSource {
  private final List<Token> tokens;
  private final String[] lower;
  private final String[] tags;
  // per token its TokenWords bits, LOOKED_UP once known
  private final long[] classes;
  private final WindowTagger.Context taggerContext;
  private final TextAnalysis analysis;
  private WindowTagger tagger;
  private boolean titleCase;
  private int[] markerPrefix;
  // slot phrases found so far, by slot and side, then boundary (see PhraseFinder)
  private int[][][] slots;
  // 0 until known, then 1 + whether the sentence gives a tip line (see hasTipLine)
  private byte tipLine;

  /** The tokens of sentence {@code sentence}. */
  SentenceTokens(TextAnalysis analysis, int sentence, WindowTagger.Context taggerContext) {
    this.taggerContext = taggerContext;
    this.analysis = analysis;
    this.tokens = analysis.tokens(sentence);
    this.lower = new String[tokens.size()];
    this.tags = new String[tokens.size()];
    this.classes = new long[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = normalize(tokens.get(i).text());
    }
    for (int i = 1; i + 1 < lower.length; i++) {
      // "Contreras' girlfriend", "the Joneses’ lawyer": the possessive of a word in s, read as
      // the "'s" it stands for
      if (lower[i].equals("'") && lower[i - 1].endsWith("s") && joinedToPrevious(i)
          && !joinedToNext(i) && Character.isLetter(lower[i + 1].charAt(0))) {
        lower[i] = "'s";
      }
    }
  }

  private boolean joinedToNext(int i) {
    return tokens.get(i + 1).start() == tokens.get(i).end();
  }

  /**
   * The slot phrase remembered for {@code kind} ({@link PhraseFinder#kind}) at {@code boundary}:
   * a copy, {@link #NOTHING_FOUND} when the finder found none, or null when not looked for yet.
   * The patterns that share a cue ask for the same source and content again and again.
   */
  int[] remembered(int kind, int boundary) {
    int[] found = slots == null || slots[kind] == null || boundary < 0
        || boundary >= slots[kind].length ? null : slots[kind][boundary];
    return found == null || found == NOTHING_FOUND ? found : found.clone();
  }

  /**
   * Whether {@link VerbSenses#TIP_LINE} finds a match in the sentence's tokens joined by spaces,
   * looked for once per sentence (every source-less cue of an appeal to readers asks).
   */
  boolean hasTipLine() {
    if (tipLine == 0) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < size(); k++) {
        b.append(text(k)).append(' ');
      }
      tipLine = (byte) (VerbSenses.TIP_LINE.matcher(b).find() ? 2 : 1);
    }
    return tipLine == 2;
  }

  /** What {@link #remembered} gives for a slot the finder found no phrase for. */
  static final int[] NOTHING_FOUND = new int[0];

  /** Remembers the finder's answer (null: none) for {@code kind} at {@code boundary}. */
  void remember(int kind, int boundary, int[] phrase) {
    if (boundary < 0 || boundary > size()) {
      return;
    }
    if (slots == null) {
      slots = new int[PhraseFinder.KINDS][][];
    }
    if (slots[kind] == null) {
      slots[kind] = new int[size() + 1][];
    }
    slots[kind][boundary] = phrase == null ? NOTHING_FOUND : phrase.clone();
  }

  static String normalize(String s) {
    // most tokens are ASCII without a capital: themselves, told in one pass instead of three
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c > 0x7f || c >= 'A' && c <= 'Z') {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
      }
    }
    return s;
  }

  @Override
  public int size() {
    return lower.length;
  }

  @Override
  public boolean joinedToPrevious(int i) {
    return i > 0 && tokens.get(i).start() == tokens.get(i - 1).end();
  }

  @Override
  public String lower(int i) {
    return lower[i];
  }

  /**
   * The model's tag, except that a capitalised word inside a sentence is a proper noun: the
   * tagger reads "Trump" as a verb and "Fox" as a preposition. Title-case headlines keep the
   * model's tags.
   */
  @Override
  public String tag(int i) {
    String t = tags[i];
    if (t == null) {
      if (tagger == null) {
        String[] words = new String[tokens.size()];
        for (int k = 0; k < words.length; k++) {
          words[k] = tokens.get(k).text();
        }
        tagger = new WindowTagger(taggerContext, words);
        titleCase = titleCase();
      }
      t = tagger.tag(i);
      String w = tokens.get(i).text();
      if (titleCase && capitalised(i) && namesBeforeColon(i)) {
        t = "PROPN"; // "Ann Coulter: And Then There Was One": who says the headline
      } else if (titleCase && i > 0 && capitalised(i - 1) && lower[i].endsWith("s")
          && is(i, CUE) && (t.equals("PROPN") || t.equals("NOUN"))) {
        t = "VERB"; // "Trump Says He Will Win": a headline's verb after a name
      } else if (i > 0 && !titleCase && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && !startsClause(i) && !t.equals("PRON") && !t.equals("NUM") && !t.equals("PUNCT")
          && !t.equals("SYM") && !w.equals("I")) {
        t = "PROPN";
      } else if ((i == 0 || startsClause(i)) && !titleCase && !w.isEmpty()
          && Character.isUpperCase(w.charAt(0)) && (t.equals("VERB") || t.equals("ADJ"))
          && i + 1 < lower.length && !is(i, CUE)
          && !is(i, QUANTIFYING)
          && (is(i + 1, CUE) || capitalised(i + 1)
              || is(i + 1, MODIFIER) && i + 2 < lower.length
                  && is(i + 2, CUE)
              || lower[i + 1].equals(":") && i == 0)) {
        // "Trump said", "Fields later tweeted", "Ann Compton", a headline's "Trump: ...": a
        // name opening a sentence, read as a verb
        t = "PROPN";
      } else if ((i == 0 || startsClause(i)) && !titleCase && MISREAD_NAME_TAGS.contains(t)
          && (i + 2 < lower.length && lower[i + 1].equals(",") && lower[i + 2].equals("who")
              && Character.isUpperCase(w.charAt(0))
              || DocumentNames.contains(analysis.text(), w))) {
        t = "PROPN"; // "Twitter/ADV acknowledged", "Trump/ADJ, in turn, cites", "Small, who"
      }
      if (t.equals("VERB") && i > 0 && i + 1 < lower.length && lower[i].endsWith("s")
          && !lower[i].endsWith("ss") && is(i, CUE)
          && is(i + 1, AUXILIARY) && !lower[i + 1].equals("been")
          && !lower[i + 1].equals("being") && !lower[i + 1].equals("be")) {
        t = "NOUN"; // "Other shows/VERB did better": a plural noun, the subject of the auxiliary
      }
      if (t.equals("VERB") && i + 1 < lower.length && lower[i].endsWith("s")
          && is(i, SAY) && is(i + 1, CUE)
          && !lower[i + 1].endsWith("s") && !lower[i + 1].endsWith("ed")
          && !lower[i + 1].endsWith("ing")) {
        t = "NOUN"; // "FEC reports/VERB show that": a noun, the subject of the verb after it
      }
      if (t.equals("VERB") && i > 0 && i + 1 < lower.length && is(i - 1, FINITE_SPEECH)
          && capitalised(i + 1) && !capitalised(i)) {
        t = "NOUN"; // "..., said pollster/VERB Frank Luntz": a title before the speaker's name
      }
      if (t.equals("ADJ") && i > 0 && i + 1 < lower.length && is(i - 1, ARTICLE)
          && (lower[i + 1].equals(",") || tagger.tag(i + 1).equals("AUX"))) {
        t = "NOUN"; // "The official/ADJ, who spoke on condition of anonymity, said"
      }
      if (t.equals("VERB") && i > 0 && is(i, DOCUMENT_NOUN)
          && (capitalised(i - 1) || tagger.tag(i - 1).equals("ADJ")
              || tagger.tag(i - 1).equals("PROPN"))
          && (i + 1 == lower.length || is(i + 1, CLAUSE_END)
              || lower[i + 1].endsWith("ed") && !lower[i - 1].endsWith("s")
              || is(i + 1, FINDING_VERB))) {
        // "a new Reuters-Ipsos poll/VERB.", "a Gallup poll/VERB released Monday"; not
        // "Democrats report/VERB raised ..."
        t = "NOUN";
      }
      if (t.equals("VERB") && pluralBeforeItsVerb(i)) {
        t = "NOUN"; // "But polls/VERB did predict", "While environmentalists/VERB welcomed"
      }
      if (t.equals("ADJ") && lower[i].endsWith("ly") && i + 1 < lower.length
          && tagger.tag(i + 1).equals("VERB")) {
        t = "ADV"; // "has also broadly/ADJ called for"
      }
      tags[i] = repairSpeechVerb(i, repairSpeaker(i, t));
      t = tags[i];
    }
    return t;
  }

  /**
   * A noun read as a verb: an "-s" word opening a clause (after nothing, a conjunction, a
   * determiner or an adjective) with an auxiliary or a past-tense verb right after it, or the
   * last word of a phrase right before a past-tense cue verb.
   */
  private boolean pluralBeforeItsVerb(int i) {
    String w = lower[i];
    if (w.length() < 4 || i + 1 >= lower.length || is(i, CUE)
        || w.endsWith("ed") || w.endsWith("ing")) {
      return false;
    }
    String next = tagger.tag(i + 1);
    String prev = i == 0 ? "" : tag(i - 1);
    if (w.endsWith("s") && !w.endsWith("ss")
        && (next.equals("AUX") && is(i + 1, AUXILIARY)
            || next.equals("VERB") && lower[i + 1].endsWith("ed"))) {
      return i == 0 || prev.equals("DET") || prev.equals("ADJ") || prev.equals("CCONJ")
          || prev.equals("SCONJ") || prev.equals("NUM") || prev.equals("PROPN")
          || lower[i - 1].equals(",");
    }
    // "A Justice Department spokeswoman/VERB declined": the head of the phrase before a cue
    return next.equals("VERB") && lower[i + 1].endsWith("ed")
        && is(i + 1, CUE)
        && (prev.equals("PROPN") || prev.equals("NOUN"));
  }

  /**
   * A finite speech verb that closes its clause is a verb, whatever the tagger says: "..., the
   * admiral said/NOUN." The tagger misreads these after a misread noun.
   */
  private static final java.util.Set<String> DOCUMENT_NOUN_PREDECESSORS =
      java.util.Set.of("DET", "PROPN", "ADJ");

  private String repairSpeechVerb(int i, String t) {
    if (t.equals("VERB") && i > 0 && is(i, DOCUMENT_NOUN)
        && DOCUMENT_NOUN_PREDECESSORS.contains(tag(i - 1))) {
      return "NOUN"; // "The Monmouth poll/VERB also suggests": a document noun after its name
    }
    if (i > 0 && (t.equals("NOUN") || t.equals("ADJ")) && is(i, VERB_ONLY)
        && !is(i - 1, NOUN_MARKER)) {
      return "VERB"; // "The fans insist/NOUN delegates must ...": no noun has this form
    }
    if (i == 0 && t.equals("NOUN") && lower[i].endsWith("ing")
        && is(i, VERB_ONLY)) {
      return "VERB"; // "Noting/NOUN that only one senator voted with them, Tester said"
    }
    if (i > 0 && t.equals("NOUN") && lower[i - 1].equals(",") && lower[i].endsWith("ing")
        && is(i, CUE)) {
      return "VERB"; // "Trump joined the debate, announcing/NOUN on Wednesday that ..."
    }
    if (i == 0 || !(t.equals("NOUN") || t.equals("ADJ")) || !is(i, FINITE_SPEECH)) {
      return t;
    }
    if (i + 1 == lower.length || is(i + 1, CLAUSE_END)) {
      return "VERB";
    }
    // "..., but insists/NOUN Sanders is": a second verb of the subject after a conjunction
    return t.equals("NOUN") && (lower[i - 1].equals("but") || lower[i - 1].equals("and"))
        && !lower[i].endsWith("ed")
        && (capitalised(i + 1) || is(i + 1, CLAUSE_OPENER)) ? "VERB" : t;
  }

  /**
   * The word before a finite speech verb is a noun when the tagger reads it as an adjective or
   * an auxiliary it is not: "the official/ADJ said", "donors/AUX said".
   */
  private String repairSpeaker(int i, String t) {
    if (t.equals("ADJ") && is(i, ANONYMOUS_NOUN)
        && (i + 1 == lower.length || !NOUN_FOLLOWERS.contains(tagger.tag(i + 1)))) {
      // "The chief executive/ADJ, Anna Perez, said", "a law enforcement official/ADJ familiar
      // with": a person noun with no noun after it to qualify
      return "NOUN";
    }
    if (i + 1 >= lower.length || !is(i + 1, FINITE_SPEECH)) {
      return t;
    }
    if (t.equals("AUX") && !is(i, AUXILIARY)
        || t.equals("ADJ") && i > 0 && (is(i - 1, ARTICLE)
            || tag(i - 1).equals("ADJ") && i > 1 && is(i - 2, ARTICLE))) {
      return "NOUN"; // "the official/ADJ said", "a senior official/ADJ told"
    }
    return t;
  }

  /** Tags of a word an adjective before it may qualify. */
  private static final Set<String> NOUN_FOLLOWERS = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  private static final Set<String> MISREAD_NAME_TAGS =
      Set.of("ADJ", "ADV", "VERB", "NOUN", "X", "INTJ", "SCONJ", "ADP");

  private static final long LOOKED_UP = 1L << 63;

  /** Token i's bits, told by a pattern set built with {@link TokenWords#BITS}. */
  @Override
  public void wordBits(int i, long bits) {
    classes[i] = bits | LOOKED_UP;
  }

  /** Whether token k's word is in the list of {@code wordClass} (a {@link TokenWords} bit). */
  boolean is(int k, long wordClass) {
    long c = classes[k];
    if (c == 0) {
      c = TokenWords.BITS.getOrDefault(lower[k], 0L) | LOOKED_UP;
      classes[k] = c;
    }
    return (c & wordClass) != 0;
  }

  /**
   * Whether a word of the sentence is one an appeal addresses its readers with ({@link
   * VerbSenses#READERS}): asked by every cue without a source, answered from the bits.
   */
  boolean addressesReaders() {
    for (int k = 0; k < lower.length; k++) {
      if (is(k, READER)) {
        return true;
      }
    }
    return false;
  }

  /** Tokens [0, i] are capitalised words and a colon follows within four tokens. */
  private boolean namesBeforeColon(int i) {
    if (i > 3) {
      return false;
    }
    for (int k = 0; k <= i; k++) {
      if (!capitalised(k)) {
        return false;
      }
    }
    for (int k = i + 1; k < lower.length && k <= 4; k++) {
      if (lower[k].equals(":")) {
        return true;
      }
      if (!capitalised(k)) {
        return false;
      }
    }
    return false;
  }

  private boolean capitalised(int k) {
    String w = tokens.get(k).text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** After an opening quote mark, a colon or a dash a capital letter may start a clause. */
  private boolean startsClause(int k) {
    return is(k - 1, CLAUSE_STARTER);
  }

  /** Most words capitalised: a headline, where capitals say nothing about names. */
  private boolean titleCase() {
    int words = 0;
    int caps = 0;
    for (Token t : tokens) {
      String s = t.text();
      if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
        words++;
        if (Character.isUpperCase(s.charAt(0))) {
          caps++;
        }
      }
    }
    return words >= 4 && caps * 10 >= words * 7;
  }

  /** How many anonymity markers start in tokens [from, to). */
  int markersBetween(int from, int to) {
    if (markerPrefix == null) {
      markerPrefix = new int[lower.length + 1];
      for (int k = 0; k < lower.length; k++) {
        // (a word no marker starts with is passed over with the look-up is() makes anyway)
        markerPrefix[k + 1] = markerPrefix[k]
            + (is(k, MARKER_START) && SourceClassifier.markerAt(this, k, lower.length) ? 1 : 0);
      }
    }
    return markerPrefix[Math.min(to, lower.length)] - markerPrefix[Math.max(0, from)];
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String text(int i) {
    return tokens.get(i).text();
  }

}
