/**
 * Internal: the shared analysis of a text (paragraphs, sentences, tokens, POS tags) built on
 * the stock OpenNLP English models. Not part of the public API; it may change in any release.
 * A {@link org.newsextract.analysis.TextAnalysis} serves one call on one thread; {@link
 * org.newsextract.analysis.Models} are shared and immutable.
 */
package org.newsextract.analysis;
