package org.newsextract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the article with its marks as properly nested elements. Marks that cross ("a b [c d]
 * e" inside "[a b c] d e") are split: the one opened later is closed where the other ends and
 * opened again right after, so every element holds one contiguous stretch of text, each
 * fragment carries its own {@code data-start}/{@code data-end}, and the fragments of one mark
 * share its {@code data-fact}. Only a mark's first fragment takes keyboard focus and the
 * {@code id}; its last carries the inline label.
 */
final class Nesting {
  private Nesting() {}

  /** Opening a fragment of {@code mark} at {@code start}; {@code end} is set on closing. */
  private static final class Fragment {
    final Mark mark;
    final int start;
    int end;
    boolean first;
    boolean last;

    Fragment(Mark mark, int start) {
      this.mark = mark;
      this.start = start;
    }
  }

  /** One step of the output: text {@code [from, to)}, or a fragment opening or closing. */
  private record Step(int from, int to, Fragment open, boolean close) {}

  /** Outer marks first: by start, the longer first, then by rank, then in input order. */
  private static final Comparator<Mark> OPEN_ORDER =
      Comparator.comparingInt(Mark::start)
          .thenComparing(Comparator.comparingInt(Mark::end).reversed())
          .thenComparingInt(Mark::rank);

  /**
   * The article as written: its HTML, and the offsets of the chars shown as U+FFFD (NUL, a
   * lone surrogate, or half of a pair that a mark's boundary cuts), ascending.
   */
  record Written(String html, int[] replaced, int elements) {}

  /** {@code text} with {@code marks} (empty and out-of-range marks are skipped). */
  static Written write(String text, List<Mark> marks) {
    StringBuilder out = new StringBuilder(text.length() * 3 + marks.size() * 300);
    List<Mark> sorted = new ArrayList<>();
    for (Mark m : marks) {
      if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
        sorted.add(m);
      }
    }
    sorted.sort(OPEN_ORDER);
    int[] bounds = new int[sorted.size() * 2 + 1];
    int nb = 0;
    for (Mark m : sorted) {
      bounds[nb++] = m.start();
      bounds[nb++] = m.end();
    }
    bounds[nb++] = text.length();
    java.util.Arrays.sort(bounds, 0, nb);

    List<Step> steps = new ArrayList<>();
    List<Fragment> stack = new ArrayList<>();
    java.util.Map<Mark, Fragment> lastOf = new java.util.IdentityHashMap<>();
    int next = 0;
    int prev = 0;
    List<Mark> toOpen = new ArrayList<>();
    for (int bi = 0; bi < nb; bi++) {
      int p = bounds[bi];
      if (bi > 0 && p == bounds[bi - 1]) {
        continue;
      }
      if (p > prev) {
        steps.add(new Step(prev, p, null, false));
        prev = p;
      }
      toOpen.clear();
      int lowest = -1;
      for (int k = 0; k < stack.size(); k++) {
        if (stack.get(k).mark.end() == p) {
          lowest = k;
          break;
        }
      }
      if (lowest >= 0) {
        for (int k = stack.size() - 1; k >= lowest; k--) {
          Fragment f = stack.remove(k);
          f.end = p;
          steps.add(new Step(0, 0, null, true));
          if (f.mark.end() > p) {
            toOpen.add(f.mark); // crossed by a mark that ends here: opened again
          }
        }
      }
      while (next < sorted.size() && sorted.get(next).start() == p) {
        toOpen.add(sorted.get(next++));
      }
      toOpen.sort(Comparator.comparingInt(Mark::end).reversed().thenComparingInt(Mark::rank)
          .thenComparingInt(Mark::start));
      for (Mark m : toOpen) {
        Fragment f = new Fragment(m, p);
        f.first = !lastOf.containsKey(m);
        lastOf.put(m, f);
        stack.add(f);
        steps.add(new Step(0, 0, f, false));
      }
    }
    for (Fragment f : lastOf.values()) {
      f.last = true;
    }
    // what the page shows: a char that one UTF-8 page cannot carry becomes U+FFFD, one char
    // for one, so every offset holds
    char[] shown = text.toCharArray();
    int[] replaced = new int[16];
    int nr = 0;
    int bj = 0;
    for (int i = 0; i < shown.length; i++) {
      char c = shown[i];
      if (Character.isHighSurrogate(c) && i + 1 < shown.length
          && Character.isLowSurrogate(shown[i + 1])) {
        while (bj < nb && bounds[bj] < i + 1) {
          bj++;
        }
        if (bj >= nb || bounds[bj] != i + 1) {
          i++; // a whole pair, not cut by any boundary
          continue;
        }
      }
      if (Character.isSurrogate(c) || c == '\0') {
        shown[i] = Html.REPLACEMENT;
        if (nr == replaced.length) {
          replaced = java.util.Arrays.copyOf(replaced, nr * 2);
        }
        replaced[nr++] = i;
      }
    }
    String page = new String(shown);
    int elements = 0;
    for (Step s : steps) {
      if (s.open != null) {
        open(out, s.open);
        elements++;
      } else if (s.close) {
        out.append("</span>");
      } else {
        Html.escape(out, page, s.from, s.to);
      }
    }
    return new Written(out.toString(), java.util.Arrays.copyOf(replaced, nr), elements);
  }

  private static void open(StringBuilder out, Fragment f) {
    Mark m = f.mark;
    out.append("<span class=\"m ").append(m.layer());
    if (m.extraClass() != null) {
      out.append(' ').append(m.extraClass());
    }
    if (f.first) {
      out.append(" first");
    }
    if (f.last) {
      out.append(" last");
    }
    out.append('"');
    if (f.first) {
      out.append(" id=\"f-").append(m.fact()).append("\" tabindex=\"0\"");
    }
    out.append(" data-fact=\"").append(m.fact()).append('"');
    out.append(" data-start=\"").append(f.start).append("\" data-end=\"").append(f.end).append('"');
    if (!(f.first && f.last)) {
      out.append(" data-fact-start=\"").append(m.start())
          .append("\" data-fact-end=\"").append(m.end()).append('"');
    }
    if (m.group() != null) {
      out.append(" data-attr=\"").append(m.group()).append('"');
    }
    if (m.source() >= 0) {
      out.append(" data-src=\"s").append(m.source()).append('"');
    }
    if (f.last && m.label() != null) {
      out.append(" data-label=\"");
      Html.escape(out, m.label());
      out.append('"');
    }
    out.append(" title=\"");
    attr(out, m.title());
    out.append("\">");
  }

  /** An attribute value with line breaks kept as references. */
  static void attr(StringBuilder out, String s) {
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        Html.escape(out, s, from, i);
        out.append("&#10;");
        from = i + 1;
      }
    }
    Html.escape(out, s, from, s.length());
  }
}
