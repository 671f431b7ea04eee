/**
 * The command-line tool ({@code java -jar newsextract.jar}) and its JSON contract. Needs
 * Jackson, an optional dependency of the library that the executable jar carries.
 */
package org.newsextract.cli;
