/**
 * Source linking: resolves pronouns, short names, titles and relative pronouns, and groups the
 * mentions of one person or body. Internal to newsextract (the module does not export it).
 */
package org.newsextract.source.engine;
