package org.newsextract.source.engine;

import static org.newsextract.source.engine.EntityClues.ORGANIZATION_REACH;
import static org.newsextract.source.engine.EntityClues.ROLES;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;

/**
 * People written with a role right before their names ("Florida Sen. Marco Rubio", "actress
 * Maria Ortiz"), whom "the senator" or a headline's "Senator" stands for.
 */
final class RoleNames {
  private RoleNames() {}

  /**
   * "the senator": the last person written with that role right before the name ("Florida Sen.
   * Marco Rubio", "actress Maria Ortiz"), within {@value EntityClues#ORGANIZATION_REACH} chars.
   */
  static TextSpan lastNamedWithRole(Occurrences written, String text, String role, int before) {
    int from = Math.max(0, before - ORGANIZATION_REACH);
    String key = role.toLowerCase(Locale.ROOT);
    // The same matches as one find() loop over the reach, which tried the regex at each char:
    // a match starts where a form is written, and the next is looked for from the last's end.
    // Past the reach's start the bounds are transparent, so that \b sees the char before.
    Matcher m = null;
    TextSpan last = null;
    int done = from;
    for (int p : formsWritten(written, key, from, before)) {
      if (p < done) {
        continue;
      }
      if (m == null) {
        m = NAMED_WITH_ROLE.computeIfAbsent(key, RoleNames::namedWithRole).matcher(text);
      }
      m.region(p, before).useTransparentBounds(p > from);
      if (m.lookingAt()) {
        if (m.end(1) - m.start(1) > 0 && m.group(1).contains(" ")) {
          last = TextSpan.of(text, m.start(1), m.end(1));
        }
        done = m.end();
      }
    }
    return last;
  }

  /** Where the forms of {@code role} are written wholly inside text[from, to), ascending. */
  private static int[] formsWritten(Occurrences written, String role, int from, int to) {
    int[] at = new int[16];
    int n = 0;
    for (String form : ROLES.get(role)) {
      int[] all = written.of(form, true);
      for (int i = Occurrences.firstAtOrAfter(all, from);
          i < all.length && all[i] + form.length() <= to; i++) {
        if (n == at.length) {
          at = Arrays.copyOf(at, n * 2);
        }
        at[n++] = all[i];
      }
    }
    // sorted and distinct, as a stream's sorted().distinct() gave, without a stream per source
    Arrays.sort(at, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || at[i] != at[d - 1]) {
        at[d++] = at[i];
      }
    }
    return Arrays.copyOf(at, d);
  }

  /**
   * The first person named with {@code role} (a key of {@link EntityClues#ROLES}) from {@code
   * after} on, within {@link EntityClues#ORGANIZATION_REACH} chars: "Sen. Karen Doyle" for
   * "senator"; null if none.
   */
  static TextSpan firstNamedWithRole(String text, String role, int after) {
    Matcher m = namedWithRoleIn(text, role, after,
        Math.min(text.length(), after + ORGANIZATION_REACH));
    while (m != null && m.find()) {
      if (m.group(1).contains(" ")) {
        return TextSpan.of(text, m.start(1), m.end(1));
      }
    }
    return null;
  }

  /**
   * A matcher of {@link #namedWithRole} over {@code text[from, to)}; null when no form of the
   * role is written there (mostly none is: the regex would try every word of the reach).
   */
  private static Matcher namedWithRoleIn(String text, String role, int from, int to) {
    String key = role.toLowerCase(Locale.ROOT);
    int first = -1;
    for (String form : ROLES.get(key)) {
      int k = form.isEmpty() ? from : Occurrences.firstWritten(text, form, from, to, true);
      first = k >= 0 && (first < 0 || k < first) ? k : first;
    }
    // no match starts before the first form; past the reach's start the bounds are made
    // transparent, so that the regex's \b there sees the char before, as it did
    return first < 0 ? null : NAMED_WITH_ROLE.computeIfAbsent(key, RoleNames::namedWithRole)
        .matcher(text).region(first, to).useTransparentBounds(first > from);
  }

  /** {@link #namedWithRole} of each role asked for, compiled once (one per role at most). */
  private static final Map<String, Pattern> NAMED_WITH_ROLE = new ConcurrentHashMap<>();

  /**
   * One of the forms of {@code role} (a key of {@link EntityClues#ROLES}), then a name of 2-3
   * words.
   */
  private static Pattern namedWithRole(String role) {
    StringBuilder forms = new StringBuilder();
    for (String f : ROLES.get(role)) {
      forms.append(forms.length() == 0 ? "" : "|").append(Pattern.quote(f));
    }
    // on one line, a period only after an initial: "Rep. Marcus Webb.\n\nThe" is Marcus Webb
    return Pattern.compile("(?i:\\b(?:" + forms
        + "))\\s+((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}\\d_’'-]{0,30})\\h+){0,2}"
        + "\\p{Lu}[\\p{L}\\p{M}\\d_’'-]{1,30})");
  }
}
