import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two jars' warm throughput in one JVM, passes alternating (old, new, then new, old, ...): in M
 * chars/s of this thread's CPU time, the median and the best of the second half of the passes.
 * On a shared machine whose load moves by the minute, runs of one jar after the other compare
 * the load as much as the code; alternating passes in one JVM see the same load. Each jar is
 * loaded in a class loader of its own, so the two share no classes and no caches. Not a JMH
 * benchmark (JMH runs one build); run from its source:
 *
 * <pre>{@code
 * java src/jmh/tools/AlternatingJars.java /tmp/newsextract-old.jar target/newsextract.jar \
 *     ../shared/data/quotes/polnear-dev.gold.jsonl 100 ALL
 * }</pre>
 *
 * <p>Arguments: the old jar, the new jar, a JSON Lines file (a {@code text} per line), the
 * number of passes per jar, and {@code ALL} or a comma list of layers ({@code DATES,QUOTES}).
 */
public final class AlternatingJars {
  private AlternatingJars() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: AlternatingJars OLD.jar NEW.jar FILE PASSES ALL|LAYER,...");
      System.exit(2);
    }
    Object[] extractors = new Object[2];
    Method[] extract = new Method[2];
    List<String> texts = new ArrayList<>();
    for (int j = 0; j < 2; j++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[j]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      if (j == 0) {
        texts = texts(loader, Path.of(args[2]));
      }
      Class<?> type = loader.loadClass("org.newsextract.NewsExtractor");
      Object builder = type.getMethod("builder").invoke(null);
      if (!args[4].equals("ALL")) {
        layers(loader, builder, args[4].split(","));
      }
      Method build = builder.getClass().getMethod("build");
      extractors[j] = build.invoke(builder);
      extract[j] = type.getMethod("extract", String.class);
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int passes = Integer.parseInt(args[3]);
    double[][] rates = new double[2][passes];
    for (int p = 0; p < passes; p++) {
      for (int turn = 0; turn < 2; turn++) {
        int j = p % 2 == 0 ? turn : 1 - turn;
        long start = threads.getCurrentThreadCpuTime();
        for (String t : texts) {
          extract[j].invoke(extractors[j], t);
        }
        rates[j][p] = chars / ((threads.getCurrentThreadCpuTime() - start) / 1e9) / 1e6;
      }
    }
    double[] medians = new double[2];
    for (int j = 0; j < 2; j++) {
      double[] tail = Arrays.copyOfRange(rates[j], passes / 2, passes);
      Arrays.sort(tail);
      medians[j] = tail[tail.length / 2];
      System.out.printf("%s: median %.3f, best %.3f M chars/s CPU (%s)%n", j == 0 ? "old" : "new",
          medians[j], tail[tail.length - 1], args[j]);
    }
    System.out.printf("new/old median: %.3f; %d texts, %d chars, %s%n", medians[1] / medians[0],
        texts.size(), chars, args[4]);
  }

  /** The texts of the file, read with the old jar's own Jackson. */
  private static List<String> texts(ClassLoader loader, Path file) throws Exception {
    Class<?> mapperType = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
    Object mapper = mapperType.getConstructor().newInstance();
    Method readTree = mapperType.getMethod("readTree", String.class);
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      Object node = readTree.invoke(mapper, line);
      Object text = node.getClass().getMethod("get", String.class).invoke(node, "text");
      out.add((String) text.getClass().getMethod("asText").invoke(text));
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void layers(ClassLoader loader, Object builder, String[] names)
      throws Exception {
    Class<? extends Enum> layer = (Class<? extends Enum>) loader.loadClass("org.newsextract.Layer");
    Object more = Array.newInstance(layer, names.length - 1);
    for (int i = 1; i < names.length; i++) {
      Array.set(more, i - 1, Enum.valueOf(layer, names[i]));
    }
    builder.getClass().getMethod("layers", layer, more.getClass())
        .invoke(builder, Enum.valueOf(layer, names[0]), more);
  }
}
