/**
 * Casualty counts (killed, injured, hostages, kidnapped, missing, arrested, affected) and the
 * headline totals of a document. Records are immutable; the extractor is thread-safe.
 *
 * <p>API: {@link org.newsextract.casualty.CasualtyMention}, {@link
 * org.newsextract.casualty.CasualtyTotal}, {@link org.newsextract.casualty.CasualtyCategory} and
 * {@link org.newsextract.casualty.CountPrecision}.
 * {@code CasualtyExtractor} is public only for {@link org.newsextract.NewsExtractor}; it is
 * internal and may change in any release.
 */
package org.newsextract.casualty;
