/**
 * Casualty counts (killed, injured, hostages, kidnapped, missing, arrested, affected) and the
 * headline totals of a document. Records are immutable; the extractor is thread-safe.
 *
 * <p>API: {@link org.newsextract.casualty.CasualtyMention}, {@link
 * org.newsextract.casualty.CasualtyTotal}, {@link org.newsextract.casualty.CasualtyCategory} and
 * {@link org.newsextract.casualty.CountPrecision}. The rules that find the counts and choose the
 * totals are in {@code org.newsextract.casualty.engine}, which the module does not export.
 */
package org.newsextract.casualty;
