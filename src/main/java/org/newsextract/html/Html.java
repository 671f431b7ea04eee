package org.newsextract.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Escaping for text and attribute values, written by hand so that every char of the article
 * keeps its char offset in the parsed page: one char in, one char in the DOM out.
 */
final class Html {
  private Html() {}

  /** The replacement for chars a page cannot carry (lone surrogates, NUL). */
  static final char REPLACEMENT = '\uFFFD';

  /**
   * Appends {@code s[from, to)} escaped for an element's text or a quoted attribute value.
   * {@code & < > " '} become references; CR becomes {@code &#13;} (the HTML parser would
   * otherwise fold CR LF into LF and shift every offset after it); a lone surrogate or NUL
   * becomes U+FFFD (one char, so offsets hold; a surrogate pair cut by the range counts as two
   * lone halves). Everything else is written as itself.
   */
  static void escape(StringBuilder out, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append("&#13;");
        case '\0' -> out.append(REPLACEMENT);
        default -> {
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            } else {
              out.append(REPLACEMENT);
            }
          } else if (Character.isLowSurrogate(c)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  static void escape(StringBuilder out, CharSequence s) {
    escape(out, s, 0, s.length());
  }

  static String escape(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(b, s);
    return b.toString();
  }

  /**
   * At most {@code max} chars of {@code s} (plus "…" when cut), leading and trailing whitespace
   * dropped and each whitespace run as one space; reads only as far as it needs.
   */
  static String clip(String s, int max) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
      if (b.length() > max) {
        int cut = max;
        if (Character.isLowSurrogate(b.charAt(cut))
            && Character.isHighSurrogate(b.charAt(cut - 1))) {
          cut--;
        }
        b.setLength(cut);
        return b.append('…').toString();
      }
    }
    return b.toString();
  }

  /** A classpath resource next to this class, as UTF-8 text. */
  static String resource(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/newsextract/html/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSP source for an inline script: {@code 'sha256-...'} of its exact text. */
  static String cspHash(String script) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
