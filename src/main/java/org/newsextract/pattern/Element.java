package org.newsextract.pattern;

import java.util.Set;

/** One element of a compiled pattern. */
sealed interface Element {
  /** Char position of the element in its template, for error messages. */
  int position();

  boolean optional();

  /**
   * A slot: a named stretch found by a {@link SlotFinder}; with {@code within} set, the stretch
   * must hold a word of that class ({@code {source:@poll}}).
   */
  record Slot(String name, boolean optional, int position, WordClass within)
      implements Element {}

  /** A token-level element: one word, a word class or a punctuation mark. */
  sealed interface TokenElement extends Element {
    /**
     * Adds every end of a match starting at token {@code i}; {@code scratch} holds what the
     * sentence's earlier matches found out (see {@link TokenPattern.Scratch#entryEnds}).
     */
    void ends(TokenSource ts, int i, IntSet out, TokenPattern.Scratch scratch);

    /** Adds every start of a match ending at token {@code end}. */
    void starts(TokenSource ts, int end, IntSet out, TokenPattern.Scratch scratch);

    /** Words one of which must be the token for this element to match; empty if none. */
    Set<String> anchorWords();

    /** True for punctuation, which never counts as part of the cue. */
    boolean punctuation();
  }

  /** One token whose lower-case text is one of {@code words} (a literal or alternatives). */
  record Word(Set<String> words, boolean optional, int position, boolean punctuation)
      implements TokenElement {
    @Override
    public void ends(TokenSource ts, int i, IntSet out, TokenPattern.Scratch scratch) {
      if (i < ts.size() && words.contains(ts.lower(i))) {
        out.add(i + 1);
      }
    }

    @Override
    public void starts(TokenSource ts, int end, IntSet out,
        TokenPattern.Scratch scratch) {
      if (end > 0 && end <= ts.size() && words.contains(ts.lower(end - 1))) {
        out.add(end - 1);
      }
    }

    @Override
    public Set<String> anchorWords() {
      return words;
    }
  }

  /** The start of the sentence, matching no token: {@code ^}. */
  record SentenceStart(boolean optional, int position) implements TokenElement {
    @Override
    public void ends(TokenSource ts, int i, IntSet out, TokenPattern.Scratch scratch) {
      if (i == 0) {
        out.add(0);
      }
    }

    @Override
    public void starts(TokenSource ts, int end, IntSet out,
        TokenPattern.Scratch scratch) {
      if (end == 0) {
        out.add(0);
      }
    }

    @Override
    public Set<String> anchorWords() {
      return Set.of();
    }

    @Override
    public boolean punctuation() {
      return true;
    }
  }

  /** One token whose UD POS tag is one of {@code tags}. */
  record Pos(Set<String> tags, boolean optional, int position) implements TokenElement {
    @Override
    public void ends(TokenSource ts, int i, IntSet out, TokenPattern.Scratch scratch) {
      if (i < ts.size() && tags.contains(ts.tag(i))) {
        out.add(i + 1);
      }
    }

    @Override
    public void starts(TokenSource ts, int end, IntSet out,
        TokenPattern.Scratch scratch) {
      if (end > 0 && end <= ts.size() && tags.contains(ts.tag(end - 1))) {
        out.add(end - 1);
      }
    }

    @Override
    public Set<String> anchorWords() {
      return Set.of();
    }

    @Override
    public boolean punctuation() {
      return false;
    }
  }

  /** A reference to a {@link WordClass}: {@code @say}. */
  record ClassRef(WordClass wordClass, boolean optional, int position) implements TokenElement {
    @Override
    public void ends(TokenSource ts, int i, IntSet out, TokenPattern.Scratch scratch) {
      wordClass.ends(ts, i, out, scratch.entryEnds(wordClass, ts.size()));
    }

    @Override
    public void starts(TokenSource ts, int end, IntSet out,
        TokenPattern.Scratch scratch) {
      wordClass.starts(ts, end, out, scratch.entryEnds(wordClass, ts.size()));
    }

    @Override
    public Set<String> anchorWords() {
      return wordClass.anchorWords();
    }

    @Override
    public boolean punctuation() {
      return wordClass.kind() == WordClass.Kind.SEPARATORS;
    }
  }
}
