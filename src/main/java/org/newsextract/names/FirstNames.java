package org.newsextract.names;

import java.util.Locale;
import java.util.Set;
import org.newsextract.analysis.Resources;

/**
 * Common English first names of women and of men (lists in {@code female-first-names.txt} and
 * {@code male-first-names.txt}): a name that starts with one is a person's ("Mayor Don
 * Guardian" is no newspaper), and a pronoun of the other sex is not that person.
 */
public final class FirstNames {
  private FirstNames() {}

  private static final Set<String> FEMALE =
      Resources.lowerCaseSet(FirstNames.class, "female-first-names.txt");
  private static final Set<String> MALE =
      Resources.lowerCaseSet(FirstNames.class, "male-first-names.txt");

  /** A first name of women or of men. */
  public static boolean any(String lowerWord) {
    return FEMALE.contains(lowerWord) || MALE.contains(lowerWord);
  }

  /** A first name of women ({@code female}) or of men only, never of the other sex. */
  public static boolean only(String lowerWord, boolean female) {
    return female ? FEMALE.contains(lowerWord) && !MALE.contains(lowerWord)
        : MALE.contains(lowerWord) && !FEMALE.contains(lowerWord);
  }

  /**
   * The name ("Linda Greer", "Nurse Linda Greer") has a first name of the other sex than the
   * pronoun's ("he") in its first three words, so the pronoun cannot stand for it; false for
   * any other pronoun or when no first word is a first name.
   */
  public static boolean otherSex(String name, String pronoun) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (!p.equals("he") && !p.equals("she")) {
      return false;
    }
    String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+", 4);
    for (int i = 0; i < words.length && i < 3; i++) {
      if (any(words[i])) {
        return only(words[i], !p.equals("she")); // the first first name decides
      }
    }
    return false;
  }

  /** The name's first name is of the pronoun's sex only ("she" and "Linda Greer"). */
  public static boolean sameSex(String name, String pronoun) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    return (p.equals("he") || p.equals("she")) && otherSex(name, p.equals("he") ? "she" : "he");
  }
}
