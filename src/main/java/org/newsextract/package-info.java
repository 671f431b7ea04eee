/**
 * newsextract: attributions, quotes, casualty counts and dates from English news text.
 *
 * <p>Start with {@link org.newsextract.NewsExtractor#builder()}. No method of this library
 * accepts or returns null unless its documentation says so: absent values are {@link
 * java.util.Optional}, lists are empty. Results are immutable records and safe to share; a
 * {@link org.newsextract.NewsExtractor} is immutable and thread-safe.
 */
package org.newsextract;
