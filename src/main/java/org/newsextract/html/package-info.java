/**
 * An article's facts as a self-contained HTML page, and a batch as pages with a sortable
 * index: {@link org.newsextract.html.HtmlView#render(String, org.newsextract.Extraction)},
 * {@link org.newsextract.html.HtmlView#renderIndex(java.util.List)} and {@link
 * org.newsextract.html.HtmlBatch}. Pages need no network, work with scripts off, escape all
 * text and keep char offsets: every highlighted element carries {@code data-start} and {@code
 * data-end} into the input text.
 */
package org.newsextract.html;
