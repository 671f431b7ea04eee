/**
 * The date rules: one rule file per question (calendar dates, relative dates, durations, times,
 * holidays, quarters, events), the word lists and TIMEX3 normalisation against the reference
 * date. Internal to newsextract (the module does not export it); {@link
 * org.newsextract.date.engine.DateExtractor} is public for {@link org.newsextract.NewsExtractor}.
 */
package org.newsextract.date.engine;
