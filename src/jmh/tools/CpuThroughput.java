import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsextract.Layer;
import org.newsextract.NewsExtractor;

/**
 * Warm throughput of one thread in M chars/s of that thread's CPU time, best of several passes
 * over the texts of a JSONL file: on a shared machine CPU time varies less than wall time, so
 * two jars compare best in runs that alternate. Not a JMH benchmark and outside the compiled
 * sources (it reads CPU time through java.management, which the library's module does not
 * read); run from its source with the shaded jar:
 *
 * <pre>{@code
 * java -cp target/newsextract.jar src/jmh/tools/CpuThroughput.java \
 *     ../shared/data/quotes/polnear-dev.gold.jsonl 8 ALL
 * }</pre>
 *
 * <p>Arguments: the file (one object with a {@code text} per line), the number of passes, and
 * {@code ALL} or a comma list of layers ({@code ATTRIBUTIONS,QUOTES}).
 */
public final class CpuThroughput {
  private CpuThroughput() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    long chars = 0;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String t = json.readTree(line).get("text").asText();
      texts.add(t);
      chars += t.length();
    }
    NewsExtractor.Builder builder = NewsExtractor.builder();
    if (!args[2].equals("ALL")) {
      String[] names = args[2].split(",");
      Layer[] more = new Layer[names.length - 1];
      for (int i = 1; i < names.length; i++) {
        more[i - 1] = Layer.valueOf(names[i]);
      }
      builder.layers(Layer.valueOf(names[0]), more);
    }
    NewsExtractor extractor = builder.build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = 0;
    for (int pass = 0; pass < Integer.parseInt(args[1]); pass++) {
      long start = threads.getCurrentThreadCpuTime();
      for (String t : texts) {
        extractor.extract(t);
      }
      double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
      best = Math.max(best, chars / seconds / 1e6);
    }
    System.out.printf("%s: best %.2f M chars/s CPU, %d texts, %d chars%n", args[2], best,
        texts.size(), chars);
  }
}
