package org.newsextract.names;

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
}
