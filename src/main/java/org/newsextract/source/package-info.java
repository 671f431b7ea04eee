/**
 * Who the sources are: the attributions' sources and the quotes' speakers of one text grouped
 * into one {@link org.newsextract.source.Source} per person, body or document, with pronouns
 * and short names resolved to the fullest name. {@code SourceLinker} is internal.
 */
package org.newsextract.source;
