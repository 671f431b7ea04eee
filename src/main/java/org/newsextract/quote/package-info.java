/**
 * Direct quotations and their speakers: {@link org.newsextract.quote.Quote}. Records are
 * immutable; the extractor is thread-safe.
 */
package org.newsextract.quote;
