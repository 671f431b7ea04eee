package org.newsextract.casualty;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the headline figure per category for the main event: the first precise count the
 * article gives (headline and lead come first), unless a later one updates a toll ("rose to").
 */
final class HeadlineTotals {
  private HeadlineTotals() {}

  static Map<CasualtyCategory, Long> of(List<Candidate> candidates) {
    Map<CasualtyCategory, Long> totals = new EnumMap<>(CasualtyCategory.class);
    for (Kind kind : Kind.values()) {
      if (kind == Kind.SHOT) {
        continue;
      }
      headline(candidates, kind).ifPresent(c -> totals.put(kind.category(), c.count()));
    }
    if (!totals.containsKey(CasualtyCategory.INJURED)) {
      headline(candidates, Kind.SHOT).ifPresent(shot -> {
        long killed = killedAmong(candidates, shot);
        if (shot.count() - killed > 0) {
          totals.put(CasualtyCategory.INJURED, shot.count() - killed);
        }
      });
    }
    totals.values().removeIf(v -> v == 0);
    return totals;
  }

  private static Optional<Candidate> headline(List<Candidate> all, Kind kind) {
    Candidate first = null;
    Candidate update = null;
    Candidate sub = null;
    Candidate single = null;
    boolean none = false;
    for (Candidate c : all) {
      if (c.kind() != kind) {
        continue;
      }
      if (c.negated()) {
        none |= !c.rule().equals("not-harmed");
        continue;
      }
      if (c.singular()) {
        single = single == null ? c : single;
      } else if (c.includedIn().isPresent() || c.additive()) {
        sub = sub == null ? c : sub;
      } else if (c.update()) {
        update = update == null || c.count() >= update.count() ? c : update;
      } else if (first == null || first.vague() && !c.vague()) {
        first = c;
      }
    }
    if (update != null && (first == null || update.count() >= first.count())) {
      return Optional.of(update);
    }
    if (first != null) {
      return Optional.of(first);
    }
    if (sub != null) {
      return Optional.of(sub);
    }
    return none ? Optional.empty() : Optional.ofNullable(single);
  }

  /** How many of the people in a SHOT count are said to have died. */
  private static long killedAmong(List<Candidate> all, Candidate shot) {
    for (Candidate c : all) {
      if (c.kind() == Kind.KILLED && c.includedIn().isPresent()
          && c.includedIn().get().equals(shot.span())) {
        return c.count();
      }
    }
    for (Candidate c : all) {
      if (c.kind() == Kind.KILLED && c.sentence() == shot.sentence() && !c.negated()) {
        return c.count();
      }
    }
    return 0;
  }
}
