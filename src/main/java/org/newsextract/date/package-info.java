/**
 * Temporal expressions: {@link org.newsextract.date.DateMention} with TIMEX3 type and value and
 * a java.time view. Records are immutable; the extractor is thread-safe.
 */
package org.newsextract.date;
