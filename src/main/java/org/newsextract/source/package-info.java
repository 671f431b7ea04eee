/**
 * Who the sources are: the attributions' sources and the quotes' speakers of one text grouped
 * into one {@link org.newsextract.source.Source} per person, body or document, with pronouns
 * and short names resolved to the fullest name.
 *
 * <p>API: {@link org.newsextract.source.Source}. {@code SourceLinker} is public only for {@link
 * org.newsextract.NewsExtractor}; it is internal and may change in any release.
 */
package org.newsextract.source;
