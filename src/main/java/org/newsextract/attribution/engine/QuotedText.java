package org.newsextract.attribution.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.newsextract.analysis.Paragraph;
import org.newsextract.analysis.TextAnalysis;

/**
 * Where the quotations of a text are, and how a content span is balanced against its quote
 * marks: the chars inside direct quotations and transcript turns (a cue there is the quoted
 * speaker's), and the rest of a quotation that a content span opens or closes.
 */
final class QuotedText {
  private QuotedText() {}

  /** How far a content span is extended to take in the rest of its quotation. */
  static final int MAX_QUOTE_EXTENSION_CHARS = 6000;
  /** Longest speaker label of a transcript turn ("SEN. ELIZABETH WARREN (D-MASS.):"). */
  private static final int MAX_SPEAKER_LABEL_CHARS = 40;
  private static final int MIN_TRANSCRIPT_TURNS = 2;

  /**
   * Extends a content span to the rest of a quotation it opens or closes: the closing mark of
   * "“We will win," (with its comma) or the opening of a quotation several sentences long.
   * Bounded by the paragraph and {@link #MAX_QUOTE_EXTENSION_CHARS}.
   */
  static int[] balanceQuotes(String text, int cs, int ce, int paraStart, int paraEnd) {
    int opens = 0;
    int closes = 0;
    int straight = 0;
    for (int k = cs; k < ce; k++) {
      char c = text.charAt(k);
      if (c == '“') {
        opens++;
      } else if (c == '”') {
        if (opens > 0) {
          opens--;
        } else {
          closes++;
        }
      } else if (c == '"') {
        straight++;
      } else if (c == '\'' && k + 1 < ce && text.charAt(k + 1) == '\'') {
        straight++;
        k++;
      }
    }
    int limitEnd = Math.min(paraEnd, ce + MAX_QUOTE_EXTENSION_CHARS);
    int limitStart = Math.max(paraStart, cs - MAX_QUOTE_EXTENSION_CHARS);
    if (opens > 0) {
      for (int k = ce; k < limitEnd; k++) {
        if (text.charAt(k) == '”') {
          ce = k + 1;
          break;
        }
        if (text.charAt(k) == '“') {
          break;
        }
      }
    } else if (closes > 0) {
      for (int k = cs - 1; k >= limitStart; k--) {
        if (text.charAt(k) == '“') {
          cs = k;
          break;
        }
        if (text.charAt(k) == '”') {
          break;
        }
      }
    } else if (straight % 2 == 1) {
      boolean opensHere = isStraightAt(text, cs) || ce < text.length() && straightIsOpenAt(text,
          cs, ce);
      if (opensHere) {
        for (int k = ce; k < limitEnd; k++) {
          if (isStraightAt(text, k)) {
            ce = text.charAt(k) == '"' ? k + 1 : Math.min(text.length(), k + 2);
            break;
          }
        }
      } else {
        for (int k = cs - 1; k >= limitStart; k--) {
          if (isStraightAt(text, k)) {
            cs = text.charAt(k) == '"' || k == 0 || text.charAt(k - 1) != '\'' ? k : k - 1;
            break;
          }
        }
      }
    }
    return new int[] {cs, ce};
  }

  private static boolean isStraightAt(String text, int k) {
    char c = text.charAt(k);
    return c == '"' || c == '\'' && (k + 1 < text.length() && text.charAt(k + 1) == '\''
        || k > 0 && text.charAt(k - 1) == '\'');
  }

  /** The odd straight quote in [cs, ce) opens a quotation (a word follows it directly). */
  private static boolean straightIsOpenAt(String text, int cs, int ce) {
    for (int k = ce - 1; k >= cs; k--) {
      if (isStraightAt(text, k)) {
        if (text.charAt(k) == '\'' && k + 1 < text.length() && text.charAt(k + 1) == '\'') {
          k++;
        }
        return k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1))
            && ".,;:!?".indexOf(text.charAt(k + 1)) < 0;
      }
    }
    return false;
  }

  /**
   * The chars inside a direct quotation: between an opening mark and its closing mark in the
   * same paragraph. An unclosed quotation marks nothing.
   */
  static BitSet quotedChars(TextAnalysis analysis) {
    String text = analysis.text();
    BitSet quoted = new BitSet(text.length());
    for (Paragraph p : analysis.paragraphs()) {
      // curly and straight marks are often mixed (“...," she said): any opening mark opens,
      // any closing mark closes, a straight mark toggles
      int open = -1;
      for (int k = p.start(); k < p.end(); k++) {
        char c = text.charAt(k);
        // two apostrophes stand for a straight double quote in some feeds (''Yes,'' he said)
        boolean straight = c == '"' || c == '\'' && k + 1 < p.end() && text.charAt(k + 1) == '\'';
        int width = straight && c == '\'' ? 2 : 1;
        // a straight mark opens where a word follows it and none precedes it
        boolean opening = c == '“' || straight
            && (k == p.start() || Character.isWhitespace(text.charAt(k - 1))
                || "([{—".indexOf(text.charAt(k - 1)) >= 0)
            && k + width < p.end() && !Character.isWhitespace(text.charAt(k + width));
        boolean closing = c == '”' || straight && !opening;
        if (opening && open < 0) {
          open = k;
        } else if ((closing || straight) && open >= 0) {
          quoted.set(open, k + width);
          open = -1;
        }
        // a closing mark with nothing open ends a quotation begun in an earlier paragraph
        k += width - 1;
      }
      // a quotation running on over paragraphs opens a paragraph and does not close in it
      if (open >= 0 && open == p.start()) {
        quoted.set(open, p.end());
      }
    }
    // a transcript has turns; one "EXCLUSIVE: Mayor says ..." headline is not a transcript
    List<int[]> turns = new ArrayList<>();
    for (Paragraph p : analysis.paragraphs()) {
      int turn = transcriptTurn(text, p.start(), p.end());
      if (turn > 0) {
        turns.add(new int[] {turn, p.end()});
      }
    }
    if (turns.size() >= MIN_TRANSCRIPT_TURNS) {
      for (int[] t : turns) {
        quoted.set(t[0], t[1]);
      }
    }
    return quoted;
  }

  /**
   * Where the speech of a transcript turn begins ("TAPPER: And you ...", "Q: Did you ...",
   * "A: Well, I think ..."): after a label in capitals and its colon. The turn is the labelled
   * speaker's own words, as a quotation is. -1 when the paragraph is no such turn.
   */
  static int transcriptTurn(String text, int start, int end) {
    int k = start;
    int letters = 0;
    while (k < end && k - start <= MAX_SPEAKER_LABEL_CHARS) {
      char c = text.charAt(k);
      if (c == ':') {
        return letters > 0 && k + 1 < end ? k + 1 : -1;
      }
      if (Character.isLowerCase(c) || Character.isDigit(c)) {
        return -1;
      }
      letters += Character.isLetter(c) ? 1 : 0;
      k++;
    }
    return -1;
  }
}
