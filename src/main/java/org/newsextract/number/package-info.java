/**
 * Numbers as news writes them (digits, words, "a dozen", ordinals), shared by the date and
 * casualty layers. Stateless and thread-safe.
 */
package org.newsextract.number;
