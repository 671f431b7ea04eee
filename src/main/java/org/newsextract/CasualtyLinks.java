package org.newsextract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
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
 * Links each casualty mention and total to the layers around it, which no single layer sees:
 * the attribution whose content holds the figure (who gives it: "12 were killed, police said")
 * and the date of the incident (a day or a time in the figure's sentence, else the first one in
 * the lead). Where a total's own mention has neither, a later mention that states the same figure
 * may. Work: per mention, binary searches and at most {@link #MAX_CONTAINERS} contents; per total,
 * a scan of the mentions; there is at most one total per category.
 */
final class CasualtyLinks {
  private CasualtyLinks() {}

  /** The headline, a dateline or standfirst, and the first sentence of the body. */
  private static final int LEAD_SENTENCES = 3;
  /** Contents starting at or before a mention looked at for the one that holds it. */
  private static final int MAX_CONTAINERS = 32;

  /**
   * The casualty mentions and totals with their links.
   *
   * @param mentions the mentions, in the same order, each with its attribution and date
   * @param totals the totals, each with its attribution and date
   */
  record Linked(List<CasualtyMention> mentions, Map<CasualtyCategory, CasualtyTotal> totals) {}

  /**
   * Links each mention to the attribution whose content holds it and to the incident's date: a
   * day or time in its sentence; else, when the sentence dates nothing at all, the lead's (a
   * count in "in 2015, a blast killed 12" is not dated by today's lead). Each total takes the
   * attribution of the first mention stating its figure that has one ("14 Dead" in a headline,
   * "left 14 people dead, officials said" in the lead), and a day in the sentence of one of them,
   * else the lead's.
   */
  static Linked link(TextAnalysis analysis, Map<CasualtyCategory, CasualtyTotal> totals,
      List<CasualtyMention> mentions, List<Attribution> attributions, List<DateMention> dates) {
    List<Sentence> sentences = analysis.sentences();
    OptionalInt leadDate = OptionalInt.empty();
    if (!sentences.isEmpty()) {
      int leadEnd = sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
      leadDate = dayIn(dates, 0, leadEnd);
    }
    int[] byContentStart = IntStream.range(0, attributions.size())
        .filter(i -> attributions.get(i).content().isPresent())
        .boxed()
        .sorted(Comparator.comparingInt(i -> attributions.get(i).content().get().start()))
        .mapToInt(Integer::intValue)
        .toArray();
    List<CasualtyMention> linked = new ArrayList<>(mentions.size());
    for (CasualtyMention m : mentions) {
      OptionalInt date = OptionalInt.empty();
      Sentence s = sentenceOf(sentences, m.span().start());
      if (s != null) {
        date = dayIn(dates, s.start(), s.end());
        if (date.isEmpty() && !anyDateIn(dates, s.start(), s.end())) {
          date = leadDate;
        }
      }
      linked.add(m.withLinks(attributionOf(attributions, byContentStart, m), date));
    }
    Map<CasualtyCategory, CasualtyTotal> out = new EnumMap<>(CasualtyCategory.class);
    for (Map.Entry<CasualtyCategory, CasualtyTotal> e : totals.entrySet()) {
      CasualtyTotal t = e.getValue();
      if (t.mentions().isEmpty()) {
        out.put(e.getKey(), t.withLinks(OptionalInt.empty(), leadDate));
        continue;
      }
      List<CasualtyMention> stating = new ArrayList<>();
      stating.add(linked.get(t.mentions().get(0)));
      for (CasualtyMention m : linked) {
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
          attribution = m.attribution();
        }
        Sentence s = sentenceOf(sentences, m.span().start());
        if (date.isEmpty() && s != null) {
          date = dayIn(dates, s.start(), s.end());
        }
      }
      out.put(e.getKey(), t.withLinks(attribution, date.isPresent() ? date : leadDate));
    }
    return new Linked(linked, out);
  }

  /** Restatements of a figure looked at, so the work per total stays bounded. */
  private static final int MAX_RESTATED = 8;

  /**
   * The attribution with the shortest content that holds the mention, among the {@value
   * #MAX_CONTAINERS} contents starting last at or before it (bounded work per mention).
   */
  private static OptionalInt attributionOf(List<Attribution> attributions, int[] order,
      CasualtyMention m) {
    int lo = 0;
    int hi = order.length - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (attributions.get(order[mid]).content().get().start() <= m.span().start()) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    int best = -1;
    int bestLength = Integer.MAX_VALUE;
    for (int k = last; k >= 0 && k > last - MAX_CONTAINERS; k--) {
      TextSpan content = attributions.get(order[k]).content().get();
      if (content.contains(m.span()) && (content.length() < bestLength
          || content.length() == bestLength && order[k] < best)) {
        best = order[k];
        bestLength = content.length();
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** The first day or time of day in {@code [from, to)}: not a year, a month or "now". */
  private static OptionalInt dayIn(List<DateMention> dates, int from, int to) {
    for (int i = firstFrom(dates, from); i < dates.size(); i++) {
      DateMention d = dates.get(i);
      if (d.span().start() >= to) {
        break;
      }
      if ((d.type() == TimexType.DATE || d.type() == TimexType.TIME)
          && d.granularity().compareTo(Granularity.DAY) <= 0) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether a date of any granularity ("in 2015", "last month") starts in {@code [from, to)}. */
  private static boolean anyDateIn(List<DateMention> dates, int from, int to) {
    for (int i = firstFrom(dates, from); i < dates.size(); i++) {
      if (dates.get(i).span().start() >= to) {
        return false;
      }
      if (dates.get(i).type() != TimexType.DURATION && dates.get(i).type() != TimexType.SET) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first date starting at or after {@code from} (dates are in text order). */
  private static int firstFrom(List<DateMention> dates, int from) {
    int lo = 0;
    int hi = dates.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dates.get(mid).span().start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
