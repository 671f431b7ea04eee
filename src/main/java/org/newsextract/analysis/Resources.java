package org.newsextract.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the plain-text lexicons every layer keeps beside its classes. Internal. */
public final class Resources {
  private Resources() {}

  /**
   * The lines of {@link #lines} in lower case, as a set: a word list looked up by lower-case
   * word.
   *
   * @throws IllegalStateException if the resource is missing
   */
  public static Set<String> lowerCaseSet(Class<?> anchor, String name) {
    Set<String> out = new HashSet<>();
    for (String l : lines(anchor, name)) {
      out.add(l.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * The lines of the UTF-8 resource {@code name} next to {@code anchor}, stripped, without
   * blank lines and {@code #} comments, in file order.
   *
   * @throws IllegalStateException if the resource is missing
   */
  public static List<String> lines(Class<?> anchor, String name) {
    String text;
    try (InputStream in = open(anchor, name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + anchor.getPackageName().replace('.', '/') + "/" + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    // the lines BufferedReader.readLine would give (ended by \n, \r or \r\n): a \r\n
    // only adds an empty line, which is dropped like every blank one
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        String s = text.substring(start, i).strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
        start = i + 1;
      }
    }
    return List.copyOf(out);
  }

  /**
   * The resource from the anchor's own module, else as {@link Class#getResourceAsStream} finds
   * it. The module asks its own class loader only, not the parents first (which search every
   * system module for the name): three times faster cold, and some fifty lexicons are read
   * when the first extractor is built and used.
   */
  private static InputStream open(Class<?> anchor, String name) throws IOException {
    String path = name.startsWith("/")
        ? name.substring(1) : anchor.getPackageName().replace('.', '/') + "/" + name;
    InputStream in = anchor.getModule().getResourceAsStream(path);
    return in != null ? in : anchor.getResourceAsStream(name);
  }
}
