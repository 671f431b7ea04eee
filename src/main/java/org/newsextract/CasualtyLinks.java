package org.newsextract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.newsextract.analysis.Sentence;
import org.newsextract.analysis.TextAnalysis;
import org.newsextract.attribution.Attribution;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.date.DateMention;
import org.newsextract.date.Granularity;
import org.newsextract.date.TimexType;

/**
 * Links each casualty total to the layers around it, which no single layer sees: the
 * attribution whose content holds the total's mention (who gives the figure: "12 were killed,
 * police said") and the date of the incident (a day or a time in the mention's sentence, else
 * the first one in the lead). Where the total's own mention has neither, a later mention that
 * states the same figure may. Work: a scan of the mentions, and of the attributions and dates
 * for at most {@link #MAX_RESTATED} of them, per total; there is at most one total per category.
 */
final class CasualtyLinks {
  private CasualtyLinks() {}

  /** The headline, a dateline or standfirst, and the first sentence of the body. */
  private static final int LEAD_SENTENCES = 3;

  static Map<CasualtyCategory, CasualtyTotal> link(TextAnalysis analysis,
      Map<CasualtyCategory, CasualtyTotal> totals, List<CasualtyMention> mentions,
      List<Attribution> attributions, List<DateMention> dates) {
    Map<CasualtyCategory, CasualtyTotal> out = new EnumMap<>(CasualtyCategory.class);
    OptionalInt leadDate = OptionalInt.empty();
    List<Sentence> sentences = analysis.sentences();
    if (!sentences.isEmpty()) {
      int leadEnd = sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
      leadDate = dateIn(dates, 0, leadEnd);
    }
    for (Map.Entry<CasualtyCategory, CasualtyTotal> e : totals.entrySet()) {
      CasualtyTotal t = e.getValue();
      if (t.mentions().isEmpty()) {
        out.put(e.getKey(), t.withLinks(OptionalInt.empty(), leadDate));
        continue;
      }
      // the mention the figure comes from, then the others that state the same figure ("14
      // Dead" in a headline, "left 14 people dead, officials said" in the lead)
      List<CasualtyMention> stating = new ArrayList<>();
      stating.add(mentions.get(t.mentions().get(0)));
      for (CasualtyMention m : mentions) {
        if (m.category() == t.category() && m.count() == t.count()
            && m.countMax() == t.countMax() && m != stating.get(0)
            && stating.size() < MAX_RESTATED) {
          stating.add(m);
        }
      }
      OptionalInt attribution = OptionalInt.empty();
      OptionalInt date = OptionalInt.empty();
      for (CasualtyMention m : stating) {
        if (attribution.isEmpty()) {
          attribution = attributionOf(attributions, m);
        }
        Sentence s = sentenceOf(sentences, m.span().start());
        if (date.isEmpty() && s != null) {
          date = dateIn(dates, s.start(), s.end());
        }
      }
      out.put(e.getKey(), t.withLinks(attribution, date.isPresent() ? date : leadDate));
    }
    return out;
  }

  /** Restatements of a figure looked at, so the work per total stays bounded. */
  private static final int MAX_RESTATED = 8;

  /** The attribution with the shortest content that holds the mention. */
  private static OptionalInt attributionOf(List<Attribution> attributions, CasualtyMention m) {
    int best = -1;
    int bestLength = Integer.MAX_VALUE;
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      if (a.content().isPresent() && a.content().get().contains(m.span())
          && a.content().get().length() < bestLength) {
        best = i;
        bestLength = a.content().get().length();
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** The first day or time of day in {@code [from, to)}: not a year, a month or "now". */
  private static OptionalInt dateIn(List<DateMention> dates, int from, int to) {
    for (int i = 0; i < dates.size(); i++) {
      DateMention d = dates.get(i);
      if (d.span().start() >= to) {
        break;
      }
      if (d.span().start() >= from && (d.type() == TimexType.DATE || d.type() == TimexType.TIME)
          && d.granularity().compareTo(Granularity.DAY) <= 0) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The sentence that holds {@code at}, by binary search over the sentences in text order. */
  private static Sentence sentenceOf(List<Sentence> sentences, int at) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (at < s.start()) {
        hi = mid - 1;
      } else if (at >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
