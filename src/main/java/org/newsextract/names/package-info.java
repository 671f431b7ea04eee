/**
 * Name mentions shared by the quote and source layers: a light word tokenizer and the index of
 * a document's capitalised names that resolves a short name or a pronoun to its fullest
 * mention. Internal: its API may change without notice.
 */
package org.newsextract.names;
