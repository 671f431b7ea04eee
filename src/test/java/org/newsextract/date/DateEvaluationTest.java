package org.newsextract.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsextract.Layer;
import org.newsextract.NewsExtractor;
import org.newsextract.cli.DevEvaluation;

/**
 * Scores the dates layer on the development data ({@code ../shared/data/dates}, TBAQ as
 * distributed for TempEval-3) with the project's scorer, per file and both files together;
 * skipped when the data is absent. The floors sit a little under the scores measured when the
 * rules were last changed (dev: strict F1 89.10, value F1 81.92; train: 90.76, 84.17;
 * together: strict F1 90.38, value F1 83.66).
 */
@Tag("slow")
class DateEvaluationTest {
  private static final NewsExtractor EXTRACTOR =
      NewsExtractor.builder().layers(Layer.DATES).build();

  @Test
  void devScoresStayAboveFloors() throws Exception {
    check("dates/dev.gold.jsonl", DevEvaluation.score(EXTRACTOR, "dates/dev.gold.jsonl"),
        0.888, 0.817);
  }

  @Test
  void trainScoresStayAboveFloors() throws Exception {
    check("dates/train.gold.jsonl", DevEvaluation.score(EXTRACTOR, "dates/train.gold.jsonl"),
        0.905, 0.839);
  }

  /** Dev and train scored as one (256 documents), as issue 17 measures. */
  @Test
  void devAndTrainTogetherStayAboveFloors() throws Exception {
    check("dates dev+train", DevEvaluation.scoreTogether(EXTRACTOR, "dates_dev+train",
        "dates/dev.gold.jsonl", "dates/train.gold.jsonl"), 0.901, 0.834);
  }

  private static void check(String file, JsonNode report, double strictFloor, double valueFloor) {
    JsonNode d = report.get("dates");
    double strict = d.get("strict").get("f1").asDouble();
    double value = d.get("value_f1").asDouble();
    System.out.printf("dates %s: strict F1 %.2f, relaxed F1 %.2f, value F1 %.2f, type F1 %.2f%n",
        file, 100 * strict, 100 * d.get("relaxed").get("f1").asDouble(), 100 * value,
        100 * d.get("type_f1").asDouble());
    assertTrue(strict >= strictFloor, file + ": strict F1 " + strict + " < " + strictFloor);
    assertTrue(value >= valueFloor, file + ": value F1 " + value + " < " + valueFloor);
  }
}
