package org.newsextract.source.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsextract.TextSpan;
import org.newsextract.names.Words;

/**
 * {@link RoleNames#lastNamedWithRole} tries its pattern only where a form of the role is
 * written, and {@link RoleHolders#introducedUnnamed} tokenizes only the words before each place
 * its noun is written: both must answer what the scans of the whole reach they replace answer.
 */
class RoleLookBackTest {
  private static final int REACH = EntityClues.ORGANIZATION_REACH;

  /** The find() loop over the reach from the first form written on. */
  private static TextSpan lastNamedWithRoleByScan(String text, String role, int before) {
    int from = Math.max(0, before - REACH);
    int first = -1;
    for (String form : EntityClues.ROLES.get(role)) {
      for (int k = from; k + form.length() <= before; k++) {
        if (text.regionMatches(true, k, form, 0, form.length())) {
          first = first < 0 || k < first ? k : first;
          break;
        }
      }
    }
    if (first < 0) {
      return null;
    }
    Matcher m = PATTERNS.computeIfAbsent(role, RoleLookBackTest::namedWithRole).matcher(text)
        .region(first, before).useTransparentBounds(first > from);
    TextSpan last = null;
    while (m.find()) {
      if (m.group(1).contains(" ")) {
        last = TextSpan.of(text, m.start(1), m.end(1));
      }
    }
    return last;
  }

  private static final java.util.Map<String, Pattern> PATTERNS = new java.util.HashMap<>();

  private static Pattern namedWithRole(String role) {
    StringBuilder forms = new StringBuilder();
    for (String f : EntityClues.ROLES.get(role)) {
      forms.append(forms.length() == 0 ? "" : "|").append(Pattern.quote(f));
    }
    return Pattern.compile("(?i:\\b(?:" + forms
        + "))\\s+((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}\\d_’'-]{0,30})\\h+){0,2}"
        + "\\p{Lu}[\\p{L}\\p{M}\\d_’'-]{1,30})");
  }

  /** The words of the whole reach, each compared. */
  private static boolean introducedUnnamedByScan(String text, String noun, int before) {
    List<Words.W> words = Words.of(text, Math.max(0, before - 3000), before);
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).lower().equals(noun)) {
        continue;
      }
      for (int j = i - 1; j >= 0 && j >= i - 4 && words.get(j).isWord(); j--) {
        if (Set.of("a", "an", "one", "another").contains(words.get(j).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String[] WORDS = {"Sen.", "sen.", "SEN.", "Senator", "senator", "Gov.",
      "governor", "reporter", "Reporter", "anchor", "journalist", "Mary", "Ann", "Lee", "J.",
      "O'Neil", "Ríos", "woman", "Woman", "WOMAN", "women", "superwoman", "a", "an", "A", "one",
      "another", "the", "The", "local", "elderly", "said", ",", ".", "\"", "(", "-", "’s", "'",
      "x.y", "chosen.", "Mr.", "\u212Aing", "İstanbul"};
  private static final String[] GAPS = {" ", " ", " ", "  ", "\t", "\n", "\u00a0", "", ", "};

  @Test
  void answersWhatTheScansOfTheWholeReachAnswer() {
    Random random = new Random(20261206);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(n % 10 == 0 ? 900 : 60);
      for (int k = 0; k < length; k++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
      }
      String text = sb.toString();
      Occurrences written = new Occurrences(text);
      List<Integer> ends = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        ends.add(text.isEmpty() ? 0 : random.nextInt(text.length() + 1));
      }
      for (int before : ends) {
        for (String role : List.of("senator", "governor", "anchor", "reporter")) {
          assertEquals(lastNamedWithRoleByScan(text, role, before),
              RoleNames.lastNamedWithRole(written, text, role, before), text + " @" + before);
        }
        for (String noun : List.of("woman", "reporter", "king")) {
          assertEquals(introducedUnnamedByScan(text, noun, before),
              RoleHolders.introducedUnnamed(written, text, noun.toLowerCase(Locale.ROOT), before),
              noun + " in " + text + " @" + before);
        }
      }
    }
  }

  @Test
  void answersTheSameWhenTheReachStartsInsideAWord() {
    String filler = " and then".repeat(REACH / 9 + 2);
    for (String head : List.of("QSen. Mary Lee said", "xsenator Mary Ann Lee", "Q Sen. Mary Lee",
        "xan woman", "Xa woman", "one-woman", "xanother woman")) {
      for (int cut = 0; cut <= 2; cut++) {
        String text = head + filler;
        for (int from = 0; from <= head.length(); from++) {
          int before = Math.min(text.length(), from + REACH);
          Occurrences written = new Occurrences(text);
          assertEquals(lastNamedWithRoleByScan(text, "senator", before),
              RoleNames.lastNamedWithRole(written, text, "senator", before), head + " @" + from);
          assertEquals(introducedUnnamedByScan(text, "woman", before),
              RoleHolders.introducedUnnamed(written, text, "woman", before), head + " @" + from);
        }
      }
    }
  }
}
