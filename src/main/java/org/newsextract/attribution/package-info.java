/**
 * Attributions (who said or reported what, to whom), source kinds, and the attribution pattern
 * presets users extend. Records and pattern sets are immutable; the extractor is thread-safe.
 *
 * <p>API: {@link org.newsextract.attribution.Attribution}, {@link
 * org.newsextract.attribution.SourceKind} and {@link
 * org.newsextract.attribution.AttributionPatterns}. {@code AttributionExtractor} is public only
 * for {@link org.newsextract.NewsExtractor}; it is internal and may change in any release.
 */
package org.newsextract.attribution;
