/**
 * newsextract: attributions, quotes, casualty counts and dates from English news text.
 *
 * <p>Start with {@link org.newsextract.NewsExtractor#builder()}. No method of this library
 * accepts or returns null unless its documentation says so: absent values are {@link
 * java.util.Optional}, lists are empty. Results are immutable records and safe to share; a
 * {@link org.newsextract.NewsExtractor} is immutable and thread-safe.
 *
 * <h2>API and internals</h2>
 *
 * <p>The API is this package (with {@code PatternException}) and the result types of {@code
 * org.newsextract.attribution} ({@code Attribution}, {@code SourceKind}, {@code
 * AttributionPatterns}), {@code org.newsextract.quote} ({@code Quote}, {@code QuoteKind}), {@code
 * org.newsextract.casualty} ({@code CasualtyMention}, {@code CasualtyCategory}, {@code
 * CountPrecision}), {@code org.newsextract.date} ({@code DateMention}, {@code TimexType}, {@code
 * Granularity}, {@code TimexMod}), {@code org.newsextract.source} ({@code Source}) and {@code
 * org.newsextract.html} ({@code HtmlView}, {@code HtmlBatch}, {@code IndexRow}). No signature of
 * these mentions another type of the library or a third-party type. Everything else is
 * internal, public only because other packages of the library use it, and may change in any
 * release: the packages {@code analysis}, {@code names}, {@code number}, {@code pattern} and
 * {@code cli}, which the module {@code org.newsextract} does not export, and the {@code
 * *Extractor}, {@code SourceLinker} and {@code QuoteStatements} classes.
 */
package org.newsextract;
