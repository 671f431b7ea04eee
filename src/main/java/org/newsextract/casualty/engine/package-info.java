/**
 * The casualty rules: counted forms, single victims, negations, sub-counts and listed victims,
 * victims and attackers, and the choice of the main event's totals. Internal to newsextract (the
 * module does not export it); {@link org.newsextract.casualty.engine.CasualtyExtractor} is public
 * for {@link org.newsextract.NewsExtractor}.
 */
package org.newsextract.casualty.engine;
