package org.newsextract.pattern;

import java.util.Arrays;

/** A small set of token indices, for simulating a pattern's alternatives side by side. */
final class IntSet {
  private int[] items = new int[8];
  private int size;

  void add(int v) {
    for (int k = 0; k < size; k++) {
      if (items[k] == v) {
        return;
      }
    }
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = v;
  }

  int size() {
    return size;
  }

  int get(int k) {
    return items[k];
  }

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }

  void addAll(IntSet o) {
    for (int k = 0; k < o.size; k++) {
      add(o.items[k]);
    }
  }

  int max() {
    int m = Integer.MIN_VALUE;
    for (int k = 0; k < size; k++) {
      m = Math.max(m, items[k]);
    }
    return m;
  }

  int min() {
    int m = Integer.MAX_VALUE;
    for (int k = 0; k < size; k++) {
      m = Math.min(m, items[k]);
    }
    return m;
  }
}
