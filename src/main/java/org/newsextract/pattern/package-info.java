/**
 * A small pattern language over the tokens of a sentence, with named slots, for attribution
 * patterns such as {@code {source} tweeted {content}} or {@code according to {source}}.
 *
 * <p>{@link org.newsextract.pattern.TokenPattern} parses and checks a template once; {@link
 * org.newsextract.pattern.PatternSet} matches many patterns over a sentence. Matching is linear
 * in the sentence: words are matched by simulating all alternatives side by side (no
 * backtracking), and slots are filled by a {@link org.newsextract.pattern.SlotFinder} that looks
 * at a bounded number of tokens. There is no regular expression over the text. Bad or too large
 * patterns fail at compile time with a {@link org.newsextract.PatternException} naming the
 * pattern id and the char position.
 *
 * <p>Everything here is immutable and thread-safe except the {@link
 * org.newsextract.pattern.TokenSource} a caller supplies. Internal to newsextract (the module
 * does not export it); the exception it throws, {@link org.newsextract.PatternException}, lives in
 * the API package. The pattern language itself, described in {@link
 * org.newsextract.pattern.TokenPattern}, is API through {@link
 * org.newsextract.attribution.AttributionPatterns}.
 */
package org.newsextract.pattern;
