package org.newsextract.quote.engine;

import java.util.ArrayList;
import java.util.List;
import org.newsextract.analysis.Paragraph;

/**
 * Quotations in single marks, for copy written in the British style ('We will fight,' she said)
 * that holds no double mark at all. There a single mark is a quotation mark where it stands at
 * a word's edge, and an apostrophe inside a word ("don't") or after a plural's "s" before the
 * next word ("the Taxpayers' Alliance"). A stretch closes in its own paragraph or runs on only
 * where the next paragraph opens with a mark (a quotation over paragraphs); any other opening
 * mark left alone is taken for an apostrophe ("'90s"). Linear in the text length.
 */
final class SingleQuoteMarks {
  private SingleQuoteMarks() {}

  /**
   * The text has no double quotation mark, so single marks may be its quotation marks; two
   * single marks typed for a double one (''Doomed to Succeed,'' in old wire and archive copy)
   * count as double.
   */
  static boolean singlesOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (QuoteMarks.isMark(c) || c == '„'
          || (c == '\'' || c == '‘' || c == '’') && i + 1 < text.length()
              && text.charAt(i + 1) == c) {
        return false;
      }
    }
    return true;
  }

  static List<QuoteMarks.Raw> find(String text, List<Paragraph> paragraphs) {
    List<QuoteMarks.Raw> out = new ArrayList<>();
    int first = -1; // the first paragraph's stretch of a quotation running over paragraphs
    int carried = 0;
    for (int pi = 0; pi < paragraphs.size(); pi++) {
      Paragraph p = paragraphs.get(pi);
      int openAt = -1;
      for (int i = p.start(); i < p.end(); i++) {
        char c = text.charAt(i);
        if (c != '\'' && c != '‘' && c != '’') {
          continue;
        }
        if (openAt >= 0 && c != '‘' && closes(text, i, p.end())) {
          add(out, text, openAt, i, i, p.index(), first);
          openAt = -1;
          first = -1;
        } else if (c != '’' && opens(text, i, p.start(), p.end())) {
          openAt = i; // a second opening mark: the first was an apostrophe
          first = i == p.start() ? first : -1;
        }
      }
      // left open, the quotation goes on only where the next paragraph opens with a mark, as
      // a quotation over paragraphs does; else the mark was an apostrophe ("'90s")
      Paragraph next = pi + 1 < paragraphs.size() ? paragraphs.get(pi + 1) : null;
      if (openAt >= 0 && next != null && carried < QuoteMarks.MAX_QUOTE_PARAGRAPHS
          && opens(text, next.start(), next.start(), next.end())) {
        int idx = add(out, text, openAt, -1, p.end(), p.index(), first);
        first = first >= 0 ? first : idx;
        carried = idx >= 0 ? carried + 1 : 0;
      } else {
        first = -1;
        carried = 0;
      }
    }
    return out;
  }

  /** Adds the words between the marks (or to the paragraph's end); returns the index or -1. */
  private static int add(List<QuoteMarks.Raw> out, String text, int open, int close,
      int contentEnd, int paragraph, int first) {
    // two letters at least ("rock 'n' roll" holds no quotation); trimmed as double marks are
    return wordsBetween(text, open + 1, contentEnd)
        ? QuoteMarks.add(out, text, open, close, contentEnd, paragraph, first) : -1;
  }

  /** At a word start ("'We", "('We") and before a letter: not "'90s", not "rock 'n' roll". */
  private static boolean opens(String text, int i, int start, int end) {
    boolean wordStart = i == start || Character.isWhitespace(text.charAt(i - 1))
        || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
    return wordStart && i + 2 < end && Character.isLetter(text.charAt(i + 1))
        && text.charAt(i + 2) != '\'' && text.charAt(i + 2) != '’';
  }

  /**
   * After a word or its punctuation and before a space, punctuation or the paragraph's end; not
   * a plural's apostrophe ("the workers' union"), which is an "s" before a space and a word.
   */
  private static boolean closes(String text, int i, int end) {
    char prev = text.charAt(i - 1);
    if (Character.isWhitespace(prev)) {
      return false;
    }
    if (i + 1 >= end) {
      return true;
    }
    char next = text.charAt(i + 1);
    if (Character.isLetterOrDigit(next)) {
      return false; // "don't", "it's"
    }
    boolean plural = (prev == 's' || prev == 'S') && Character.isWhitespace(next)
        && i + 2 < end && Character.isLetterOrDigit(text.charAt(i + 2));
    return !plural;
  }

  private static boolean wordsBetween(String text, int s, int e) {
    int letters = 0;
    for (int k = s; k < e; k++) {
      if (Character.isLetter(text.charAt(k)) && ++letters >= 2) {
        return true;
      }
    }
    return false;
  }
}
