package org.newsextract.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * The one shared analysis of a text that every layer reads: paragraphs and sentences (computed
 * eagerly, they are cheap), tokens and POS tags (computed per sentence on first request, since
 * tagging is the expensive step and most layers need it for few sentences).
 *
 * <p>All offsets are char offsets into the caller's original text, which is never changed.
 *
 * <p>Not thread-safe: one instance serves one {@code extract} call on one thread. This is an
 * internal class; its API may change without notice.
 */
public final class TextAnalysis {
  private static final char[] CLOSERS = {'"', '”', '’', '\'', ')', ']', '»'};
  static final int TAG_WINDOW = 150;
  /**
   * Longest whitespace-free run the OpenNLP sentence detector and tokenizer see as it is. Both
   * scan a run once per candidate position (to its whitespace, or to build its prefix and
   * suffix features), which costs the square of its length: a line of dots, a base64 image or
   * a URL with a long query would stall a batch. No word of prose is this long.
   */
  static final int MAX_RUN = 100;
  /**
   * Longest sentence the layers see; longer ones are cut at whitespace. Real news stays far
   * below it (the longest of 55,619 sentences in the development corpora has 3,511 chars).
   */
  public static final int MAX_SENTENCE_CHARS = 4000;
  // Titles before a name: a period after one never ends a sentence.
  private static final Set<String> TITLES =
      Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt",
          "Cmdr", "Adm", "Maj", "Prof", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Cpl",
          "Pvt", "Amb", "Atty", "Sens", "Reps", "Messrs", "St", "Mt", "Ft", "Brig", "Pfc", "Spc",
          "Fr", "Msgr", "Gens");

  private final String text;
  private final List<Paragraph> paragraphs;
  private final List<Sentence> sentences;
  private final List<Token>[] tokens;
  private final String[][] tags;
  private final Map<Object, Object> memo = new HashMap<>();
  private TokenizerME tokenizer;
  private PosScores tagger;

  private TextAnalysis(String text, List<Paragraph> paragraphs, List<Sentence> sentences) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    @SuppressWarnings("unchecked")
    List<Token>[] t = new List[sentences.size()];
    this.tokens = t;
    this.tags = new String[sentences.size()][];
  }

  /** Splits {@code text} into paragraphs and sentences. Linear in the length of the text. */
  public static TextAnalysis of(String text) {
    SentenceDetectorME detector = new SentenceDetectorME(Models.sentences());
    char[] eos = Models.sentences().getEosCharacters();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int[] p : paragraphBounds(text)) {
      int first = sentences.size();
      String body = text.substring(p[0], p[1]);
      Span[] spans = detector.sentPosDetect(withoutEndersInLongRuns(body, eos));
      List<int[]> merged = mergeSplitQuotations(body, spans);
      if (merged.isEmpty()) {
        merged.add(new int[] {0, body.length()});
      }
      for (int[] s : merged) {
        for (int[] piece : pieces(body, s[0], s[1])) {
          sentences.add(
              new Sentence(sentences.size(), p[0] + piece[0], p[0] + piece[1], paragraphs.size()));
        }
      }
      paragraphs.add(new Paragraph(paragraphs.size(), p[0], p[1], first, sentences.size()));
    }
    return new TextAnalysis(
        text, Collections.unmodifiableList(paragraphs), Collections.unmodifiableList(sentences));
  }

  /**
   * A value a layer computes once per text and reads again later in the same call (for example
   * its candidates, read by both its mentions and its totals). {@code key} should be a private
   * constant of that layer.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      memo.put(key, v);
    }
    return (T) v;
  }

  public String text() {
    return text;
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public String text(Sentence s) {
    return text.substring(s.start(), s.end());
  }

  /** The sentence that holds {@code offset}, or the nearest one before it; -1 if none. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The tokens of sentence {@code i}, computed on first request. */
  public List<Token> tokens(int i) {
    List<Token> t = tokens[i];
    if (t == null) {
      if (tokenizer == null) {
        tokenizer = new TokenizerME(Models.tokens());
      }
      Sentence s = sentences.get(i);
      t = Tokenization.tokenize(tokenizer, text, s.start(), s.end());
      tokens[i] = t;
    }
    return t;
  }

  /**
   * Universal POS tags (UD: NOUN, VERB, PROPN, ...) of sentence {@code i}, one per token,
   * computed on first request, greedily ({@link PosScores#tag}, the same tags as OpenNLP's beam
   * search). A run-on "sentence" is tagged in windows of {@value #TAG_WINDOW} tokens, each
   * from a fresh start, as when OpenNLP's tagger did it (it slowed down more than linearly on
   * very long input); the windows stay so that tags stay the same.
   */
  public List<String> tags(int i) {
    String[] t = tags[i];
    if (t == null) {
      List<Token> toks = tokens(i);
      if (tagger == null) {
        tagger = new PosScores();
      }
      t = new String[toks.size()];
      for (int from = 0; from < t.length; from += TAG_WINDOW) {
        int to = Math.min(t.length, from + TAG_WINDOW);
        String[] words = new String[to - from];
        for (int k = from; k < to; k++) {
          words[k - from] = toks.get(k).text();
        }
        System.arraycopy(tagger.tag(words), 0, t, from, words.length);
      }
      tags[i] = t;
    }
    return Collections.unmodifiableList(Arrays.asList(t));
  }

  // ---------------------------------------------------------------------------------------

  /**
   * {@code body[start, end)} as one sentence, or, when it is longer than {@link
   * #MAX_SENTENCE_CHARS} (a run-on text, a list without punctuation), as pieces of at most
   * that length cut at whitespace, so that no layer's work on one "sentence" grows with the
   * input. Only a whitespace-free run longer than the limit makes a longer piece; it is one
   * token anyway.
   */
  static List<int[]> pieces(String body, int start, int end) {
    if (end - start <= MAX_SENTENCE_CHARS) {
      return List.of(new int[] {start, end});
    }
    List<int[]> out = new ArrayList<>();
    int from = start;
    while (end - from > MAX_SENTENCE_CHARS) {
      int cut = from + MAX_SENTENCE_CHARS;
      while (cut > from + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(body.charAt(cut))) {
        cut--;
      }
      if (!Character.isWhitespace(body.charAt(cut))) {
        cut = from + MAX_SENTENCE_CHARS;
        while (cut < end && !Character.isWhitespace(body.charAt(cut))) {
          cut++;
        }
      }
      int next = cut;
      while (next < end && Character.isWhitespace(body.charAt(next))) {
        next++;
      }
      int last = cut;
      while (last > from && Character.isWhitespace(body.charAt(last - 1))) {
        last--;
      }
      out.add(new int[] {from, last});
      from = next;
    }
    if (from < end) {
      out.add(new int[] {from, end});
    }
    return out;
  }

  /**
   * Paragraphs are separated by line breaks; a single line break inside hard-wrapped prose (the
   * line does not end a sentence and the next starts in lower case) does not separate them.
   */
  static List<int[]> paragraphBounds(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    int lastContent = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        if (start >= 0) {
          int next = nextNonSpace(text, i);
          boolean blank = next < n && lineBreaksBetween(text, i, next) > 1;
          boolean wrapped =
              !blank
                  && next < n
                  && Character.isLowerCase(text.charAt(next))
                  && ".!?:\"”".indexOf(text.charAt(lastContent)) < 0;
          if (!wrapped) {
            out.add(new int[] {start, lastContent + 1});
            start = -1;
          }
        }
      } else if (!Character.isWhitespace(c)) {
        if (start < 0) {
          start = i;
        }
        lastContent = i;
      }
      i++;
    }
    if (start >= 0) {
      out.add(new int[] {start, lastContent + 1});
    }
    return out;
  }

  private static int nextNonSpace(String text, int i) {
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lineBreaksBetween(String text, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n' || text.charAt(k) == '\u2029') {
        count++;
      }
    }
    return count;
  }

  /**
   * The sentence model splits inside quotations ({@code said, “Stop! Stop!” meaning}); a
   * "sentence" that starts in lower case or with a closing mark continues the one before.
   */
  static List<int[]> mergeSplitQuotations(String body, Span[] spans) {
    List<int[]> out = new ArrayList<>();
    int scanned = 0;
    int depth = 0; // open curly double quotes
    boolean straightOpen = false;
    for (Span sp : spans) {
      int s = sp.getStart();
      int e = sp.getEnd();
      if (s >= e) {
        continue;
      }
      for (; scanned < s; scanned++) {
        char c = body.charAt(scanned);
        if (c == '“') {
          depth++;
        } else if (c == '”') {
          depth = Math.max(0, depth - 1);
        } else if (c == '"') {
          straightOpen = !straightOpen;
        }
      }
      boolean insideQuote = depth > 0 || straightOpen;
      if (!out.isEmpty()
          && (continuesPrevious(body, s) || endsWithTitleOrInitial(body, out.get(out.size() - 1))
              || endsWithNameInitials(body, out.get(out.size() - 1))
              || endsWithNumberSign(body, out.get(out.size() - 1), s)
              || clockBeforeItsDay(body, out.get(out.size() - 1), s)
              || Datelines.agencyTagAt(body, s) // "PARADISE, Calif. | (AP) — A wildfire ..."
              || insideQuote && quoteCloseContinues(body, s, e))) {
        out.get(out.size() - 1)[1] = e;
      } else {
        out.add(new int[] {s, e});
      }
    }
    return out;
  }

  /** The first closing mark in {@code [s, e)} is followed by lower case or a comma. */
  private static boolean quoteCloseContinues(String body, int s, int e) {
    for (int k = s; k < e; k++) {
      char c = body.charAt(k);
      if (c == '”' || c == '"') {
        int j = k + 1;
        while (j < e && body.charAt(j) == ' ') {
          j++;
        }
        return j < e && (Character.isLowerCase(body.charAt(j)) || body.charAt(j) == ',');
      }
      if (c == '“') {
        return false;
      }
    }
    return false;
  }

  /**
   * The sentence model splits after titles and initials ("Sen. | Bernie Sanders said", "Gene
   * B. | Sperling"); a piece ending in one does not end a sentence.
   */
  static boolean endsWithTitleOrInitial(String body, int[] previous) {
    int end = previous[1];
    if (end - previous[0] < 2 || body.charAt(end - 1) != '.') {
      return false;
    }
    int w = end - 1;
    while (w > previous[0] && Character.isLetter(body.charAt(w - 1))) {
      w--;
    }
    if (w > previous[0] && !Character.isWhitespace(body.charAt(w - 1))
        && body.charAt(w - 1) != '(' && body.charAt(w - 1) != '“' && body.charAt(w - 1) != '"') {
      return false; // "U.S." or "a.m." may well end a sentence
    }
    String word = body.substring(w, end - 1);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return !word.equals("I") && end - previous[0] > 2; // an initial, not "I."
    }
    return TITLES.contains(word);
  }

  /** Two or three dotted capitals closing a piece, after a space or at its start: "J.R.". */
  private static final java.util.regex.Pattern INITIALS_AT_END =
      java.util.regex.Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){2,3}$");
  /** Dotted capitals that abbreviate places and compass points, not a person's names. */
  private static final java.util.Set<String> PLACE_INITIALS = java.util.Set.of("N.E.", "N.W.",
      "S.E.", "S.W.", "D.C.", "L.A.", "U.S.", "U.K.", "E.U.", "U.N.", "N.Y.", "N.J.", "N.C.",
      "S.C.", "N.H.", "N.M.", "N.D.", "S.D.", "W.V.", "R.I.", "U.S.A.", "P.R.");
  /** The capitalised word before them: "Analyst", "George" (whole string). */
  private static final java.util.regex.Pattern CAPITALISED_BEFORE =
      java.util.regex.Pattern.compile("(?s).*(?:^|\\s)\\p{Lu}[\\p{L}.'’-]*\\s$");

  /**
   * "Analyst J.R. | Hollins said", "George H.W. | Bush": dotted initials right after a
   * capitalised word, or opening the piece, begin a name. After "the", a comma or a lower-case
   * word ("in the U.S. | Officials", "Washington, D.C. | The") they may end a sentence.
   */
  static boolean endsWithNameInitials(String body, int[] previous) {
    int end = previous[1];
    int from = Math.max(previous[0], end - 8);
    java.util.regex.Matcher m = INITIALS_AT_END.matcher(body).region(from, end);
    if (!m.find()) {
      return false;
    }
    int initials = Character.isWhitespace(body.charAt(m.start())) ? m.start() + 1 : m.start();
    if (initials == previous[0]) {
      return true; // "J.R. | Hollins said ..."
    }
    if (PLACE_INITIALS.contains(body.substring(initials, end))) {
      return false; // "Jackson Street S.E. | A caller", "in Washington D.C. | The mayor"
    }
    String before = body.substring(Math.max(previous[0], initials - 30), initials);
    return CAPITALISED_BEFORE.matcher(before).matches()
        && !before.endsWith("The ") && !before.endsWith("THE ");
  }

  /** "the No. | 2 Republican": "No." before a digit abbreviates "number". */
  private static boolean endsWithNumberSign(String body, int[] previous, int s) {
    int end = previous[1];
    return end - previous[0] >= 3 && body.startsWith("No.", end - 3)
        && (end - 3 == previous[0] || !Character.isLetter(body.charAt(end - 4)))
        && s < body.length() && Character.isDigit(body.charAt(s));
  }

  /** What follows a clock time in the same sentence: "11 p.m. Saturday", "9 a.m. EST". */
  private static final Set<String> AFTER_CLOCK = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "jan",
      "feb", "aug", "sept", "oct", "nov", "dec", "et", "est", "edt", "ct", "cst", "cdt", "mt",
      "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "eastern", "central",
      "pacific", "mountain");

  /**
   * "shortly after 11 p.m. | Saturday, according to ...": the model ends a sentence at "p.m."
   * before a capital; before a day, month or time zone the clock time goes on.
   */
  private static boolean clockBeforeItsDay(String body, int[] previous, int s) {
    int end = previous[1];
    if (end - previous[0] < 4 || !(body.regionMatches(true, end - 4, "a.m.", 0, 4)
        || body.regionMatches(true, end - 4, "p.m.", 0, 4))) {
      return false;
    }
    int e = s;
    while (e < body.length() && Character.isLetter(body.charAt(e))) {
      e++;
    }
    return AFTER_CLOCK.contains(body.substring(s, e).toLowerCase(Locale.ROOT));
  }

  private static boolean continuesPrevious(String body, int s) {
    char c = body.charAt(s);
    if (Character.isLowerCase(c)) {
      return true;
    }
    for (char closer : CLOSERS) {
      if (c == closer && (s + 1 >= body.length() || Character.isWhitespace(body.charAt(s + 1)))) {
        return true;
      }
    }
    return c == ',' || c == ';';
  }

  /**
   * {@code body} for the sentence detector: inside a whitespace-free run longer than {@link
   * #MAX_RUN}, every end-of-sentence char but the run's last becomes a letter (same length, so
   * offsets stay). Such a run is a URL, an encoded blob or a line of dots, not sentences; its
   * last char may still end one. Returns {@code body} itself when it has no such run.
   */
  static String withoutEndersInLongRuns(String body, char[] eos) {
    char[] masked = null;
    int n = body.length();
    int i = 0;
    while (i < n) {
      if (StringUtil.isWhitespace(body.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < n && !StringUtil.isWhitespace(body.charAt(runEnd))) {
        runEnd++;
      }
      if (runEnd - i > MAX_RUN) {
        for (int k = i; k < runEnd - 1; k++) {
          if (isOneOf(body.charAt(k), eos)) {
            if (masked == null) {
              masked = body.toCharArray();
            }
            masked[k] = 'x';
          }
        }
      }
      i = runEnd;
    }
    return masked == null ? body : new String(masked);
  }

  private static boolean isOneOf(char c, char[] chars) {
    for (char x : chars) {
      if (c == x) {
        return true;
      }
    }
    return false;
  }
}
