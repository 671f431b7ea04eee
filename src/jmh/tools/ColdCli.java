import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command-line tool over one JSON Lines file, cold (a new JVM for every run), jars in
 * alternating rounds, pinned to one core with {@code taskset} when there is one: the wall time
 * of each run, on Linux also its CPU time (user and system, child JVMs included, from {@code
 * /proc/self/stat}), and each jar's time as a multiple of the first jar's in the same round. On
 * a shared machine only ratios within a round mean much, and CPU time varies less than wall
 * time. Not a JMH benchmark (each run is a
 * process of its own); run from its source:
 *
 * <pre>{@code
 * java src/jmh/tools/ColdCli.java ../shared/data/quotes/polnear-dev.gold.jsonl 4 \
 *     /tmp/newsextract-0.2.0.jar target/newsextract.jar
 * }</pre>
 *
 * <p>Arguments: the file, the number of rounds, then the jars (the first is the baseline).
 * Each jar runs as a user runs it, {@code java -jar JAR --jsonl FILE}, output discarded, so a
 * jar's own start-up choices (a child JVM, its class-data archive beside it) count.
 */
public final class ColdCli {
  private ColdCli() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ColdCli FILE ROUNDS JAR...");
      System.exit(2);
    }
    String file = args[0];
    int rounds = Integer.parseInt(args[1]);
    List<String> jars = Arrays.asList(args).subList(2, args.length);
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java";
    boolean pin = new File("/usr/bin/taskset").canExecute();
    double[][] seconds = new double[jars.size()][rounds];
    double[][] cpu = new double[jars.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
      for (int j = 0; j < jars.size(); j++) {
        List<String> cmd = new ArrayList<>();
        if (pin) {
          cmd.addAll(List.of("/usr/bin/taskset", "-c", "0"));
        }
        cmd.addAll(List.of(java, "-jar", jars.get(j), "--jsonl", file));
        double cpuBefore = childrenCpuSeconds();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = p.waitFor();
        seconds[j][r] = (System.nanoTime() - start) / 1e9;
        cpu[j][r] = childrenCpuSeconds() - cpuBefore;
        if (code != 0) {
          throw new IllegalStateException(jars.get(j) + " exited with " + code);
        }
        line.append(String.format(Locale.ROOT, "  %s %.2f s (x%.2f)", name(jars.get(j)),
            seconds[j][r], seconds[0][r] / seconds[j][r]));
        if (cpu[j][r] > 0) {
          line.append(String.format(Locale.ROOT, " cpu %.2f s (x%.2f)", cpu[j][r],
              cpu[0][r] / cpu[j][r]));
        }
      }
      System.out.println(line);
    }
    for (int j = 0; j < jars.size(); j++) {
      double[] s = seconds[j].clone();
      double[] c = cpu[j].clone();
      Arrays.sort(s);
      Arrays.sort(c);
      System.out.printf(Locale.ROOT, "%s: wall %.2f-%.2f s, median %.2f s; cpu %.2f-%.2f s, "
          + "median %.2f s%s%n", jars.get(j), s[0], s[s.length - 1], s[s.length / 2], c[0],
          c[c.length - 1], c[c.length / 2], pin ? "; pinned to core 0" : "");
    }
  }

  /**
   * CPU seconds of this process's finished, waited-for children and their own children (the
   * cutime and cstime fields of /proc/self/stat, at 100 ticks a second); 0 where there is none.
   */
  private static double childrenCpuSeconds() {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after the command: state is field 3, so cutime (16) and cstime (17) are 13, 14
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String name(String jar) {
    return new File(jar).getName();
  }
}
