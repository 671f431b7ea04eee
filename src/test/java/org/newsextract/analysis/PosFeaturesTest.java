package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.newsextract.TestTexts;

/**
 * The per-word POS features are OpenNLP's features (those the model knows, in the same order),
 * and the tagger built on them tags as OpenNLP's POSTaggerME does: the shared word cache must
 * never change a tag.
 */
class PosFeaturesTest {
  private static final String[] MORE = {
    "“I’m not going,” said Sen. Ann O’Neill-Smith, 42, of the U.S. Senate’s No. 2 panel.",
    "COVID-19 cases rose 12.5% to 3,400 in Q3 2021 — the CDC’s data @CDCgov #stats.",
    "A  B c D e F g H i J k L m N o P q R s T u V w X y Z 1 2 3 ? ! … ( ) [ ] « » ‘ ’",
    "Äpfel, naïve café résumé – Zürich 北京 mañana ﬁne ½ ² µ",
  };

  /** Token arrays of our test texts' sentences. */
  private static List<String[]> sentences() {
    List<String> texts = new ArrayList<>(List.of(MORE));
    texts.add(TestTexts.harbourSiege());
    for (String r : List.of("many-marks-and-brackets", "name-with-a-repeated-word",
        "unclosed-quote-at-end")) {
      texts.add(TestTexts.resource("/regressions/" + r + ".txt"));
    }
    List<String[]> out = new ArrayList<>();
    for (String text : texts) {
      TextAnalysis a = TextAnalysis.of(text);
      for (int i = 0; i < a.sentences().size(); i++) {
        out.add(a.tokens(i).stream().map(Token::text).toArray(String[]::new));
      }
    }
    return out;
  }

  @Test
  void theStockModelsDescriptorIsTheOneCopied() throws Exception {
    try (InputStream in = Models.class.getClassLoader().getResourceAsStream(Models.POS)) {
      POSModel stock = new POSModel(in);
      assertTrue(PosFeatures.matches((byte[]) stock.getArtifact("generator.featuregen")));
    }
  }

  @Test
  void featuresAreOpenNlpsFeaturesTheModelKnowsInTheSameOrder() {
    IntrinsicExpModel model = (IntrinsicExpModel) Models.pos().getArtifact("pos.model");
    POSContextGenerator stock = Models.pos().getFactory().getPOSContextGenerator(0);
    PosFeatures.Contexts fast = Models.posFeatures().new Contexts();
    POSTaggerME tagger = new POSTaggerME(Models.pos());
    int compared = 0;
    for (String[] words : sentences()) {
      String[] tags = tagger.tag(words);
      String[] holes = tags.clone();
      for (int k = 0; k < holes.length; k += 3) {
        holes[k] = null; // a windowed tagger's history has gaps
      }
      for (String[] history : List.of(new String[words.length], tags, holes)) {
        // a new array per history: OpenNLP caches a sentence's features by its array
        String[] a = words.clone();
        String[] b = words.clone();
        for (int k = 0; k < words.length; k++) {
          List<Context> expected = Arrays.stream(stock.getContext(k, a, history, null))
              .map(model.params()::get).filter(Objects::nonNull).toList();
          assertEquals(expected, List.of(fast.of(k, b, history)),
              () -> String.join(" ", words));
          compared++;
        }
      }
    }
    assertTrue(compared > 1000, "compared " + compared);
  }

  @Test
  void greedyScoresAreTheModelsScoresOfOpenNlpsContextsAlsoForTokensScoredTwice() {
    MaxentModel model = (MaxentModel) Models.pos().getArtifact("pos.model");
    POSContextGenerator stock = Models.pos().getFactory().getPOSContextGenerator(0);
    PosScores scores = new PosScores();
    for (String[] words : sentences()) {
      String[] a = words.clone();
      String[] b = words.clone();
      String[] historyA = new String[words.length];
      String[] historyB = new String[words.length];
      // a windowed tagger's order: a later block first, then the start again over it (OpenNLP
      // reads a token scored twice with the tags of its first time), then the rest
      List<Integer> order = new ArrayList<>();
      for (int k = Math.min(8, words.length); k < Math.min(16, words.length); k++) {
        order.add(k);
      }
      for (int k = 0; k < words.length; k++) {
        order.add(k);
      }
      for (int k : order) {
        double[] expected = model.eval(stock.getContext(k, a, historyA, null));
        double[] got = scores.probs(k, b, historyB);
        assertArrayEquals(expected, got, () -> String.join(" ", words));
        historyA[k] = model.getBestOutcome(expected);
        historyB[k] = model.getBestOutcome(got);
      }
    }
  }

  @Test
  void greedyTagsAreOpenNlpsBeamSearchTagsAlsoOnManyThreads() throws Exception {
    List<String[]> sentences = sentences();
    POSTaggerME stock = new POSTaggerME(Models.pos());
    List<String[]> expected = sentences.stream().map(stock::tag).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String[]>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          PosScores tagger = new PosScores();
          return sentences.stream().map(words -> tagger.tag(words.clone())).toList();
        }));
      }
      for (Future<List<String[]>> run : runs) {
        List<String[]> got = run.get();
        for (int i = 0; i < expected.size(); i++) {
          assertArrayEquals(expected.get(i), got.get(i), String.join(" ", sentences.get(i)));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
