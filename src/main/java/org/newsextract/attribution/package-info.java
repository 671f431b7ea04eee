/**
 * Attributions (who said or reported what, to whom), source kinds, and the attribution pattern
 * presets users extend. Records and pattern sets are immutable; the extractor is thread-safe.
 */
package org.newsextract.attribution;
