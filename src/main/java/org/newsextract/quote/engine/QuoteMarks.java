package org.newsextract.quote.engine;

import java.util.ArrayList;
import java.util.List;
import org.newsextract.analysis.Paragraph;

/**
 * Pairs double quotation marks into quoted stretches, one paragraph at a time, so a stray mark
 * never pairs across an article. Single quotes are never marks here when the text has double
 * ones: they are apostrophes ("shouldn’t", "’90s") or quotes nested inside double quotes; copy
 * with no double mark at all is paired by {@link SingleQuoteMarks}. Linear in the text length.
 */
final class QuoteMarks {
  /** Longest stretch one quote may cover; past it an opening mark is taken as stray. */
  static final int MAX_QUOTE_CHARS = 6000;
  /** Most paragraphs one multi-paragraph quotation may run over. */
  static final int MAX_QUOTE_PARAGRAPHS = 20;
  private static final int MAX_TAG_CHARS = 400;

  /**
   * One quoted stretch.
   *
   * @param open index of the opening mark
   * @param start first char of the quoted words (marks and white space trimmed)
   * @param end end of the quoted words (exclusive)
   * @param close index of the closing mark, or -1 when the stretch runs to its paragraph's end
   *     (a paragraph of a multi-paragraph quotation, or an unclosed mark)
   * @param paragraph index of the paragraph
   * @param first index (in the returned list) of the first paragraph of the quotation it belongs
   *     to: itself unless it continues a multi-paragraph quotation
   */
  record Raw(int open, int start, int end, int close, int paragraph, int first) {
    boolean continuation(int self) {
      return first != self;
    }
  }

  private QuoteMarks() {}

  static boolean isOpener(char c) {
    return c == '“' || c == '„' || c == '«';
  }

  static boolean isCloser(char c) {
    return c == '”' || c == '»';
  }

  static boolean isMark(char c) {
    return c == '"' || isOpener(c) || isCloser(c);
  }

  static List<Raw> find(String text, List<Paragraph> paragraphs) {
    if (SingleQuoteMarks.singlesOnly(text)) {
      return SingleQuoteMarks.find(text, paragraphs); // 'We will fight,' she said
    }
    List<Raw> out = new ArrayList<>();
    int pendingFirst = -1; // a quotation left open at the end of the previous paragraph
    int pendingParagraphs = 0;
    for (Paragraph p : paragraphs) {
      int openAt = -1;
      char openMark = 0;
      boolean carried = false;
      if (pendingFirst >= 0) {
        int k = p.start();
        if (k < p.end() && opensHere(text, k, p.start())
            && pendingParagraphs < MAX_QUOTE_PARAGRAPHS) {
          openAt = k;
          openMark = text.charAt(k);
          carried = true;
        } else {
          pendingFirst = -1;
        }
      }
      int i = carried ? openAt + 1 : p.start();
      while (i < p.end()) {
        char c = text.charAt(i);
        if (c == '<' && i + 1 < p.end() && isTagStart(text.charAt(i + 1))) {
          int gt = -1;
          for (int k = i + 1; k < p.end() && k - i <= MAX_TAG_CHARS; k++) {
            if (text.charAt(k) == '>') {
              gt = k;
              break;
            }
          }
          if (gt > 0) {
            i = gt + 1; // markup such as <tweet id="..."> holds no quotations
            continue;
          }
        }
        if (openAt >= 0 && (c == '’' || c == '\'') && i + 1 < p.end() && text.charAt(i + 1) == c
            && i > openAt + 1 && !Character.isWhitespace(text.charAt(i - 1))) {
          // two apostrophes typed for a closing double mark: “Pops a lot’’ Strong
          add(out, text, openAt, i + 1, i, p.index(), carried ? pendingFirst : -1);
          openAt = -1;
          carried = false;
          pendingFirst = -1;
          i += 2;
          continue;
        }
        if (!isMark(c)) {
          i++;
          continue;
        }
        if (openAt < 0) {
          if (opensHere(text, i, p.start())) {
            openAt = i;
            openMark = c;
            carried = false;
          }
        } else if (closes(text, i, openMark, p.end())) {
          add(out, text, openAt, i, i, p.index(), carried ? pendingFirst : -1);
          openAt = -1;
          carried = false;
          pendingFirst = -1;
        } else if (isOpener(c) || i - openAt > MAX_QUOTE_CHARS) {
          // a second opening mark before any closing one: the first was stray
          openAt = i;
          openMark = c;
          carried = false;
          pendingFirst = -1;
        }
        i++;
      }
      if (openAt >= 0 && p.end() - openAt <= MAX_QUOTE_CHARS) {
        int idx = add(out, text, openAt, -1, p.end(), p.index(), carried ? pendingFirst : -1);
        if (idx < 0) {
          pendingFirst = -1;
        } else if (carried) {
          pendingParagraphs++;
        } else {
          pendingFirst = idx;
          pendingParagraphs = 1;
        }
      } else {
        pendingFirst = -1;
      }
    }
    return out;
  }

  private static boolean isTagStart(char c) {
    return c == '/' || (c >= 'a' && c <= 'z');
  }

  /**
   * Adds the stretch from {@code open} to {@code contentEnd} (the closing mark, or the paragraph
   * end when {@code close} is -1), white space trimmed; returns its index, or -1 when it holds no
   * letter or digit.
   */
  static int add(List<Raw> out, String text, int open, int close, int contentEnd,
      int paragraph, int first) {
    int s = open + 1;
    int e = contentEnd;
    while (s < e && (Character.isWhitespace(text.charAt(s)))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)))) {
      e--;
    }
    if (e <= s || !hasLetterOrDigit(text, s, e)) {
      return -1;
    }
    int idx = out.size();
    out.add(new Raw(open, s, e, close, paragraph, first >= 0 ? first : idx));
    return idx;
  }

  private static boolean hasLetterOrDigit(String text, int s, int e) {
    for (int k = s; k < e; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** A mark at {@code i} can open a quotation. */
  static boolean opensHere(String text, int i, int paragraphStart) {
    char c = text.charAt(i);
    if (!isMark(c)) {
      return false;
    }
    if (isCloser(c)) {
      // ”...” and »...« are used as openers by some outlets; only at a word start
      return c == '»' ? false : atWordStart(text, i, paragraphStart) && nextIsWord(text, i);
    }
    if (isOpener(c)) {
      return nextIsContent(text, i);
    }
    // straight mark: after space, start or an opening bracket or dash, before a non-space;
    // not an inch mark after a digit
    if (!nextIsContent(text, i)) {
      return false;
    }
    if (i == paragraphStart) {
      return true;
    }
    char prev = text.charAt(i - 1);
    return !Character.isLetterOrDigit(prev) || prev == '\u00a0';
  }

  private static boolean atWordStart(String text, int i, int paragraphStart) {
    return i == paragraphStart || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static boolean nextIsWord(String text, int i) {
    return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean nextIsContent(String text, int i) {
    return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
        || i + 2 < text.length() && text.charAt(i + 1) == ' '
            && Character.isLetter(text.charAt(i + 2));
  }

  /** A mark at {@code i} closes a quotation opened with {@code openMark}. */
  private static boolean closes(String text, int i, char openMark, int paragraphEnd) {
    char c = text.charAt(i);
    if (isCloser(c) || c == '"') {
      return true;
    }
    // „...“ (German style) closes with “; so does an opening curly mark used as a closer
    // before a space or punctuation
    if (c == '“') {
      return openMark == '„' || i + 1 >= paragraphEnd
          || !Character.isLetterOrDigit(text.charAt(i + 1)) && text.charAt(i - 1) != ' ';
    }
    return false;
  }
}
