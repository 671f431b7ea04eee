package org.newsextract.casualty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;

/**
 * Finds casualty counts and the document's headline totals. Immutable and thread-safe.
 * Internal: use {@link org.newsextract.NewsExtractor}.
 */
public final class CasualtyExtractor {
  private final CasualtyRules rules = new CasualtyRules();

  public CasualtyExtractor() {}

  /** Casualty mentions in text order. */
  public List<CasualtyMention> extract(TextAnalysis analysis) {
    List<CasualtyMention> out = new ArrayList<>();
    for (Candidate c : candidates(analysis)) {
      out.add(c.toMention());
    }
    return out;
  }

  /** The headline figure per category for the main event of the document. */
  public Map<CasualtyCategory, Long> totals(TextAnalysis analysis, List<CasualtyMention> mentions) {
    return HeadlineTotals.of(candidates(analysis));
  }

  /** Every count the rules find, one per phrase, in text order. */
  List<Candidate> candidates(TextAnalysis analysis) {
    String text = analysis.text();
    List<Candidate> all = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      all.addAll(rules.find(text, s.start(), s.end(), s.index()));
    }
    return dedupe(all);
  }

  /** Rules in order of trust: where two read the same phrase, the first one wins. */
  private static final List<String> PRIORITY = List.of(
      "negated", "not-seriously", "negated-noun", "subject", "active", "result", "toll", "noun", "including",
      "fate", "singular", "attributive", "singular-object", "singular-name", "death-of", "singular-verb",
      "died", "not-harmed");

  private static List<Candidate> dedupe(List<Candidate> all) {
    List<Candidate> byTrust = new ArrayList<>(all);
    byTrust.sort(Comparator.comparingInt((Candidate c) -> PRIORITY.indexOf(c.rule()))
        .thenComparingInt(c -> c.span().start()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : byTrust) {
      boolean clash = false;
      for (Candidate k : kept) {
        boolean sameCue = k.cueStart() == c.cueStart();
        boolean sameKind = k.kind().category() == c.kind().category();
        if (sameCue || sameKind && k.span().overlaps(c.span())) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        kept.add(c);
      }
    }
    // "Thirty-nine foreign hostages were killed": the noun inside a larger count names victims
    kept.removeIf(c -> c.rule().equals("noun") && kept.stream().anyMatch(
        k -> k != c && k.span().contains(c.span()) && k.span().length() > c.span().length()));
    kept.sort(Comparator.comparing(Candidate::span));
    return kept;
  }
}
