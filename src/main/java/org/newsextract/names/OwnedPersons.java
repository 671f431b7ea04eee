package org.newsextract.names;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;

/**
 * People a named person has, written through that person: "Haddad's mother", "Mary Lee's
 * lawyer", "Her husband". A sentence opening with one has an unnamed subject, not the owner,
 * and the owned noun alone may tell the person's sex. Stateless.
 */
public final class OwnedPersons {
  private OwnedPersons() {}

  /** A name's or a possessive pronoun's owned person: "Haddad's mother", "Mary Lee's lawyer". */
  private static final Pattern OWNED_PERSON = Pattern.compile("(?:\\p{Lu}[\\p{L}.-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2}" + Words.POSSESSIVE_END + "|His|Her|Their)"
      + "\\s+(\\p{Ll}{2,20})\\b");

  /** A name right after: "Clinton's husband, Bill,", "His friend Sajid Tarar". */
  private static final Pattern NAME_AFTER = Pattern.compile(",?\\s+\\p{Lu}");

  /** People one person has: kin, and who speaks or acts for them. */
  private static final Set<String> OWNED_PEOPLE = Set.of("mother",
      "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "widower",
      "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "grandmother",
      "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "mom", "dad", "lawyer",
      "attorney", "spokesman", "spokeswoman", "spokesperson", "aide", "assistant", "bodyguard",
      "neighbor", "neighbour", "friend", "partner", "stepfather", "stepmother", "stepson",
      "stepdaughter", "granddaughter", "grandson");
  /** Owned people who are women ({@code WOMEN}) or men ({@code MEN}) by the word alone. */
  private static final Set<String> WOMEN = Set.of("mother", "wife", "daughter", "sister",
      "widow", "girlfriend", "fiancee", "fiancée", "grandmother", "aunt", "niece", "mom",
      "spokeswoman", "stepmother", "stepdaughter", "granddaughter");
  private static final Set<String> MEN = Set.of("father", "husband", "son", "brother",
      "widower", "boyfriend", "fiance", "fiancé", "grandfather", "uncle", "nephew", "dad",
      "spokesman", "stepfather", "stepson", "grandson");

  /** The owned person {@code text} opens with at {@code from} (before {@code end}), or null. */
  static TextSpan at(String text, int from, int end) {
    Matcher m = OWNED_PERSON.matcher(text).region(from, Math.min(end, from + 80));
    return m.lookingAt() && OWNED_PEOPLE.contains(m.group(1))
        ? TextSpan.of(text, m.start(), m.end()) : null;
  }

  /** A name follows at {@code from} (before {@code end}): the owned person is named after all. */
  static boolean namedAfter(String text, int from, int end) {
    return NAME_AFTER.matcher(text).region(from, end).lookingAt();
  }

  /** "Her husband" for "she", "Haddad's mother" for "he": an owned person of the other sex. */
  public static boolean ofOtherSex(TextSpan owned, boolean she) {
    String t = owned.text();
    String noun = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return she ? MEN.contains(noun) : WOMEN.contains(noun);
  }
}
