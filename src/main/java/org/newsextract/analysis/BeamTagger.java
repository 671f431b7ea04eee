package org.newsextract.analysis;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * What {@code POSTaggerME.tag} does for the stock UD model (a beam search over the maxent
 * model, UD tags out as the model has them), with the context generator of {@link
 * Models#posContextGenerator}: OpenNLP's tagger would parse the feature descriptor's XML again
 * for every analysis and build every feature string at every token. Not thread-safe: one per
 * analysis.
 */
final class BeamTagger {
  private final BeamSearch search;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  BeamTagger(POSModel model) {
    String beam = model.getManifestProperty("BeamSize");
    int size = beam == null ? 3 : Integer.parseInt(beam);
    this.search = new BeamSearch(size, (MaxentModel) model.getArtifact("pos.model"), 0);
    this.contexts = Models.posContextGenerator(size);
    this.validator = model.getFactory().getSequenceValidator();
  }

  /** The best tag sequence of {@code words}, one tag per word. */
  String[] tag(String[] words) {
    return search.bestSequence(words, null, contexts, validator).getOutcomes()
        .toArray(new String[0]);
  }
}
