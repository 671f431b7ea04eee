/**
 * The quotation rules: quote marks, nesting, speakers and their cues. Internal to newsextract
 * (the module does not export it); {@link org.newsextract.quote.engine.QuoteExtractor} is public
 * for {@link org.newsextract.NewsExtractor}.
 */
package org.newsextract.quote.engine;
