/**
 * Who the sources are: the attributions' sources and the quotes' speakers of one text grouped
 * into one {@link org.newsextract.source.Source} per person, body or document, with pronouns
 * and short names resolved to the fullest name.
 *
 * <p>API: {@link org.newsextract.source.Source}. The linking rules are in {@code
 * org.newsextract.source.engine}, which the module does not export.
 */
package org.newsextract.source;
