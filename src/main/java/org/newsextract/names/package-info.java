/**
 * Name mentions shared by the quote, attribution and source layers: a light word tokenizer,
 * the index of a document's capitalised names that resolves a short name or a pronoun to its
 * fullest mention, and the nouns that stand for one person. Internal: its API may change
 * without notice.
 */
package org.newsextract.names;
