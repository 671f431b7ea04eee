/**
 * Numbers as news writes them (digits, words, "a dozen", ordinals), shared by the date and
 * casualty layers. Stateless and thread-safe. Internal: not part of the public API; it may
 * change in any release.
 */
package org.newsextract.number;
