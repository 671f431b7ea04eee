/**
 * Temporal expressions: {@link org.newsextract.date.DateMention} with TIMEX3 type and value and
 * a java.time view. Records are immutable; the extractor is thread-safe.
 *
 * <p>API: {@link org.newsextract.date.DateMention}, {@link org.newsextract.date.EventAnchor},
 * {@link org.newsextract.date.TimexType},
 * {@link org.newsextract.date.Granularity} and {@link org.newsextract.date.TimexMod}. {@code
 * DateExtractor} is public only for {@link org.newsextract.NewsExtractor}; it is internal and
 * may change in any release.
 */
package org.newsextract.date;
