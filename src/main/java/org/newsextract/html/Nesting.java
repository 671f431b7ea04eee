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
   * At most this many highlights overlap at any char. News nests a few deep (content, quote,
   * casualty, date; two attributions of one sentence); a run of "said said said" nests one
   * content in the next hundreds deep, and crossing ones would be split at every level.
   */
  static final int MAX_DEPTH = 12;

  /**
   * The article as written: its HTML, the offsets of the chars shown as U+FFFD (NUL, a lone
   * surrogate, or half of a pair that a mark's boundary cuts), ascending, and the marks left out
   * because {@link #MAX_DEPTH} others already overlap somewhere in their span.
   */
  record Written(String html, int[] replaced, int elements, List<Mark> undrawn,
      java.util.Set<String> drawn) {}

  /**
   * The order in which marks claim depth: short, informative ones first (dates, casualties,
   * cues, sources, recipients, quotes), attribution contents last; shorter before longer.
   */
  private static final Comparator<Mark> KEEP_ORDER =
      Comparator.comparingInt((Mark m) -> m.layer().equals("content") ? 1 : 0)
          .thenComparingInt(m -> m.end() - m.start())
          .thenComparingInt(Mark::start);

  /** {@code text} with {@code marks} (empty and out-of-range marks are skipped). */
  static Written write(String text, List<Mark> marks) {
    StringBuilder out = new StringBuilder(text.length() * 3 + marks.size() * 300);
    List<Mark> valid = new ArrayList<>();
    for (Mark m : marks) {
      if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
        valid.add(m);
      }
    }
    List<Mark> undrawn = new ArrayList<>();
    List<Mark> sorted = limitDepth(valid, undrawn);
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
    java.util.Set<String> drawn = new java.util.HashSet<>();
    for (Mark m : sorted) {
      drawn.add(m.fact());
    }
    return new Written(out.toString(), java.util.Arrays.copyOf(replaced, nr), elements, undrawn,
        drawn);
  }

  /**
   * The marks to draw, so that no char is under more than {@link #MAX_DEPTH}: each mark in
   * {@link #KEEP_ORDER} is kept when every char of its span is under fewer; the others go to
   * {@code undrawn}. A segment tree over the marks' boundaries (range add, range max) keeps this
   * O(n log n).
   */
  static List<Mark> limitDepth(List<Mark> marks, List<Mark> undrawn) {
    int[] xs = new int[marks.size() * 2];
    int n = 0;
    for (Mark m : marks) {
      xs[n++] = m.start();
      xs[n++] = m.end();
    }
    java.util.Arrays.sort(xs, 0, n);
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (k == 0 || xs[k - 1] != xs[i]) {
        xs[k++] = xs[i];
      }
    }
    int cells = Math.max(1, k - 1); // cell i is [xs[i], xs[i + 1])
    int size = 1;
    while (size < cells) {
      size <<= 1;
    }
    int[] max = new int[2 * size];
    int[] add = new int[2 * size];
    List<Mark> order = new ArrayList<>(marks);
    order.sort(KEEP_ORDER);
    java.util.Set<Mark> kept =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Mark m : order) {
      int lo = java.util.Arrays.binarySearch(xs, 0, k, m.start());
      int hi = java.util.Arrays.binarySearch(xs, 0, k, m.end()) - 1;
      if (query(max, add, 1, 0, size - 1, lo, hi) < MAX_DEPTH) {
        update(max, add, 1, 0, size - 1, lo, hi);
        kept.add(m);
      } else {
        undrawn.add(m);
      }
    }
    List<Mark> out = new ArrayList<>(kept.size());
    for (Mark m : marks) {
      if (kept.contains(m)) {
        out.add(m);
      }
    }
    out.sort(OPEN_ORDER);
    undrawn.sort(OPEN_ORDER);
    return out;
  }

  private static int query(int[] max, int[] add, int node, int l, int r, int lo, int hi) {
    if (hi < l || r < lo) {
      return 0;
    }
    if (lo <= l && r <= hi) {
      return max[node];
    }
    int mid = (l + r) >>> 1;
    return add[node] + Math.max(query(max, add, 2 * node, l, mid, lo, hi),
        query(max, add, 2 * node + 1, mid + 1, r, lo, hi));
  }

  private static void update(int[] max, int[] add, int node, int l, int r, int lo, int hi) {
    if (hi < l || r < lo) {
      return;
    }
    if (lo <= l && r <= hi) {
      max[node]++;
      add[node]++;
      return;
    }
    int mid = (l + r) >>> 1;
    update(max, add, 2 * node, l, mid, lo, hi);
    update(max, add, 2 * node + 1, mid + 1, r, lo, hi);
    max[node] = add[node] + Math.max(max[2 * node], max[2 * node + 1]);
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
    if (f.first) {
      attr(out, m.title());
    } else {
      // a continuation: the first line only, so a mark split at every level stays small
      int nl = m.title().indexOf('\n');
      attr(out, (nl < 0 ? m.title() : m.title().substring(0, nl)) + " (continued)");
    }
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
