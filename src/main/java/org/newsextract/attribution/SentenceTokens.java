package org.newsextract.attribution;

import java.util.List;
import java.util.Locale;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.analysis.Token;
import org.newsextract.pattern.TokenSource;

/** One sentence's tokens for the pattern matcher; POS tags are computed on first request. */
final class SentenceTokens implements TokenSource {
  private final TextAnalysis analysis;
  private final int sentence;
  private final List<Token> tokens;
  private final String[] lower;
  private List<String> tags;

  SentenceTokens(TextAnalysis analysis, int sentence) {
    this.analysis = analysis;
    this.sentence = sentence;
    this.tokens = analysis.tokens(sentence);
    this.lower = new String[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = normalize(tokens.get(i).text());
    }
  }

  static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }

  @Override
  public int size() {
    return lower.length;
  }

  @Override
  public String lower(int i) {
    return lower[i];
  }

  @Override
  public String tag(int i) {
    if (tags == null) {
      tags = analysis.tags(sentence);
    }
    return tags.get(i);
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String text(int i) {
    return tokens.get(i).text();
  }

  int sentence() {
    return sentence;
  }
}
