package org.newsextract.analysis;

/**
 * One paragraph: char offsets (trimmed) and the range of its sentences, {@code [firstSentence,
 * endSentence)}.
 */
public record Paragraph(int index, int start, int end, int firstSentence, int endSentence) {}
