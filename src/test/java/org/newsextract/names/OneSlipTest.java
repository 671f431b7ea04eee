package org.newsextract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link NameIndex#oneSlip}: a misspelt surname is one edit or one swap away. */
class OneSlipTest {
  @Test
  void oneSwapChangeAdditionOrDropIsOneSlip() {
    assertTrue(NameIndex.oneSlip("deitrich", "dietrich")); // swapped
    assertTrue(NameIndex.oneSlip("dietrick", "dietrich")); // changed
    assertTrue(NameIndex.oneSlip("dietrich", "dietriech")); // added
    assertTrue(NameIndex.oneSlip("dietrich", "ditrich")); // dropped
    assertFalse(NameIndex.oneSlip("dietrich", "dietrich")); // the same
    assertFalse(NameIndex.oneSlip("deitrick", "dietrich")); // two slips
    assertFalse(NameIndex.oneSlip("dietrich", "dietrichs2"));
  }

  /** Optimal string alignment distance, the textbook table: the reference. */
  private static int osa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Property(tries = 3000)
  void agreesWithTheDistanceTable(
      @ForAll @StringLength(min = 1, max = 7) @CharRange(from = 'a', to = 'd') String a,
      @ForAll @StringLength(min = 1, max = 7) @CharRange(from = 'a', to = 'd') String b) {
    assertEquals(osa(a, b) == 1, NameIndex.oneSlip(a, b), a + " / " + b);
  }

  @Property(tries = 3000)
  void oneEditOfAWordIsOneSlipFromIt(
      @ForAll @StringLength(min = 2, max = 9) @CharRange(from = 'a', to = 'e') String a,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int op,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 8) int at,
      @ForAll @CharRange(from = 'a', to = 'e') char c) {
    int i = at % a.length();
    String b = switch (op) {
      case 0 -> a.substring(0, i) + c + a.substring(i + 1); // change
      case 1 -> a.substring(0, i) + c + a.substring(i); // add
      case 2 -> a.substring(0, i) + a.substring(i + 1); // drop
      default -> i + 1 < a.length()
          ? a.substring(0, i) + a.charAt(i + 1) + a.charAt(i) + a.substring(i + 2) : a;
    };
    assertEquals(osa(a, b) == 1, NameIndex.oneSlip(a, b), a + " / " + b);
    assertEquals(!a.equals(b), NameIndex.oneSlip(a, b), a + " / " + b);
  }
}
