package org.newsextract.casualty;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsextract.NewsExtractor;
import org.newsextract.cli.DevEvaluation;

/**
 * Scores the document totals on the development file (1,853 gun-violence articles with the
 * KILLED and INJURED figures of the incident each reports). Skipped where {@code ../shared} is
 * absent. Floors sit a little under the measured scores, so a regression fails the build.
 */
@Tag("slow")
class CasualtyEvaluationTest {

  @Test
  void devTotalsMeetTheFloors() throws Exception {
    JsonNode report = DevEvaluation.score(NewsExtractor.builder().build(),
        "casualties/dev.gold.jsonl");
    JsonNode cc = report.get("casualties").get("category_count");
    double p = 100 * cc.get("p").asDouble();
    double r = 100 * cc.get("r").asDouble();
    double f = 100 * cc.get("f1").asDouble();
    System.out.printf("casualties dev (category, count): P %.2f R %.2f F1 %.2f%n", p, r, f);
    // measured P 86.24 R 87.34 F1 86.78
    assertTrue(f >= 85.0, "F1 " + f);
    assertTrue(p >= 84.5, "P " + p);
    assertTrue(r >= 85.0, "R " + r);
  }
}
