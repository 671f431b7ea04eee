package org.newsextract.analysis;

/**
 * One sentence: its index in the document, its char offsets (trimmed of surrounding
 * whitespace) and the index of the paragraph that holds it.
 */
public record Sentence(int index, int start, int end, int paragraph) {}
