/**
 * The command-line tool ({@code java -jar newsextract.jar}) and its JSON contract. Needs
 * Jackson, an optional dependency of the library that the executable jar carries. Internal:
 * the command line and its JSON output are the contract, not these classes.
 */
package org.newsextract.cli;
