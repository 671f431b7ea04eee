package org.newsextract.casualty.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsextract.TextSpan;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.CountPrecision;

/**
 * Finds casualty counts and the document's headline totals. Immutable and thread-safe.
 * Internal: use {@link org.newsextract.NewsExtractor}.
 */
public final class CasualtyExtractor {
  private final CasualtyRules rules = CasualtyRules.shared();
  private final int maxResults;

  /** An extractor without a cap on results. */
  public CasualtyExtractor() {
    this(Integer.MAX_VALUE - 1);
  }

  /**
   * Stops at the sentence where more than {@code maxResults} mentions are found.
   *
   * @param maxResults the number of mentions past which the search stops
   */
  public CasualtyExtractor(int maxResults) {
    this.maxResults = maxResults;
  }

  /**
   * Casualty mentions in text order.
   *
   * @param analysis the analysed text
   * @return the mentions found
   */
  public List<CasualtyMention> extract(TextAnalysis analysis) {
    List<CasualtyMention> out = new ArrayList<>();
    for (Candidate c : candidates(analysis)) {
      out.add(c.toMention());
    }
    return out;
  }

  /**
   * The headline figure per category for the main event of the document, without links to
   * attributions and dates (see {@link CasualtyTotal#withLinks}).
   *
   * @param analysis the analysed text
   * @param mentions the mentions {@link #extract} found in it, in its order, or the first of
   *     them: a total's mention indexes point into this list, and leave out mentions past its end
   * @return the totals per category, in category order; categories without a figure are absent
   */
  public Map<CasualtyCategory, CasualtyTotal> totals(TextAnalysis analysis,
      List<CasualtyMention> mentions) {
    List<Candidate> all = candidates(analysis);
    // extract() maps the candidates one to one, in order
    Map<Candidate, Integer> index = new java.util.IdentityHashMap<>();
    for (int i = 0; i < all.size() && i < mentions.size(); i++) {
      index.put(all.get(i), i);
    }
    Map<CasualtyCategory, CasualtyTotal> out = new java.util.EnumMap<>(CasualtyCategory.class);
    HeadlineTotals.of(analysis.text(), all).forEach((category, f) -> {
      List<Integer> from = new ArrayList<>();
      for (Candidate c : f.from()) {
        Integer i = index.get(c);
        if (i != null) {
          from.add(i);
        }
      }
      out.put(category, new CasualtyTotal(category, f.count(), f.countMax(), f.precision(), from,
          java.util.OptionalInt.empty(), java.util.OptionalInt.empty()));
    });
    return out;
  }

  private static final Object MEMO_KEY = new Object();

  /** Every count the rules find, one per phrase, in text order; computed once per analysis. */
  List<Candidate> candidates(TextAnalysis analysis) {
    return analysis.memo(MEMO_KEY, () -> find(analysis));
  }

  private List<Candidate> find(TextAnalysis analysis) {
    String text = analysis.text();
    // the rules read a lower-cased copy (same length, char for char): case never matters and
    // matching without CASE_INSENSITIVE is several times faster
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    String lower = new String(chars);
    // Candidates of two sentences never clash (spans and cues lie in their sentence), so each
    // sentence is settled on its own and the search stops as soon as the cap is passed.
    List<Candidate> kept = new ArrayList<>();
    // matchers made once per document: a region resets a matcher to what a new one would be
    SentenceWords.Matchers matchers = new SentenceWords.Matchers();
    java.util.regex.Matcher modal = HYPOTHETICAL.matcher(lower);
    Periods.Search tally = new Periods.Search(lower);
    for (Sentence s : analysis.sentences()) {
      if (kept.size() > maxResults) {
        break;
      }
      List<Candidate> found = withOthers(text,
          dedupe(rules.find(text, lower, s.start(), s.end(), s.index(), matchers)));
      found.removeIf(c -> hypothetical(modal, s.start(), c));
      // a tally changes only counts that are not singular: without one, it needs no search
      if (found.stream().anyMatch(c -> !c.singular())
          && tally.tally(s.start(), s.end())) {
        found.replaceAll(c -> c.singular() ? c : c.asBackground());
      }
      kept.addAll(found);
    }
    return List.copyOf(linkAmong(kept));
  }

  /** An intent or a modal right before the cue: "threatened to hurt her", "could kill". */
  private static final java.util.regex.Pattern HYPOTHETICAL = java.util.regex.Pattern.compile(
      "(?<![\\w'’-])(?:(?:threaten(?:ed|s|ing)?|tried|tries|try|trying|attempt(?:ed|ing|s)?"
          + "|plann?(?:ed|ing|s)?|wants?|wanted|intend(?:ed|s)?|vow(?:ed|s)?|plott(?:ed|ing)"
          + "|going|meant)\\s+to|would|could|might|should)\\s+(?:have\\s+)?"
          + "(?:(?:be|been)\\s+)?$");

  /**
   * The count's cue is something that might happen, was wished or threatened, not something
   * that happened: "he had threatened to hurt her", "the blast could have killed dozens".
   * {@code modal} is a matcher of {@link #HYPOTHETICAL} over the lower-cased text.
   */
  private static boolean hypothetical(java.util.regex.Matcher modal, int sentenceStart,
      Candidate c) {
    int at = c.cueStart();
    if (c.negated() || at <= sentenceStart) {
      return false;
    }
    return modal.region(Math.max(sentenceStart, at - 24), at).find();
  }

  /**
   * "Two men were in critical condition and two others injured", "a boy was wounded in a
   * shooting that also injured three other people": "others" of the same fate in the same
   * sentence add to the count before them. The sum becomes a mention of its own, spanning both,
   * and the two parts are included in it.
   */
  private static List<Candidate> withOthers(String text, List<Candidate> sentence) {
    List<Candidate> out = new ArrayList<>(sentence);
    for (int i = 1; i < sentence.size(); i++) {
      Candidate c = sentence.get(i);
      if (c.singular() || c.negated() || c.includedIn().isPresent() || c.victims().isEmpty()
          || !c.victims().get().text().toLowerCase(java.util.Locale.ROOT).startsWith("other")) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Candidate e = sentence.get(j);
        if (e.kind() == Kind.KILLED && c.kind() != Kind.KILLED) {
          break; // "a teen shot in Miami dies, two others wounded": others than the dead
        }
        if (e.kind().category() != c.kind().category()) {
          continue;
        }
        boolean repeat = e.victims().isPresent() && e.victims().get().text()
            .toLowerCase(java.util.Locale.ROOT).startsWith("other");
        if (!repeat && !e.negated() && e.includedIn().isEmpty()
            && e.span().end() <= c.span().start()) {
          TextSpan both = TextSpan.of(text, e.span().start(), c.span().end());
          out.add(new Candidate("others", both, c.cueStart(), c.kind(), e.count() + c.count(),
              e.countMax() + c.countMax(), e.precision() == CountPrecision.EXACT ? c.precision()
                  : e.precision(), e.victims(), c.sentence(), false, c.update(), false,
              Optional.empty()));
          out.set(out.indexOf(e), includedIn(e, both));
          out.set(out.indexOf(c), includedIn(c, both));
        }
        break;
      }
    }
    out.sort(Comparator.comparing(Candidate::span));
    return out;
  }

  private static Candidate includedIn(Candidate c, TextSpan whole) {
    return new Candidate(c.rule(), c.span(), c.cueStart(), c.kind(), c.count(), c.countMax(),
        c.precision(), c.victims(), c.sentence(), c.singular(), c.update(), c.additive(),
        Optional.of(whole), c.background());
  }

  /** "Two policemen were among the dead": part of the nearest larger count before it. */
  private static List<Candidate> linkAmong(List<Candidate> cs) {
    List<Candidate> out = new ArrayList<>(cs);
    for (int i = 0; i < out.size(); i++) {
      Candidate c = out.get(i);
      if (!c.rule().equals("among") || c.includedIn().isPresent()) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Candidate t = out.get(j);
        if (c.sentence() - t.sentence() > 3) {
          break;
        }
        if (t.kind().category() == c.kind().category() && !t.singular() && t.count() > c.count()
            && t.includedIn().isEmpty()) {
          out.set(i, new Candidate(c.rule(), c.span(), c.cueStart(), c.kind(), c.count(),
              c.countMax(), c.precision(), c.victims(), c.sentence(), false, false, false,
              Optional.of(t.span())));
          break;
        }
      }
    }
    return out;
  }

  /** Rules in order of trust: where two read the same phrase, the first one wins. */
  private static final List<String> PRIORITY = List.of(
      "negated", "not-seriously", "negated-noun", "conjoined", "conjoined-object", "among",
      "subject", "active", "result", "toll", "noun", "including", "fate", "multiple", "singular",
      "attributive", "singular-object", "singular-result", "singular-name", "death-of",
      "possessive", "singular-verb", "died", "not-harmed");

  private static List<Candidate> dedupe(List<Candidate> all) {
    List<Candidate> byTrust = new ArrayList<>(all);
    byTrust.sort(Comparator.comparingInt((Candidate c) -> PRIORITY.indexOf(c.rule()))
        .thenComparingInt(c -> c.span().start()));
    // kept candidates by start; spans are short (every rule is bounded), so only those that
    // start within the longest kept span before c can overlap it
    java.util.TreeMap<Integer, List<Candidate>> byStart = new java.util.TreeMap<>();
    java.util.Set<Integer> cues = new java.util.HashSet<>();
    int longest = 0;
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : byTrust) {
      boolean clash = cues.contains(c.cueStart());
      if (!clash) {
        for (List<Candidate> near : byStart.subMap(c.span().start() - longest, true,
            c.span().end(), false).values()) {
          for (Candidate k : near) {
            if (k.kind().category() == c.kind().category() && k.span().overlaps(c.span())) {
              clash = true;
              break;
            }
          }
        }
      }
      if (!clash) {
        kept.add(c);
        cues.add(c.cueStart());
        byStart.computeIfAbsent(c.span().start(), x -> new ArrayList<>()).add(c);
        longest = Math.max(longest, c.span().length());
      }
    }
    // "Thirty-nine foreign hostages were killed": the noun inside a larger count names victims
    final int reach = longest;
    kept.removeIf(c -> c.rule().equals("noun") && byStart.subMap(c.span().start() - reach, true,
        c.span().start(), true).values().stream().flatMap(List::stream).anyMatch(
            k -> k != c && k.span().contains(c.span())
                && k.span().length() > c.span().length()));
    kept.sort(Comparator.comparing(Candidate::span));
    return kept;
  }
}
