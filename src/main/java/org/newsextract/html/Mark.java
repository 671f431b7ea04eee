package org.newsextract.html;

/**
 * One highlighted fact in the article: a span of one layer with the details shown for it.
 *
 * @param fact the fact's id in the page ({@code d3}, {@code q0}, {@code a2s} for the source of
 *     attribution 2, {@code a2c} its cue, {@code a2r} its recipient, {@code a2t} its content,
 *     {@code c4})
 * @param layer the CSS class of its layer ({@code date}, {@code quote}, {@code src}, {@code cue},
 *     {@code rcpt}, {@code content}, {@code cas})
 * @param rank which of two marks on the same span goes outside (lower first)
 * @param start first char offset into the article
 * @param end char offset after it
 * @param title the details, one per line
 * @param label a short inline label drawn after the mark ("2024-03-05", "killed 14"), or null
 * @param group the attribution it belongs to ({@code a2}), or null
 * @param source the index of the source it belongs to in {@code Extraction.sources()}, or -1
 * @param extraClass more CSS classes (a source kind), or null
 */
record Mark(
    String fact,
    String layer,
    int rank,
    int start,
    int end,
    String title,
    String label,
    String group,
    int source,
    String extraClass) {}
