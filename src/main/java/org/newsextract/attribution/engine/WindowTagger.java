package org.newsextract.attribution.engine;

import java.util.Locale;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;
import org.newsextract.analysis.Models;
import org.newsextract.analysis.PosScores;

/**
 * Tags only the stretches of a sentence that are asked about, greedily (best tag per token,
 * left to right) with the shared OpenNLP UD model. Attribution slots need tags within a few
 * tokens of a cue; tagging whole sentences with the full beam search cost most of this layer's
 * time. One instance per sentence; not thread-safe.
 */
final class WindowTagger {
  static final int BLOCK = 8;
  private static final int MARGIN = 2;

  private static final class Shared {
    static final POSModel MODEL = Models.pos();
    static final MaxentModel MAXENT = MODEL.getArtifact("pos.model");
    static final TagDictionary DICTIONARY = MODEL.getFactory().getTagDictionary();
  }

  /** Per document: the model's scores (its feature generators keep per-call state). */
  static final class Context {
    private PosScores scores;

    PosScores scores() {
      if (scores == null) {
        scores = new PosScores();
      }
      return scores;
    }
  }

  private final Context context;
  private final String[] words;
  private final String[] tags;
  // tags as the model saw them while tagging, margins included: the left context of a block
  private final String[] history;
  private final boolean[] blockDone;

  WindowTagger(Context context, String[] words) {
    this.context = context;
    this.words = words;
    this.tags = new String[words.length];
    this.history = new String[words.length];
    this.blockDone = new boolean[(words.length + BLOCK - 1) / BLOCK];
  }

  String tag(int i) {
    int b = i / BLOCK;
    if (!blockDone[b]) {
      tagBlock(b);
    }
    return tags[i];
  }

  private void tagBlock(int b) {
    int start = b * BLOCK;
    int end = Math.min(words.length, start + BLOCK);
    int from = b > 0 && blockDone[b - 1] ? start : Math.max(0, start - MARGIN);
    MaxentModel model = Shared.MAXENT;
    PosScores scores = context.scores();
    for (int k = from; k < end; k++) {
      // the best allowed tag: its order of scores is that of the probabilities
      double[] logScores = scores.scores(k, words, history);
      String best = null;
      String[] allowed = Shared.DICTIONARY == null ? null : Shared.DICTIONARY.getTags(words[k]);
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int o = 0; o < logScores.length; o++) {
        if (logScores[o] > bestScore) {
          String outcome = model.getOutcome(o);
          if (allowed == null || contains(allowed, outcome)) {
            bestScore = logScores[o];
            best = outcome;
          }
        }
      }
      if (best == null) {
        best = model.getBestOutcome(logScores);
      }
      if (best.equals("PRON") && !PRONOUNS.contains(words[k].toLowerCase(Locale.ROOT))
          && Character.isUpperCase(words[k].charAt(0)) && k > 0) {
        best = "PROPN"; // a closed class: "A shopkeeper, Ibrahim/PRON, said" is a name
      }
      history[k] = best;
      if (k >= start) {
        tags[k] = best;
      }
    }
    blockDone[b] = true;
  }

  /** The pronouns, a closed class; capitalised, any other word the model calls one is a name. */
  private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they",
      "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their", "mine",
      "yours", "hers", "ours", "theirs", "myself", "yourself", "himself", "herself", "itself",
      "ourselves", "yourselves", "themselves", "who", "whom", "whose", "which", "what", "that",
      "this", "these", "those", "someone", "somebody", "anyone", "anybody", "everyone",
      "everybody", "no-one", "nobody", "nothing", "something", "anything", "everything", "one",
      "ones", "each", "both", "all", "some", "many", "few", "none", "others", "another", "whoever",
      "whatever", "whichever", "there", "y'all", "ya");

  private static boolean contains(String[] a, String s) {
    for (String x : a) {
      if (x.equals(s)) {
        return true;
      }
    }
    return false;
  }
}
