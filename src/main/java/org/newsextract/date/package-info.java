/**
 * Temporal expressions: {@link org.newsextract.date.DateMention} with TIMEX3 type and value and
 * a java.time view. Records are immutable; the extractor is thread-safe.
 *
 * <p>API: {@link org.newsextract.date.DateMention}, {@link org.newsextract.date.EventAnchor},
 * {@link org.newsextract.date.TimexType},
 * {@link org.newsextract.date.Granularity} and {@link org.newsextract.date.TimexMod}. The rules
 * that find and normalise them are in {@code org.newsextract.date.engine}, which the module does
 * not export.
 */
package org.newsextract.date;
