package org.newsextract.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Builds a text by running a small program over the seed articles: the fuzzer's bytes choose
 * the operations (append, repeat up to 5,000 times, insert, interleave, transform all, double,
 * wrap in marks, junk runs, chop the end) and their pieces (an article, a paragraph, a sentence,
 * a run of words, a token, raw fuzzer text, a slice of the text so far, a junk run), and
 * transform the pieces (upper or lower case, whitespace removed, spaces to newlines, one line,
 * straight and curly quotes swapped, punctuation or quote marks removed, each word its own
 * paragraph). A few bytes thus make texts of hundreds of KB, news-like or pathological.
 *
 * <p>Every byte string is a valid program: a choice reads from the end of the input and falls
 * back to its minimum when the input is used up. The text never exceeds {@link #MAX_CHARS}.
 */
final class NewsProgram {
  /** Cap on a built text; reached by repeats and doubling. */
  static final int MAX_CHARS = 300_000;
  static final int MAX_OPS = 40;

  // Operations; NewsProgramSeeds writes programs with these codes.
  static final int OP_APPEND = 0;
  static final int OP_REPEAT = 1;
  static final int OP_INSERT = 2;
  static final int OP_INTERLEAVE = 3;
  static final int OP_TRANSFORM_ALL = 4;
  static final int OP_DOUBLE = 5;
  static final int OP_WRAP = 6;
  static final int OP_JUNK = 7;
  static final int OP_CHOP = 8;
  static final int OPS = 9;

  // Pieces.
  static final int PIECE_ARTICLE = 0;
  static final int PIECE_PARAGRAPH = 1;
  static final int PIECE_SENTENCE = 2;
  static final int PIECE_WORDS = 3;
  static final int PIECE_TOKEN = 4;
  static final int PIECE_RAW = 5;
  static final int PIECE_SLICE = 6;
  static final int PIECE_JUNK = 7;
  static final int PIECES = 8;

  // Transforms.
  static final int T_NONE = 0;
  static final int T_UPPER = 1;
  static final int T_LOWER = 2;
  static final int T_NO_WHITESPACE = 3;
  static final int T_SPACES_TO_NEWLINES = 4;
  static final int T_ONE_LINE = 5;
  static final int T_CURLY_QUOTES = 6;
  static final int T_STRAIGHT_QUOTES = 7;
  static final int T_NO_PUNCTUATION = 8;
  static final int T_NO_QUOTE_MARKS = 9;
  static final int T_WORD_PARAGRAPHS = 10;
  static final int TRANSFORMS = 11;

  // Junk runs.
  static final int J_MARK_RUN = 0;
  static final int J_BASE64 = 1;
  static final int J_URL = 2;
  static final int J_DIGITS = 3;
  static final int J_GROUPED_NUMBER = 4;
  static final int J_ODD_CHARS = 5;
  static final int J_DATE_SALAD = 6;
  static final int J_CUE_SALAD = 7;
  static final int JUNKS = 8;

  static final String[] SEPARATORS = {
    "", " ", "\n", "\n\n", ". ", ", ", " - ", "\t", "\r\n", "\u00a0", " said ", "\u201d\n\n\u201c",
    "\n\n\"", "; ", " (", ") "
  };
  /** Single marks for runs and for wrapping: quote marks, brackets, punctuation. */
  static final String[] MARKS = {
    "\"", "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", "\u201e", "\u2039",
    "\u203a", "``", "''", ".", "...", "\u2026", "!", "?", "-", "--", "\u2014", "\u2013", ",", ";",
    ":", "(", ")", "[", "]", "*", "=", "_", "/", "#", "@", " ", "\n"
  };
  /** Open and close pairs for wrapping. */
  static final String[][] PAIRS = {
    {"\u201c", "\u201d"}, {"\"", "\""}, {"\u2018", "\u2019"}, {"'", "'"}, {"\u00ab ", " \u00bb"},
    {"(", ")"}, {"[", "]"}, {"\u201c", ""}, {"", "\u201d"}, {"\u201e", "\u201c"}
  };
  /** Cue, casualty, number and date words and phrases, and odd marks. */
  static final String[] TOKENS = {
    "said", "says", "told Reuters", "officials said", "police said", "according to police,",
    "according to", "a spokesman said", "said in a statement", "who asked not to be named",
    "on condition of anonymity", "told reporters", "added", "warned", "denied", "he said.",
    "she said,", "they said", "killed 27 people, including five attackers",
    "Thirty-nine hostages were killed", "at least a dozen were wounded", "the death toll rose to",
    "1,000,000", "1.2 million", "two", "Twenty-three", "hundreds", "dozens of", "no one was hurt",
    "Friday", "on Monday", "Sept. 11, 2012", "four days later", "last week", "in March",
    "2:17 a.m.", "Jan. 20", "next year", "1998", "9/11", "\u201c", "\u201d", "\"", "\u2019",
    "\u00ab", "\u00bb", "(Reuters) -", "UPDATE 2-", "URGENT", "\n\n", "Mr.", "Dr.", "Sen."
  };
  private static final String[] ODD = {
    "\u0000", "\ud800", "\udc00", "\ufeff", "\u200b", "\u00a0", "\u2028", "\u2029", "\r", "\u0007",
    "\ud83d\ude00", "\u0301", "\u202e"
  };
  private static final String[] DATE_WORDS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Sept.", "11,", "2012", "1999", "last", "next", "week", "day",
    "days", "later", "earlier", "ago", "this", "year", "on", "of", "the", "morning", "night",
    "noon", "2:17", "a.m.", "p.m.", "GMT", "quarter", "first", "half", "since", "until", "by"
  };
  private static final String[] CUE_WORDS = {
    "said", "told", "says", "according", "to", "police", "officials", "he", "she", "they",
    "spokesman", "minister", "killed", "wounded", "dead", "including", "people", "hostages",
    "attackers", "at", "least", "27", "five", "Thirty-nine", "were", "was", "that", "\u201c",
    "\u201d", "\"", ",", ".", "Reuters", "in", "a", "statement", "who", "asked", "not", "named"
  };
  private static final String BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SPACE = Pattern.compile(" ");
  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");
  private static final Pattern QUOTE_MARKS =
      Pattern.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a]");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"\u201d\u2019']?)\\s+(?=[\"\u201c\u2018'(]?[A-Z0-9])");

  /** The choices a program reads: the fuzzer's bytes, or a seeded random in tests. */
  interface Choices {
    /** A value in {@code [min, max]}; {@code min} once the input is used up. */
    int pick(int min, int max);

    /** Raw text of at most {@code maxChars} chars. */
    String text(int maxChars);

    boolean exhausted();
  }

  private final List<String> articles;
  private final String[] paragraphs;
  private final String[] sentences;
  private final String[] words;

  NewsProgram(List<String> articles) {
    this.articles = List.copyOf(articles);
    List<String> ps = new ArrayList<>();
    List<String> ss = new ArrayList<>();
    List<String> ws = new ArrayList<>();
    for (String a : articles) {
      for (String p : PARAGRAPH_BREAK.split(a)) {
        if (!p.isBlank()) {
          ps.add(p.strip());
          for (String s : SENTENCE_END.split(p.strip())) {
            ss.add(s);
          }
        }
      }
      for (String w : WHITESPACE.split(a)) {
        if (!w.isEmpty()) {
          ws.add(w);
        }
      }
    }
    this.paragraphs = ps.toArray(String[]::new);
    this.sentences = ss.toArray(String[]::new);
    this.words = ws.toArray(String[]::new);
  }

  int articles() {
    return articles.size();
  }

  /** Runs the program {@code c}: it starts from one whole article, then up to MAX_OPS steps. */
  String build(Choices c) {
    Text t = new Text();
    t.append(articles.get(c.pick(0, articles.size() - 1)));
    for (int op = 0; op < MAX_OPS && !c.exhausted() && !t.full(); op++) {
      switch (c.pick(0, OPS - 1)) {
        case OP_APPEND -> {
          String sep = pick(c, SEPARATORS);
          t.append(sep);
          t.append(transform(c, piece(c, t)));
        }
        case OP_REPEAT -> {
          String p = transform(c, piece(c, t));
          String sep = pick(c, SEPARATORS);
          t.repeat(p, sep, c.pick(1, 5000));
        }
        case OP_INSERT -> {
          int at = c.pick(0, t.length());
          t.insert(at, transform(c, piece(c, t)));
        }
        case OP_INTERLEAVE -> t.append(interleave(piece(c, t), piece(c, t)));
        case OP_TRANSFORM_ALL -> t.replaceAll(transform(c, t.toString()));
        case OP_DOUBLE -> {
          String sep = pick(c, SEPARATORS);
          int times = c.pick(1, 6);
          for (int i = 0; i < times && !t.full(); i++) {
            String all = t.toString();
            t.append(sep);
            t.append(all);
          }
        }
        case OP_WRAP -> {
          String[] pair = PAIRS[c.pick(0, PAIRS.length - 1)];
          int depth = c.pick(1, 2000);
          String inner = transform(c, piece(c, t));
          t.repeat(pair[0], "", depth);
          t.append(inner);
          t.repeat(pair[1], "", depth);
        }
        case OP_JUNK -> t.append(junk(c, t.room()));
        default -> t.chop(c.pick(0, 1000));
      }
    }
    return t.toString();
  }

  private String piece(Choices c, Text soFar) {
    switch (c.pick(0, PIECES - 1)) {
      case PIECE_ARTICLE:
        return articles.get(c.pick(0, articles.size() - 1));
      case PIECE_PARAGRAPH:
        return pick(c, paragraphs);
      case PIECE_SENTENCE:
        return pick(c, sentences);
      case PIECE_WORDS: {
        int from = c.pick(0, words.length - 1);
        int n = c.pick(1, 400);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
          b.append(i == 0 ? "" : " ").append(words[(from + i) % words.length]);
        }
        return b.toString();
      }
      case PIECE_TOKEN:
        return pick(c, TOKENS);
      case PIECE_RAW:
        return c.text(c.pick(0, 64));
      case PIECE_SLICE: {
        int from = c.pick(0, soFar.length());
        int to = Math.min(soFar.length(), from + c.pick(0, 20_000));
        return soFar.substring(from, to);
      }
      default:
        return junk(c, 20_000);
    }
  }

  static String transform(Choices c, String s) {
    switch (c.pick(0, TRANSFORMS - 1)) {
      case T_UPPER:
        return s.toUpperCase(Locale.ROOT);
      case T_LOWER:
        return s.toLowerCase(Locale.ROOT);
      case T_NO_WHITESPACE:
        return WHITESPACE.matcher(s).replaceAll("");
      case T_SPACES_TO_NEWLINES:
        return SPACE.matcher(s).replaceAll("\n");
      case T_ONE_LINE:
        return WHITESPACE.matcher(s).replaceAll(" ");
      case T_CURLY_QUOTES:
        return curly(s);
      case T_STRAIGHT_QUOTES:
        return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'')
            .replace('\u2019', '\'');
      case T_NO_PUNCTUATION:
        return PUNCTUATION.matcher(s).replaceAll("");
      case T_NO_QUOTE_MARKS:
        return QUOTE_MARKS.matcher(s).replaceAll("");
      case T_WORD_PARAGRAPHS:
        return SPACE.matcher(s).replaceAll("\n\n");
      default:
        return s;
    }
  }

  /** Straight double quotes to alternating curly ones, apostrophes to right single quotes. */
  private static String curly(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean open = true;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        b.append(open ? '\u201c' : '\u201d');
        open = !open;
      } else {
        b.append(ch == '\'' ? '\u2019' : ch);
      }
    }
    return b.toString();
  }

  private static String interleave(String a, String b) {
    String[] x = WHITESPACE.split(a);
    String[] y = WHITESPACE.split(b);
    StringBuilder out = new StringBuilder(a.length() + b.length() + 2);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      if (i < x.length) {
        out.append(x[i]).append(' ');
      }
      if (i < y.length) {
        out.append(y[i]).append(' ');
      }
    }
    return out.toString();
  }

  private static String junk(Choices c, int room) {
    int kind = c.pick(0, JUNKS - 1);
    int n = Math.min(room, c.pick(1, 200_000));
    SplittableRandom r = new SplittableRandom(c.pick(0, 1 << 30));
    StringBuilder b = new StringBuilder(Math.min(n, 1 << 16));
    switch (kind) {
      case J_MARK_RUN -> {
        String mark = pick(c, MARKS);
        while (b.length() < n) {
          b.append(mark);
        }
      }
      case J_BASE64 -> {
        while (b.length() < n) {
          b.append(BASE64.charAt(r.nextInt(BASE64.length())));
        }
        b.append("==");
      }
      case J_URL -> {
        b.append("https://www.example.com/news/2012/09/11/");
        while (b.length() < n / 2) {
          b.append("story-").append(r.nextInt(1000)).append('/');
        }
        b.append("index.html?");
        while (b.length() < n) {
          b.append("q=").append(r.nextInt(100)).append("&ref=%20said.&");
        }
      }
      case J_DIGITS -> {
        while (b.length() < n) {
          b.append((char) ('0' + r.nextInt(10)));
        }
      }
      case J_GROUPED_NUMBER -> {
        b.append(1 + r.nextInt(999));
        String group = r.nextBoolean() ? ",000" : ".000";
        while (b.length() < n) {
          b.append(group);
        }
        b.append(r.nextBoolean() ? " people were killed" : " hostages");
      }
      case J_ODD_CHARS -> {
        while (b.length() < n) {
          b.append(ODD[r.nextInt(ODD.length)]);
        }
      }
      case J_DATE_SALAD -> {
        while (b.length() < n) {
          b.append(DATE_WORDS[r.nextInt(DATE_WORDS.length)]).append(' ');
        }
      }
      default -> {
        while (b.length() < n) {
          b.append(CUE_WORDS[r.nextInt(CUE_WORDS.length)]).append(' ');
        }
      }
    }
    return b.length() > room ? b.substring(0, room) : b.toString();
  }

  private static String pick(Choices c, String[] values) {
    return values[c.pick(0, values.length - 1)];
  }

  /** The text being built; never grows past MAX_CHARS. */
  private static final class Text {
    private final StringBuilder b = new StringBuilder();

    int length() {
      return b.length();
    }

    int room() {
      return MAX_CHARS - b.length();
    }

    boolean full() {
      return b.length() >= MAX_CHARS;
    }

    void append(String s) {
      b.append(s, 0, Math.min(s.length(), room()));
    }

    void insert(int at, String s) {
      b.insert(at, s, 0, Math.min(s.length(), room()));
    }

    void repeat(String piece, String sep, int times) {
      for (int i = 0; i < times && !full(); i++) {
        append(piece);
        append(sep);
      }
    }

    void replaceAll(String s) {
      b.setLength(0);
      append(s);
    }

    void chop(int n) {
      b.setLength(Math.max(0, b.length() - n));
    }

    String substring(int from, int to) {
      return b.substring(from, to);
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }
}
