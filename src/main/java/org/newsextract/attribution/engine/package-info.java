/**
 * The attribution rules: cue lexicons, the built-in patterns, source and content phrase
 * finding, source kinds. Internal to newsextract (the module does not export it); {@link
 * org.newsextract.attribution.engine.AttributionExtractor} is public for {@link
 * org.newsextract.NewsExtractor} and the source layer.
 */
package org.newsextract.attribution.engine;
