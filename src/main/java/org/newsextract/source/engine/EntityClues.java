package org.newsextract.source.engine;

import static org.newsextract.analysis.RegexChars.isSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Resources;
import org.newsextract.names.FirstNames;
import org.newsextract.names.NameIndex;
import org.newsextract.names.NameResolver;

/**
 * What the text itself says about a source phrase, for {@link SourceLinker}: the person's own
 * name inside a titled mention, the fuller name the document writes elsewhere, the sex a first
 * name suggests, and the role a name was written with, and
 * whether a name is an organisation (its last word, a known name, or the text calling it "it").
 * Stateless lookups over the text, each bounded in how far it looks.
 */
final class EntityClues {
  private EntityClues() {}

  // Before the sets below: their initialisers call normal() and roles(), which use these.
  static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

  static final int MAX_KEY_CHARS = 160;
  static final int ORGANIZATION_REACH = 3000;
  static final Set<String> ORGANIZATION_HEADS = Set.copyOf(
      Resources.lines(SourceLinker.class, "organization-heads.txt"));
  static final Set<String> KNOWN_ORGANIZATIONS = lowerSet("organizations.txt");
  /** Countries and capitals speaking for their governments ("Russia demanded"). */
  static final Set<String> GOVERNMENTS = lowerSet("governments.txt");

  /** "Russia", "the United States", "Moscow": a country or capital, not "the agency". */
  static boolean government(String name) {
    String n = normal(name);
    return GOVERNMENTS.contains(n.startsWith("the ") ? n.substring(4) : n);
  }
  /** Role noun to the forms it is written in before a name ("senator" to "senator", "sen."). */
  static final Map<String, List<String>> ROLES = roles();

  /**
   * The person's own name at the end of a titled mention: "Florida Sen. Marco Rubio" is "Marco
   * Rubio", "Billionaire Donald Trump" is "Donald Trump"; a middle initial or a suffix stays
   * ("Donald J. Trump", "Martin Luther King Jr."). Two or three words, never past a title.
   */
  static TextSpan personName(String text, TextSpan name) {
    String[] w = name.text().split(" ");
    if (w.length <= 2) {
      return name;
    }
    int keep = 2;
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    boolean suffix = SUFFIXES.contains(last);
    boolean initial = INITIAL.matcher(w[w.length - 2]).matches();
    // "Osama bin Laden", "Charles de Gaulle": the particle and the name before it stay
    if (suffix || initial || NameIndex.particle(w[w.length - 2])) {
      keep = 3;
    }
    for (int k = w.length - keep; k < w.length; k++) {
      String x = w[k].toLowerCase(Locale.ROOT);
      if (NameIndex.HONORIFICS.contains(x)
          || x.length() > 2 && x.endsWith(".") && !SUFFIXES.contains(x)) {
        keep = w.length - k - 1;
      }
    }
    if (keep < 1 || keep >= w.length) {
      return name;
    }
    int from = name.text().length();
    for (int k = 0; k < keep; k++) {
      from = name.text().lastIndexOf(' ', from - 1);
    }
    return TextSpan.of(text, name.start() + from + 1, name.end());
  }

  static final Set<String> SUFFIXES = Set.of("jr.", "sr.", "jr", "sr", "ii", "iii", "iv");

  /**
   * The name inside a source phrase: the longest multi-word name in it ("Ohio Democratic Party
   * chairman David Pepper" has "David Pepper"), else its words up to a comma when they look like
   * a name ("Trump, who ..."), else null.
   */
  static TextSpan namePart(String text, NameResolver names, TextSpan src) {
    int comma = src.text().indexOf(',');
    TextSpan head = comma > 0 ? TextSpan.of(text, src.start(), src.start() + comma) : src;
    // the name before an appositive first: in "Trump, the leader in South Carolina," the
    // appositive's places are not the source
    TextSpan best = owner(text, names.longestNameIn(head.start(), head.end()), head.end());
    String h = head.text().strip();
    if (best == null && !NameResolver.looksLikeName(h)) {
      // "the chief executive, Anna Perez,"
      best = owner(text, names.longestNameIn(src.start(), src.end()), src.end());
    }
    if (best != null) {
      // "the Wisconsin Republican": capitals after "the" describe a person, they do not name one
      String before = text.substring(Math.max(0, best.start() - 4), best.start());
      // "A hospital network in Ohio": a place after "in" a description ends with is where the
      // source is, not its name (a source may itself open with the name after "in")
      boolean place = before.equals(" in ") && best.start() > src.start()
          && text.substring(src.start() + 1, best.start()).chars()
              .noneMatch(Character::isUpperCase);
      return before.equalsIgnoreCase("the ") || place ? null : best;
    }
    if (NameResolver.looksLikeName(h) || titledName(h)) {
      int lead = head.text().indexOf(h);
      return TextSpan.of(text, head.start() + lead, head.start() + lead + h.length());
    }
    // "Republican frontrunner Trump", "Oscar-winner Sarandon": the capitals after a description
    Matcher m = NAME_AFTER_DESCRIPTION.matcher(head.text());
    return m.find() ? TextSpan.of(text, head.start() + m.start(1), head.start() + m.end(1)) : null;
  }

  /** "Mr. Trump", "Gov. Kasich": an honorific or title, then one or two capitalised words. */
  private static boolean titledName(String h) {
    int space = h.indexOf(' ');
    return space > 0
        && NameIndex.HONORIFICS.contains(h.substring(0, space).toLowerCase(Locale.ROOT))
        && NameResolver.looksLikeName(h.substring(space + 1).strip())
        && h.substring(space + 1).strip().split(" ").length <= 2;
  }

  /** A name, "and" or "or", and another name: "Clinton and Sanders said". */
  static final Pattern NAMES_JOINED = Pattern.compile(
      "\\p{Lu}[\\p{L}’'.-]{0,30}\\s+(?:and|or)\\s+(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{L}’'.-]{1,30}");

  /**
   * Null for a name that owns what the phrase goes on to name ("Donald Trump" in "Donald
   * Trump's campaign manager"): it is not the source's name. Else the name.
   */
  private static TextSpan owner(String text, TextSpan name, int phraseEnd) {
    if (name == null || name.end() + 3 >= phraseEnd) {
      return name;
    }
    return text.startsWith("'s ", name.end()) || text.startsWith("’s ", name.end()) ? null : name;
  }

  /**
   * A run of capitalised words closing a phrase after a lower-case or hyphenated descriptive
   * word ("frontrunner", "Oscar-winner"), not after an article or "in" ("a network in Ohio").
   */
  static final Pattern NAME_AFTER_DESCRIPTION = Pattern.compile(
      "(?:^|\\s)(?!(?:the|a|an|in|near|outside)\\s)"
          + "(?:\\p{Ll}[\\p{L}-]{0,30}|\\p{Lu}\\p{L}{0,30}-\\p{Ll}[\\p{L}-]{0,30})"
          + "\\s+((?:\\p{Lu}[\\p{L}’'.]{0,30}\\s+){0,2}\\p{Lu}[\\p{L}’']{1,30})\\s*$");

  static boolean hasAllWords(String full, String part) {
    // a name has a few words: a scan of them, not a set built per call
    List<String> words = java.util.Arrays.asList(normal(full).split(" "));
    for (String w : normal(part).split(" ")) {
      if (!words.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** {@code person}, unless the first name says the pronoun is of the other sex. */
  static TextSpan fits(TextSpan person, boolean she) {
    return person == null || hasFirstNameOf(person, !she) ? null : person;
  }

  /** Whether the name's first word is a first name of the pronoun's gender only. */
  static boolean gendered(TextSpan person, boolean she) {
    return person != null && hasFirstNameOf(person, she);
  }

  /** The name's first word is a first name of women ({@code female}) or men only. */
  private static boolean hasFirstNameOf(TextSpan person, boolean female) {
    return FirstNames.only(normal(person.text()).split(" ")[0], female);
  }

  static String lastWord(String s) {
    String n = normal(s);
    return n.substring(n.lastIndexOf(' ') + 1);
  }

  static Map<String, List<String>> roles() {
    Map<String, List<String>> out = new java.util.HashMap<>();
    for (String line : Resources.lines(SourceLinker.class, "person-roles.txt")) {
      String[] w = SPACES.split(line.toLowerCase(Locale.ROOT));
      List<String> forms = new ArrayList<>(List.of(w));
      out.put(w[0], List.copyOf(forms));
    }
    return Map.copyOf(out);
  }

  /** The last "Interior Ministry"-like name ending in {@code head} before {@code before}. */
  static TextSpan lastOrganizationNamed(Occurrences written, String text, String head,
      int before) {
    String cap = Character.toUpperCase(head.charAt(0)) + head.substring(1).toLowerCase(Locale.ROOT);
    int from = Math.max(0, before - ORGANIZATION_REACH);
    if (!written.within(cap, false, from, before)) {
      return null; // every match ends in the head, mostly not written in the reach at all
    }
    // kept for the organisation heads, a fixed list; any other head compiles at each call
    Pattern p = ORGANIZATION_HEADS.contains(head.toLowerCase(Locale.ROOT))
        ? ORGANIZATION_NAMED.computeIfAbsent(cap, EntityClues::organizationNamed)
        : organizationNamed(cap);
    Matcher m = p.matcher(text);
    m.region(from, before);
    TextSpan last = null;
    while (m.find()) {
      last = TextSpan.of(text, m.start(), m.end());
    }
    return last;
  }

  /** Not a day or month: "the Security Council on Friday" names no "Council on Friday". */
  static final String NOT_A_DATE = "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
      + "|Sunday|January|February|March|April|May|June|July|August|September|October"
      + "|November|December)\\b)";

  /** {@link #organizationNamed} of each organisation head asked for, compiled once. */
  private static final Map<String, Pattern> ORGANIZATION_NAMED = new ConcurrentHashMap<>();

  /** Capitalised words ending in {@code cap}: "Interior Ministry" for "Ministry". */
  private static Pattern organizationNamed(String cap) {
    // with the name's tail after "of", "on" or "for" ("Kenya National Commission on Human
    // Rights"), a plural head ("Skyways Airlines"), on one line ("Washington.\n\nMinistry": no)
    return Pattern.compile("(?:\\b[A-Z][\\p{L}\\p{M}\\d_.&'’-]{0,30}\\h+){1,4}"
        + Pattern.quote(cap) + "s?\\b(?:\\h+(?:of|on|for)\\h+(?:the\\h+)?" + NOT_A_DATE
        + "[A-Z][\\p{L}\\p{M}'’-]{0,30}"
        + "(?:\\h+[A-Z][\\p{L}\\p{M}'’-]{0,30}){0,3})?");
  }

  /**
   * The text's own evidence that a name is an organisation: its last word is an organisation
   * word, it is a known organisation, or the text refers to it as "it" or "which".
   */
  static boolean organization(Set<String> referredToAsIt, String name) {
    String lower = normal(name);
    String[] words = lower.split(" ");
    // "Maria Steel", "Tom Church": a first name and a surname that is also a firm's last word
    boolean person = words.length == 2 && FirstNames.any(words[0]);
    // "Mayor Don Guardian", "Kim Jong Un": a first name before a last word that is also a known
    // body's name (The Guardian, the UN)
    boolean firstNameBefore = false;
    for (int i = 0; i + 1 < words.length; i++) {
      firstNameBefore |= FirstNames.any(words[i]);
    }
    // "PG&E", "AT&T", "Johnson & Johnson": an ampersand joins the names of a firm
    return !person && (ORGANIZATION_HEADS.contains(words[words.length - 1])
        || name.indexOf('&') > 0 || headBeforeOf(words))
        || KNOWN_ORGANIZATIONS.contains(lower) || government(lower)
        || !firstNameBefore && KNOWN_ORGANIZATIONS.contains(words[words.length - 1])
        // "Environment Canada", "Air France": a word and a country's name, no person's
        || words.length == 2 && !firstNameBefore && government(words[1])
        // ("Bill Clinton said it was": a person's name is no thing, whatever "it" stands for)
        || !person && referredToAsIt.contains(lower);
  }

  /** "Chamber of Commerce", "Ministry of Defence", "Bank of America": a head before "of". */
  private static boolean headBeforeOf(String[] words) {
    for (int i = 1; i + 1 < words.length; i++) {
      if (words[i].equals("of") && ORGANIZATION_HEADS.contains(words[i - 1])) {
        return true;
      }
    }
    return false;
  }

  /** Bodies named after a person: "Clinton Campaign" does not make "Clinton" a firm. */
  private static final Set<String> NAMED_AFTER_PEOPLE = Set.of("campaign", "campaigns",
      "foundation", "administration", "organization", "family", "camp", "team", "library",
      "center", "institute", "school", "trust", "estate");

  /**
   * "Hartwell Bank" for "Hartwell": the first mention before {@code before} of {@code word}
   * followed by up to three capitalised words that make an organisation's name; else null.
   * Bounded by the word's mentions, each looked at over a few words.
   */
  static TextSpan organizationOpenedBy(String text, Set<String> referredToAsIt, String word,
      int before) {
    for (int at = text.indexOf(word + " "); at >= 0 && at < before;
        at = text.indexOf(word + " ", at + 1)) {
      if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
        continue;
      }
      int end = at + word.length();
      int best = -1;
      for (int n = 0; n < 3; n++) {
        int s = end + 1;
        int e = s;
        while (e < text.length() && e - s < 30 && !Character.isWhitespace(text.charAt(e))
            && text.charAt(e) != ',') {
          e++;
        }
        if (e == s || !Character.isUpperCase(text.charAt(s)) || end >= text.length()
            || text.charAt(end) != ' ') {
          break;
        }
        end = e;
        int cut = text.charAt(end - 1) == '.' ? end - 1 : end; // "Acme Inc." ends a sentence
        String org = text.substring(at, cut);
        if (organization(referredToAsIt, org)
            && !NAMED_AFTER_PEOPLE.contains(lastWord(org))) {
          best = cut;
        }
      }
      if (best > 0) {
        return TextSpan.of(text, at, best);
      }
    }
    return null;
  }

  /**
   * A capitalised name, then words that treat it as a thing: "Hamas said it", "Hamas, which"
   * (not "said it's": a contraction, whatever "it" is).
   * Like every pattern here, each repetition is bounded (30 chars a word): an unbounded one
   * backtracked through a whitespace-free run at each of its capitals, quadratic in its length.
   */
  static final Pattern REFERRED_TO_AS_IT = Pattern.compile(
      "\\b([A-Z][\\p{L}\\p{M}\\d_.&'’-]{0,30}(?:\\s+[A-Z][\\p{L}\\p{M}\\d_.&'’-]{0,30}){0,4})"
          + "(?:,\\s+which\\b|\\s+(?:said|says|added|claimed|announced)\\s+(?:that\\s+)?"
          + "it\\b(?!['’])"
          + "|\\s+(?:and|has|had|is|was)\\s+its\\b)");

  /**
   * Non-white-space runs a match of {@link #REFERRED_TO_AS_IT} spans before its last word: at
   * most 5 name words, then "said" and "that" (a comma sticks to the last name word).
   */
  private static final int WORDS_BEFORE_IT = 7;

  /**
   * The names the text refers to as "it" or "which", normalised. The same matches as one scan
   * of the whole text with {@link #REFERRED_TO_AS_IT}, which cost 1.5% of a cold run; only the
   * few words before each " it", " its" and " which" are scanned.
   *
   * <p>Why the same: a match ends in such a word (its anchor) and lies between {@link
   * #wordsBack} of the anchor and the anchor's end, both growing with the anchor. The regions
   * are scanned in order, each from the end of the last match, with transparent bounds (so
   * that {@code \b} sees past them). A match found is then the leftmost after the last one: one
   * starting before it would have been found first (in this or an earlier region), or overlaps
   * it and so ends at the same anchor (names are capitalised words, what follows them is not).
   */
  static Set<String> referredToAsIt(String text) {
    Set<String> out = new java.util.HashSet<>();
    Matcher m = REFERRED_TO_AS_IT.matcher(text).useTransparentBounds(true);
    int done = 0; // the end of the last match: the whole scan goes on from there
    int it = anchor(text, "it", 1);
    int which = anchor(text, "which", 1);
    while (it >= 0 || which >= 0) {
      int at;
      int end;
      if (which < 0 || it >= 0 && it < which) {
        at = it;
        end = Math.min(text.length(), it + 3); // "it", "its"
        it = anchor(text, "it", it + 1);
      } else {
        at = which;
        end = which + 5;
        which = anchor(text, "which", which + 1);
      }
      m.region(Math.max(done, wordsBack(text, at, WORDS_BEFORE_IT)), end);
      while (m.find()) {
        out.add(normal(m.group(1)));
        done = m.end();
      }
    }
    return out;
  }

  /** The first {@code word} at or after {@code from} right after white space, or -1. */
  private static int anchor(String text, String word, int from) {
    for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
      if (isSpace(text.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  /** Where the {@code n}-th run of non-white-space chars before {@code at} starts, or 0. */
  private static int wordsBack(String text, int at, int n) {
    int i = at;
    for (int k = 0; k < n && i > 0; k++) {
      while (i > 0 && isSpace(text.charAt(i - 1))) {
        i--;
      }
      while (i > 0 && !isSpace(text.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }

  /** Lower case, one space, no leading "the", no possessive: the key of a name. */
  static String normal(String s) {
    // a key, not a text: a long phrase (a source can run to its sentence's end) keys by its
    // start, so that keying stays cheap however long the phrase
    String head = s.length() > MAX_KEY_CHARS ? s.substring(0, MAX_KEY_CHARS) : s;
    String n = oneSpace(head.toLowerCase(Locale.ROOT).replace('’', '\'').strip());
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    if (n.endsWith("'s")) {
      n = n.substring(0, n.length() - 2);
    }
    return n;
  }

  /**
   * The chars after the last white space ({@code \\s}) of a phrase, all of it when it has none:
   * the word a pattern that ends in "\\s+(word|...)" must match, checked before that pattern
   * runs over every source phrase.
   */
  static String lastRun(String s) {
    int i = s.length();
    while (i > 0 && !isSpace(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(i);
  }

  /** {@code SPACES.matcher(s).replaceAll(" ")} without the regex, for keys made per phrase. */
  private static String oneSpace(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' ? i + 1 == s.length()
        || !isSpace(s.charAt(i + 1)) : !isSpace(s.charAt(i)))) {
      i++; // mostly every white space is one space already
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
    while (i < s.length()) {
      if (isSpace(s.charAt(i))) {
        b.append(' ');
        while (i < s.length() && isSpace(s.charAt(i))) {
          i++;
        }
      } else {
        b.append(s.charAt(i++));
      }
    }
    return b.toString();
  }

  static Set<String> lowerSet(String resource) {
    List<String> out = new ArrayList<>();
    for (String l : Resources.lines(SourceLinker.class, resource)) {
      out.add(normal(l));
    }
    return Set.copyOf(out);
  }
}
