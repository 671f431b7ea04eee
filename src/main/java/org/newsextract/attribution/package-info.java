/**
 * Attributions (who said or reported what, to whom), source kinds, and the attribution pattern
 * presets users extend. Records and pattern sets are immutable; the extractor is thread-safe.
 *
 * <p>API: {@link org.newsextract.attribution.Attribution}, {@link
 * org.newsextract.attribution.SourceKind} and {@link
 * org.newsextract.attribution.AttributionPatterns}. The rules that find them are in {@code
 * org.newsextract.attribution.engine}, which the module does not export.
 */
package org.newsextract.attribution;
