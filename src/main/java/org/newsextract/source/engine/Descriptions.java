package org.newsextract.source.engine;

import static org.newsextract.source.engine.EntityClues.fits;
import static org.newsextract.source.engine.EntityClues.personName;
import static org.newsextract.source.engine.SourceLinker.named;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Paragraph;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.SourceKind;
import org.newsextract.names.NameIndex;
import org.newsextract.names.NameResolver;
import org.newsextract.names.PersonNouns;
import org.newsextract.names.Words;
import org.newsextract.source.engine.SourceLinker.Context;
import org.newsextract.source.engine.SourceLinker.Mention;

/**
 * Who a description or a title stands for: a lead's "A top Trump adviser" named in the next
 * paragraph, "the Florida senator" the sentences before are about, "Mr. Trump" by the title's
 * sex.
 */
final class Descriptions {
  private Descriptions() {}

  /** The roles a {@link #DESCRIBED_FIRST} phrase ends in. */
  private static final List<String> DESCRIBED_ROLES = List.of("adviser", "advisor", "aide",
      "manager", "strategist", "chairman", "chairwoman", "director", "lawyer", "attorney",
      "surrogate", "supporter", "donor", "organizer");
  /** {@link #DESCRIBED_ROLES}, to tell a phrase that ends in none without the pattern. */
  private static final java.util.Set<String> DESCRIBED_ROLE_WORDS = java.util.Set.copyOf(
      DESCRIBED_ROLES);

  /**
   * A lead's description of one person, whom news names right after: "A top Donald Trump
   * adviser", "Donald Trump's campaign manager" (not "officials" or "a source", unnamed on
   * purpose).
   */
  static final Pattern DESCRIBED_FIRST = Pattern.compile("(?i)(?:an?"
      + "|(?:[\\p{L}\\p{M}\\d_.&-]{1,30}\\s+){0,3}?[\\p{L}\\p{M}\\d_.&-]{1,30}"
      + Words.POSSESSIVE_END + ")\\s+(?:[\\p{L}\\p{M}\\d_.&-]{1,30}\\s+){0,3}?"
      + "(?:" + String.join("|", DESCRIBED_ROLES) + ")");
  /** Words that say why a source goes unnamed: then nobody named nearby is that source. */
  static final Pattern ANONYMITY_SAID = Pattern.compile(
      "(?i)anonymity|not (?:be )?(?:named|identified)|not authorized|familiar with");

  /**
   * The person introduced after a description (a {@link #DESCRIBED_FIRST} phrase) is not
   * described otherwise: "Maria Lopez, a voter in Dayton, disagrees" after "A senior campaign
   * adviser says" is someone else; an appositive after the name must hold the description's
   * role word.
   */
  static boolean sameRole(String text, TextSpan description, TextSpan person) {
    int at = person.end();
    if (at + 2 >= text.length() || text.charAt(at) != ',') {
      return true;
    }
    int end = text.indexOf(',', at + 1);
    String appositive = text.substring(at + 1, end < 0 ? Math.min(text.length(), at + 120)
        : Math.min(end, at + 120)).toLowerCase(Locale.ROOT);
    if (NOT_A_DESCRIPTION.matcher(appositive).lookingAt()) {
      return true; // "Corey Lewandowski, in a statement released Thursday, said": no role
    }
    String d = description.text().toLowerCase(Locale.ROOT);
    return appositive.contains(d.substring(d.lastIndexOf(' ') + 1));
  }

  /** A phrase after a name's comma that says how or when, not who: no other role. */
  static final Pattern NOT_A_DESCRIPTION = Pattern.compile(
      "\\s*(?:in|on|at|during|after|before|speaking|writing|asked|when|while|through|via)\\s");

  static String sentenceOf(TextAnalysis analysis, TextSpan src) {
    int si = analysis.sentenceAt(src.start());
    return si < 0 ? "" : analysis.text().substring(analysis.sentences().get(si).start(),
        analysis.sentences().get(si).end());
  }

  /**
   * "Mr. Trump", "Mrs. Clinton", "Gov. Kasich": a title and a surname stand for the one person
   * of the text with that surname and a first name of the title's sex ("Mr. Clinton" is Bill
   * Clinton when Hillary Clinton is named too), else for the surname alone; null when the name
   * is not a title and a surname.
   */
  static TextSpan titledSurname(String text, NameResolver names, TextSpan name) {
    String[] w = Words.splitOnSpaces(name.text());
    if (w.length != 2) {
      return null;
    }
    String title = w[0].toLowerCase(Locale.ROOT);
    if (!NameIndex.HONORIFICS.contains(title)) {
      return null;
    }
    TextSpan surname = TextSpan.of(text, name.end() - w[1].length(), name.end());
    Boolean she = title.startsWith("mrs") || title.startsWith("ms") ? Boolean.TRUE
        : title.startsWith("mr") ? Boolean.FALSE : null;
    TextSpan person = names.onlyFullName(w[1],
        p -> she == null || fits(p, she) != null, p -> personName(text, p));
    return person != null ? person : surname;
  }

  /** "the Florida senator", "the Wisconsin Republican": one definite person, a few words. */
  static final Pattern DESCRIPTION = Pattern.compile(
      "(?i)the\\s+(?:[\\p{L}\\p{M}\\d_.’'-]{1,30}\\s+){0,3}[\\p{L}\\p{M}\\d_’'-]{1,30}");

  /**
   * For a definite description of one person with no name in it: the person the last sentences
   * are about (their subject), when that person has been cited already. News writes "Rubio told
   * a crowd ... The Florida senator said" of the person it is following; anyone else would be
   * named or titled again.
   */
  static TextSpan describedSubject(TextAnalysis analysis, NameResolver names,
      Map<String, TextSpan> persons, TextSpan src, SourceKind kind) {
    String t = src.text();
    // (a match opens with "the" in ASCII case, checked before the pattern runs)
    if (kind == SourceKind.NAMED_ORGANIZATION || kind == SourceKind.ANONYMOUS
        || !t.regionMatches(true, 0, "the", 0, 3) || t.contains(" and ")
        || !DESCRIPTION.matcher(t).matches()
        || t.toLowerCase(Locale.ROOT).endsWith("s") || t.contains("’s ") || t.contains("'s ")
        || personDescribedBefore(analysis, src)) {
      return null; // "the Kentucky Republican and the New York businessman", "the campaign's"
    }
    return PronounAntecedents.cited(persons, names.recentSubject(src.start()));
  }

  /** "the Florida senator", "the businessman": a definite person, group 1 its last word. */
  private static final Pattern DEFINITE_PERSON = Pattern.compile(
      "\\b[Tt]he\\s+(?:[\\p{L}’'-]{1,30}\\s+){0,3}?([a-z]{2,30})\\b");

  /**
   * "In June, the South Carolina senator called on Republicans to drop Trump after the
   * billionaire mogul claimed ...": an earlier description of one person in the same sentence
   * is the one the sentence is about; a second is someone else.
   */
  private static boolean personDescribedBefore(TextAnalysis analysis, TextSpan src) {
    int si = analysis.sentenceAt(src.start());
    if (si < 0) {
      return false;
    }
    Matcher m = DEFINITE_PERSON.matcher(analysis.text())
        .region(analysis.sentences().get(si).start(), src.start());
    while (m.find()) {
      String w = m.group(1);
      if (EntityClues.ROLES.containsKey(w) || PersonNouns.person(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person the paragraph after a lead's description introduces ({@link #DESCRIBED_FIRST}),
   * when the sentence does not say why the source goes unnamed and no appositive gives that
   * person another role; else null.
   */
  private static TextSpan introducedFor(TextAnalysis analysis, NameResolver names, TextSpan src) {
    if (!DESCRIBED_ROLE_WORDS.contains(
        EntityClues.lastRun(src.text()).toLowerCase(Locale.ROOT))
        || !DESCRIBED_FIRST.matcher(src.text()).matches()
        || ANONYMITY_SAID.matcher(sentenceOf(analysis, src)).find()) {
      return null;
    }
    TextSpan introduced = names.introducedAfter(src.start());
    return introduced != null && sameRole(analysis.text(), src, introduced) ? introduced : null;
  }

  /** Most words of a headline (the text's first paragraph when more follow). */
  private static final int HEADLINE_WORDS = 20;

  /**
   * "Senator says she will oppose nominee": a headline's bare title ("Senator", "Governor",
   * "Mayor") is the person the story first names with that title ("Sen. Karen Doyle"); null
   * when the source is no such title in a headline, or nobody is so named.
   */
  private static TextSpan headlineTitle(TextAnalysis analysis, TextSpan src) {
    String role = src.text().toLowerCase(Locale.ROOT);
    List<Paragraph> paragraphs = analysis.paragraphs();
    if (!EntityClues.ROLES.containsKey(role) || !Character.isUpperCase(src.text().charAt(0))
        || paragraphs.size() < 2 || src.end() > paragraphs.get(0).end()) {
      return null;
    }
    Paragraph headline = paragraphs.get(0);
    String words = analysis.text().substring(headline.start(), headline.end()).strip();
    if (EntityClues.SPACES.split(words).length > HEADLINE_WORDS) {
      return null;
    }
    return RoleNames.firstNamedWithRole(analysis.text(), role, headline.end());
  }

  /**
   * The person a headline's title ({@link #headlineTitle}) or a lead's description ({@link
   * #introducedFor}) stands for; null when it is neither or nobody is so named.
   */
  static Mention describedPerson(Context c, TextSpan src, SourceKind kind, int index) {
    TextSpan headlined = headlineTitle(c.analysis(), src);
    if (headlined != null) {
      return named(c.text(), src, c.names().fullestAnywhere(headlined), SourceKind.NAMED_PERSON);
    }
    if (kind != SourceKind.DOCUMENT && kind != SourceKind.UNNAMED_GROUP
        && kind != SourceKind.PRONOUN) {
      // news names the person of a lead's description in the next paragraph: "A top Trump
      // adviser says ... // Ed Brookover spoke to reporters"
      TextSpan introduced = introducedFor(c.analysis(), c.names(), src);
      if (introduced != null) {
        return named(c.text(), src, introduced, SourceKind.NAMED_PERSON);
      }
    }
    return null;
  }
}
