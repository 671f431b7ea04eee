/**
 * Direct quotations and their speakers: {@link org.newsextract.quote.Quote}. Records are
 * immutable; the extractor is thread-safe.
 *
 * <p>API: {@link org.newsextract.quote.Quote} and {@link org.newsextract.quote.QuoteKind}. {@code
 * QuoteExtractor} is public only for {@link org.newsextract.NewsExtractor}; it is internal and
 * may change in any release.
 */
package org.newsextract.quote;
