package org.newsextract.casualty.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.casualty.CountPrecision;

/**
 * Who the victims are and whether a number counts people: the regex fragments that name
 * victims and the verb group between them and their cue, and the checks that throw out ages,
 * dates, model numbers and counts of things ("a dozen shots"). Shared by every casualty rule;
 * all patterns match the lower-cased text (see {@link CasualtyExtractor}).
 */
final class Victims {
  private Victims() {}

  private static final Set<String> NOT_VICTIMS =
      Lexicon.words("/org/newsextract/casualty/engine/not-victims.txt");

  /** Words that end a victim noun phrase ("two men who ...", "three in ..."). */
  static final String STOP = Lexicon.byFirstLetter(
      "(?:and|or|but|who|whom|whose|that|which|said|says|say|told|in|on|at|after|before|during"
          + "|when|while|with|by|from|for|to|as|than|if|of|were|was|are|is|be|been|being|have|has"
          + "|had|the|a|an|also|all|were|not|no|it|its|he|she|they|we|i|you|this|there|where"
          + "|then|allegedly|reportedly|later|earlier|yesterday|today|tonight|last|early|late"
          + "|since|until|because|although|though|including|among|inside|outside|near)");
  static final String WORD = "[\\w'’.-]{1,25}";
  /** Up to four words naming the victims ("people", "police officers", "of the victims"). */
  static final String VICTIMS =
      "(?<vic>(?:\\s+of(?:\\s+(?:the|them|those|these|whom))?)?(?:\\s+(?!" + STOP + "(?![\\w'’-]))"
          + WORD + "(?:\\s+(?:(?:in|inside|at|aboard|near|from|on|of|the|a|an)\\s+){0,2}(?!" + STOP
          + "(?![\\w'’-]))" + WORD + "){0,4}?(?:\\s+(?:and|or|&)\\s+(?!(?:a|an|the|his|her|their"
          + "|its|one|two|three|four|five|six|seven|eight|nine|ten)(?![\\w'’-])|\\d)(?!" + STOP
          + "(?![\\w'’-]))" + WORD + ")?)?)";
  /** An aside between subject and verb: ", including two teenagers," or "(two of them)". */
  static final String ASIDE =
      "(?:\\s*,[^,;.]{1,80}?,|\\s*\\([^()]{1,60}\\)|\\s*[—–]\\s*[^—–;]{1,80}?[—–]|\\s+--[^;]{1,80}?--)?";
  /**
   * A relative clause with a verb of its own between the victims and the passive cue: "three
   * passengers who tried to run were shot dead" (not "who were shot", which the auxiliaries
   * read). Only with a passive auxiliary after it (checked by the rule).
   */
  static final String RELATIVE_ASIDE = "(?<rel>\\s+who\\s+(?!(?:were|was|are|is|had"
      + "|have|has|been|be|being|got|get|gets|all|also|later|reportedly|allegedly)(?![\\w'’-]))"
      + "[^,;.]{1,60}?)?";
  private static final String AUX_WORDS = Lexicon.byFirstLetter(
      "(?:were|was|are|is|have|has|had|been|being|got|get|gets|remain|remained|remains"
          + "|reportedly|also|all|both|later|each|now|allegedly|critically|seriously|severely"
          + "|accidentally|inadvertently|mistakenly|unintentionally|possibly|just"
          + "|slightly|badly|gravely|believed|thought|feared|confirmed|reported|said|to|be|lay"
          + "|lie|lies|still|initially|subsequently|eventually|apparently|then|either|who|that"
          + "|themselves|later|listed|being|transported|rushed|airlifted|as)");
  static final String AUX = "(?<aux>(?:\\s+" + AUX_WORDS + "){0,4})";
  static final String YEAR_OLD =
      "(?:\\d{1,3}|" + org.newsextract.number.NumberWords.WORD + ")-year-old";
  /** Capitalised words after a verb that are not the name of a victim. */
  static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "police", "officers", "the", "a", "an", "in", "on", "at", "by",
      "and", "during", "after", "before", "when", "while", "with", "near", "outside", "inside",
      "early", "late", "last", "this", "that", "today", "tonight", "yesterday", "overnight",
      "about", "around", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "people", "several", "one", "for", "over", "from", "into", "as", "or", "but", "to", "him",
      "her", "them", "his", "their", "it", "its", "himself", "herself", "themselves", "up",
      "down", "off", "out", "i", "we", "you", "they", "he", "she", "there", "here", "because",
      "than", "then", "mr", "mrs", "ms", "dr", "so", "if", "all", "both", "no", "not", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "happened",
      "occurred", "suspect", "victim", "incident", "investigation");
  /** "the man who killed": a relative clause without a passive is active voice. */
  static final Pattern RELATIVE = Pattern.compile("\\bwho\\b");
  static final Pattern PASSIVE_AUX =
      Pattern.compile("\\b(?:were|was|are|is|been|being|got|get|gets|be)\\b");
  static final Pattern SINGULAR_AUX =
      Pattern.compile("\\b(?:was|is|has)\\b");
  static final CountPhrase.Value ONE =
      new CountPhrase.Value(1, 1, CountPrecision.EXACT, false);
  static final Pattern OBJECT_NEXT = Pattern.compile(
      "\\s+(?:(?:a|an|the|his|her|him|them|their|its|my|our|your|himself|herself|themselves"
          + "|each\\s+other|another|police|people|someone|everyone|civilians|one|two|three|four"
          + "|five|six|seven|eight|nine|ten|\\d{1,4}|at\\s+least|more\\s+than|dozens|both|several"
          + "|hundreds)(?![\\w'’-]))");
  static final Pattern PASSIVE_BEFORE = Pattern.compile(
      "\\b(?:was|were|been|being|is|are|be|get|got)\\s+(?:\\w+\\s+){0,1}$");
  private static final Pattern NEGATION_BEFORE = Pattern.compile(
      "(?:\\bno\\s+one|\\bno-one|\\bnobody|\\bnone|\\bneither|\\bno(?:\\s+[\\w-]{1,20}){1,2}"
          + "|\\bnothing)(?:\\s+else)?(?:\\s+of\\s+(?:the|them|those)(?:\\s+[\\w-]{1,20}){0,2})?"
          + "\\s*$");
  static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
          + "|april|june|july|august|september|october|november|december|no|number|route"
          + "|highway|interstate|channel|page|aged|age|ages|suite|unit|room|block|grade"
          + "|class|category|level|ward|district|precinct|sector)\\.?|\\bi-|\\bus|\\bsr)\\s*$");
  static final Set<String> ARTICLES = Set.of("a", "an");

  /** The word names a thing, not people ("car", "shots", "years"). */
  static boolean namesThing(String word) {
    return NOT_VICTIMS.contains(word);
  }

  /** The victim words are not a count of something else ("a dozen shots", "27 years"). */
  static boolean victimsOk(String vic) {
    if (vic == null || vic.isBlank()) {
      return true;
    }
    String[] words = SPACES.split(vic.trim().toLowerCase(Locale.ROOT));
    if (words[0].equals("of")) {
      return true;
    }
    for (String w : words) {
      if (w.equals("of")) {
        break; // "the two occupants of the car": what follows "of" is where they were
      }
      int end = w.length();
      while (end > 0 && (w.charAt(end - 1) == ',' || w.charAt(end - 1) == '.')) {
        end--;
      }
      if (NOT_VICTIMS.contains(w.substring(0, end).replace('’', '\''))) {
        return false;
      }
    }
    return true;
  }

  /** {@code before} ends in a negated subject: "no one", "none of the", "nobody else". */
  static boolean negationBefore(CharSequence before) {
    // every match holds "no" or "neither": a plain search rules most out
    String b = before.toString();
    return (b.contains("no") || b.contains("neither")) && NEGATION_BEFORE.matcher(b).find();
  }

  /** A number right after a month name, "No." or "Route" is not a count. */
  static boolean badBefore(CharSequence s, int start) {
    return MONTH_BEFORE.matcher(s.subSequence(Math.max(0, start - 14), start)).find();
  }

  private static final Pattern AFTER_NAME = Pattern.compile("[\\w.)’']\\s*,\\s*$");

  /** "Nick Smith, 15, died": a number between commas right after a name is an age. */
  static boolean isAge(CharSequence s, Matcher m) {
    int start = m.start("num");
    if (start < 0 || m.group("mod") != null || m.group("hi2") != null) {
      return false;
    }
    int end = m.end("num");
    boolean commaAfter = end < s.length() && s.charAt(end) == ',';
    return commaAfter
        && AFTER_NAME.matcher(s.subSequence(Math.max(0, start - 6), start)).find();
  }

  /** A bare verb followed by its object is active voice: "two gunmen killed a guard". */
  static boolean looksActive(CharSequence s, int end) {
    Matcher o = OBJECT_NEXT.matcher(s);
    o.region(end, s.length());
    return o.lookingAt();
  }

  static boolean looksLikeYear(Matcher m) {
    String n = m.group("num");
    // "the 2015 death": an article is no modifier of a count
    String mod = m.group("mod");
    return n != null && YEAR_NUMBER.matcher(n).matches()
        && (mod == null || mod.equals("the"));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern YEAR_NUMBER = Pattern.compile("(?:1[89]|20)\\d\\d");

  private static final Pattern LEADING_OF =
      Pattern.compile("^of\\s+(?:(?:the|them|those|these|whom)(?:\\s+|$))?",
          Pattern.CASE_INSENSITIVE);

  static Optional<TextSpan> vicSpan(String text, int from, Matcher m) {
    return span(text, from, m, "vic");
  }

  /** {@code end} before trailing commas, full stops and semicolons: the sentence's, not ours. */
  static int beforeStop(String text, int start, int end) {
    while (end > start + 1 && ",.;".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  static Optional<TextSpan> span(String text, int from, Matcher m, String group) {
    int a = m.start(group);
    int b = m.end(group);
    if (a < 0 || b <= a) {
      return Optional.empty();
    }
    String g = m.group(group);
    int lead = g.length() - g.stripLeading().length();
    a += lead;
    String rest = text.substring(from + a, from + b);
    Matcher of = LEADING_OF.matcher(rest);
    if (of.find()) {
      a += of.end();
    }
    while (b > a && ",.;".indexOf(text.charAt(from + b - 1)) >= 0) {
      b--;
    }
    return b > a ? Optional.of(TextSpan.of(text, from + a, from + b)) : Optional.empty();
  }
}
