package org.newsextract.source;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.cli.DevEvaluation;

/**
 * Who the sources are, scored against our own labels of the first 24 PolNeAR dev articles (488
 * attributions: kind of the entity behind each source, the fullest name of a named one, and
 * how the source refers to it), kept as offsets and labels only in {@code
 * /eval/polnear-dev-source-kinds.tsv}. Statements are judged as the project's scorer does: by
 * the predicted attribution whose content overlaps the labelled content most. Skipped where
 * {@code ../shared} is absent.
 */
@Tag("slow")
class SourceEvaluationTest {
  // measured 2026-12-05 (eighth round): kind accuracy 84.4, resolution 85.2 (none of 228
  // resolved wrong), UNNAMED_GROUP F1 82.4, ANONYMOUS F1 72.7 on 7 gold; on the anonymity
  // sample ANONYMOUS F1 90.3 (34 gold), UNNAMED_GROUP F1 76.9; floors a little under
  private static final double KIND_FLOOR = 0.840;
  private static final double SAMPLE_ANONYMOUS_F1_FLOOR = 0.86;
  private static final double GROUP_F1_FLOOR = 0.815;
  private static final double RESOLUTION_FLOOR = 0.845;
  private static final double RESOLVED_WRONG_CEILING = 0.02;
  /** {@code -Dnewsextract.eval.verbose=true} lists every kind error and resolution miss. */
  private static final boolean VERBOSE = Boolean.getBoolean("newsextract.eval.verbose");

  record Label(int sourceStart, int sourceEnd, int contentStart, int contentEnd, SourceKind kind,
      int entityStart, int entityEnd, String resolution) {}

  @Test
  void polnearDevSources() throws IOException {
    Path shared = DevEvaluation.sharedOrSkip();
    Path gold = shared.resolve("data/quotes/polnear-dev.gold.jsonl");
    assumeTrue(Files.isRegularFile(gold), "skipped: no " + gold);
    Map<String, List<Label>> labels = labels();
    Map<String, List<Label>> sample = anonymitySample();
    ObjectMapper json = new ObjectMapper();
    NewsExtractor extractor = NewsExtractor.builder().build();
    Map<String, int[]> confusion = new HashMap<>();
    int statements = 0;
    int kindOk = 0;
    int[] anon = new int[4]; // gold, gold found, predicted on a statement, predicted right
    int[] group = new int[4];
    int sampleStatements = 0;
    int sampleKindOk = 0;
    int[] sampleAnon = new int[4];
    int[] sampleGroup = new int[4];
    int toResolve = 0;
    int resolvedRight = 0;
    int resolvedAny = 0;
    int resolvedWrong = 0;
    List<String> resolutionErrors = new ArrayList<>();
    List<String> wrongResolutions = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      JsonNode doc = json.readTree(line);
      List<Label> doclabels = labels.get(doc.get("id").asText());
      List<Label> sampled = sample.get(doc.get("id").asText());
      if (doclabels == null && sampled == null) {
        continue;
      }
      String text = doc.get("text").asText();
      JsonNode dct = doc.get("dct");
      Extraction x = dct == null || dct.isNull() ? extractor.extract(text)
          : extractor.extract(text, LocalDate.parse(dct.asText().substring(0, 10)));
      if (sampled != null) {
        Map<Attribution, SourceKind> on = new HashMap<>();
        for (Label l : sampled) {
          Attribution p = primary(x.attributions(), l);
          SourceKind pk = p == null ? null : p.sourceKind();
          sampleStatements++;
          sampleKindOk += pk == l.kind() ? 1 : 0;
          if (VERBOSE && pk != l.kind()) {
            System.out.println("SAMPLE " + kindError(text, l, p, pk));
          }
          count(sampleAnon, l.kind() == SourceKind.ANONYMOUS, pk == SourceKind.ANONYMOUS);
          count(sampleGroup, l.kind() == SourceKind.UNNAMED_GROUP,
              pk == SourceKind.UNNAMED_GROUP);
          if (p != null) {
            on.putIfAbsent(p, l.kind());
          }
        }
        for (Map.Entry<Attribution, SourceKind> e : on.entrySet()) {
          precision(sampleAnon, e.getKey().sourceKind() == SourceKind.ANONYMOUS,
              e.getValue() == SourceKind.ANONYMOUS);
          precision(sampleGroup, e.getKey().sourceKind() == SourceKind.UNNAMED_GROUP,
              e.getValue() == SourceKind.UNNAMED_GROUP);
        }
      }
      if (doclabels == null) {
        continue;
      }
      Map<Attribution, SourceKind> predictedOn = new HashMap<>();
      for (Label l : doclabels) {
        Attribution p = primary(x.attributions(), l);
        SourceKind pk = p == null ? null : p.sourceKind();
        if (l.contentStart() >= 0) {
          statements++;
          kindOk += pk == l.kind() ? 1 : 0;
          confusion.computeIfAbsent(l.kind() + "->" + pk, k -> new int[1])[0]++;
          if (VERBOSE && pk != l.kind()) {
            System.out.println("KIND " + kindError(text, l, p, pk));
          }
          count(anon, l.kind() == SourceKind.ANONYMOUS, pk == SourceKind.ANONYMOUS);
          count(group, l.kind() == SourceKind.UNNAMED_GROUP, pk == SourceKind.UNNAMED_GROUP);
          if (p != null) {
            predictedOn.merge(p, l.kind(), (a, b) -> a == b ? a : a);
          }
        }
        if (l.entityStart() >= 0 && Set.of("PRONOUN", "SHORT", "TITLE").contains(l.resolution())) {
          toResolve++;
          Attribution s = bySource(x.attributions(), l);
          String goldName = norm(text.substring(l.entityStart(), l.entityEnd()));
          String ours = s == null ? null : norm(canonicalOf(x, s).text());
          if (ours != null && ours.equals(goldName)) {
            resolvedRight++;
          } else if (VERBOSE) {
            System.out.println("RESOLVE " + ours + " (gold " + goldName + ") | "
                + context(text, l.sourceStart(), l.sourceEnd()));
          } else if (resolutionErrors.size() < 15) {
            resolutionErrors.add(text.substring(l.sourceStart(), l.sourceEnd()) + " -> " + ours
                + " (gold " + goldName + ")");
          }
          if (s != null && s.resolvedSource().isPresent()) {
            resolvedAny++;
            resolvedWrong += ours.equals(goldName) ? 0 : 1;
            if (!ours.equals(goldName) && wrongResolutions.size() < 25) {
              wrongResolutions.add(text.substring(l.sourceStart(), l.sourceEnd()) + " -> " + ours
                  + " (gold " + goldName + ")");
            }
          }
        }
      }
      // precision of the anonymous and group kinds: predictions that are some statement's primary
      for (Map.Entry<Attribution, SourceKind> e : predictedOn.entrySet()) {
        precision(anon, e.getKey().sourceKind() == SourceKind.ANONYMOUS,
            e.getValue() == SourceKind.ANONYMOUS);
        precision(group, e.getKey().sourceKind() == SourceKind.UNNAMED_GROUP,
            e.getValue() == SourceKind.UNNAMED_GROUP);
      }
    }
    double kindAccuracy = (double) kindOk / statements;
    double resolution = (double) resolvedRight / Math.max(1, toResolve);
    double wrongShare = (double) resolvedWrong / Math.max(1, resolvedAny);
    System.out.printf("sources on polnear-dev (%d labelled statements): kind accuracy %.1f | "
            + "ANONYMOUS F1 %.1f (%d gold) | UNNAMED_GROUP F1 %.1f (%d gold) | resolution "
            + "accuracy %.1f of %d pronoun/short/title mentions, %.1f%% of %d resolved wrong%n",
        statements, 100 * kindAccuracy, 100 * f1(anon), anon[0], 100 * f1(group), group[0],
        100 * resolution, toResolve, 100 * wrongShare, resolvedAny);
    System.out.printf("anonymity sample (%d statements with official/source/aide/expert-like "
            + "sources in 93 other articles): kind accuracy %.1f | ANONYMOUS F1 %.1f (%d gold) | "
            + "UNNAMED_GROUP F1 %.1f (%d gold)%n", sampleStatements,
        100.0 * sampleKindOk / Math.max(1, sampleStatements), 100 * f1(sampleAnon),
        sampleAnon[0], 100 * f1(sampleGroup), sampleGroup[0]);
    System.out.println("confusion (gold->predicted): " + confusionLine(confusion));
    System.out.println("resolution misses: " + resolutionErrors);
    System.out.println("wrong resolutions: " + wrongResolutions);
    assertTrue(kindAccuracy >= KIND_FLOOR, "kind accuracy " + kindAccuracy);
    assertTrue(f1(sampleAnon) >= SAMPLE_ANONYMOUS_F1_FLOOR, "anonymous F1 " + f1(sampleAnon));
    assertTrue(f1(group) >= GROUP_F1_FLOOR, "unnamed-group F1 " + f1(group));
    assertTrue(resolution >= RESOLUTION_FLOOR, "resolution accuracy " + resolution);
    assertTrue(wrongShare <= RESOLVED_WRONG_CEILING, "resolved wrong " + wrongShare);
  }

  /** The predicted attribution whose content overlaps the label's most, then whose source. */
  private static Attribution primary(List<Attribution> predicted, Label l) {
    Attribution best = null;
    long key = 0;
    for (Attribution a : predicted) {
      long c = a.content().map(s -> overlap(s, l.contentStart(), l.contentEnd())).orElse(0L);
      long s = a.source().map(x -> overlap(x, l.sourceStart(), l.sourceEnd())).orElse(0L);
      long k = c * 100_000 + s;
      if (k > key) {
        best = a;
        key = k;
      }
    }
    return best;
  }

  private static Attribution bySource(List<Attribution> predicted, Label l) {
    for (Attribution a : predicted) {
      if (a.source().isPresent() && overlap(a.source().get(), l.sourceStart(), l.sourceEnd()) > 0) {
        return a;
      }
    }
    return null;
  }

  private static TextSpan canonicalOf(Extraction x, Attribution a) {
    int i = x.attributions().indexOf(a);
    for (Source s : x.sources()) {
      if (s.attributions().contains(i)) {
        return s.canonical();
      }
    }
    return a.resolvedSource().orElse(a.source().get());
  }

  /** A kind error for the verbose listing: gold and predicted kind, the attribution, context. */
  private static String kindError(String text, Label l, Attribution p, SourceKind pk) {
    return l.kind() + " -> " + pk + " | "
        + (p == null ? "-" : p.source().map(TextSpan::text).orElse("-") + " / "
            + p.cue().map(TextSpan::text).orElse("-") + " / " + p.pattern())
        + " | gold source: " + context(text, l.sourceStart(), l.sourceEnd())
        + " | content: " + context(text, l.contentStart(), l.contentEnd());
  }

  private static String context(String text, int start, int end) {
    if (start < 0) {
      return "-";
    }
    String s = text.substring(Math.max(0, start - 60), start) + "[" + text.substring(start, end)
        + "]" + text.substring(end, Math.min(text.length(), end + 60));
    return s.replace('\n', ' ');
  }

  private static long overlap(TextSpan s, int start, int end) {
    return Math.max(0, Math.min(s.end(), end) - Math.max(s.start(), start));
  }

  private static void count(int[] c, boolean gold, boolean predicted) {
    c[0] += gold ? 1 : 0;
    c[1] += gold && predicted ? 1 : 0;
  }

  private static void precision(int[] c, boolean predicted, boolean right) {
    c[2] += predicted ? 1 : 0;
    c[3] += predicted && right ? 1 : 0;
  }

  private static double f1(int[] c) {
    double p = c[2] == 0 ? 0 : (double) c[3] / c[2];
    double r = c[0] == 0 ? 0 : (double) c[1] / c[0];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Lower case, no honorific, no "the", no possessive. */
  private static String norm(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('’', '\'').strip().replaceAll("\\s+", " ")
        .replaceAll("^(the|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|sen\\.?|gov\\.?|rep\\.?) ", "");
    return n.endsWith("'s") ? n.substring(0, n.length() - 2) : n;
  }

  private static String confusionLine(Map<String, int[]> confusion) {
    List<Map.Entry<String, int[]>> es = new ArrayList<>(confusion.entrySet());
    es.sort((a, b) -> b.getValue()[0] - a.getValue()[0]);
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, int[]> e : es) {
      b.append(e.getKey()).append(' ').append(e.getValue()[0]).append(", ");
    }
    return b.toString();
  }

  /**
   * A second, smaller label set: 119 statements of other dev articles whose source phrase has an
   * official-, source-, aide-, expert- or people-like word, labelled with the kind only, to
   * measure the ANONYMOUS / UNNAMED_GROUP line that the main set has few examples of.
   */
  private static Map<String, List<Label>> anonymitySample() throws IOException {
    return read("/eval/polnear-dev-anonymity-sample.tsv");
  }

  private static Map<String, List<Label>> labels() throws IOException {
    return read("/eval/polnear-dev-source-kinds.tsv");
  }

  /** Labels by document; a file without the entity columns gives no entity. */
  private static Map<String, List<Label>> read(String resource) throws IOException {
    Map<String, List<Label>> out = new HashMap<>();
    try (InputStream in = SourceEvaluationTest.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // header
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        boolean entity = f.length > 8;
        out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Label(
            Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
            Integer.parseInt(f[4]), SourceKind.valueOf(f[5]),
            entity ? Integer.parseInt(f[6]) : -1, entity ? Integer.parseInt(f[7]) : -1,
            entity ? f[8] : "NONE"));
      }
    }
    return out;
  }
}
