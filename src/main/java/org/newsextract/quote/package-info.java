/**
 * Direct quotations and their speakers: {@link org.newsextract.quote.Quote}. Records are
 * immutable; the extractor is thread-safe.
 *
 * <p>API: {@link org.newsextract.quote.Quote} and {@link org.newsextract.quote.QuoteKind}. The
 * rules that find them are in {@code org.newsextract.quote.engine}, which the module does not
 * export.
 */
package org.newsextract.quote;
