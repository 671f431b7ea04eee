package org.newsextract.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the plain-text lexicons every layer keeps beside its classes. Internal. */
public final class Resources {
  private Resources() {}

  /**
   * The lines of the UTF-8 resource {@code name} next to {@code anchor}, stripped, without
   * blank lines and {@code #} comments, in file order.
   *
   * @throws IllegalStateException if the resource is missing
   */
  public static List<String> lines(Class<?> anchor, String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + anchor.getPackageName().replace('.', '/') + "/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return List.copyOf(out);
  }
}
