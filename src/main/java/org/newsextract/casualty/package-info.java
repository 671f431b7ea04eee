/**
 * Casualty counts (killed, injured, hostages, kidnapped, missing, arrested, affected) and the
 * headline totals of a document. Records are immutable; the extractor is thread-safe.
 */
package org.newsextract.casualty;
