package org.newsextract.casualty.engine;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CountPrecision;

/**
 * Picks the headline figure per category for the main event. The headline and lead come first
 * in a news article, so the first precise count wins, unless a later count updates a toll ("rose
 * to 130"), or a single victim is named well before any number (the number then belongs to
 * background: "more than 500 people died in ..."). Counts that are part of another ("including
 * five attackers", "two were among the dead") or add to it ("another five") are used only when
 * nothing else is given. "No one was hurt" rules out a single victim named after it, never
 * becomes a count of 1, and a zero is not reported as a total.
 */
final class HeadlineTotals {
  private HeadlineTotals() {}

  /** A number this many sentences after the first single victim no longer counts. */
  private static final int LEAD_SENTENCES = 3;

  /**
   * Arrests are about suspects, not casualties of the event: mentions only, no total. SHOT
   * (hit, fate not said) becomes INJURED below, less those said to have died.
   */
  private static final Set<Kind> NO_TOTAL = EnumSet.of(Kind.SHOT);

  /** Rare in crime news; a single victim of these ("a woman who was kidnapped") is background. */
  private static final Set<Kind> NEED_NUMBER =
      EnumSet.of(Kind.HOSTAGE, Kind.MISSING, Kind.AFFECTED);

  /**
   * One headline figure and the candidates it comes from: the one that states it, then any it
   * is reckoned with (the dead taken from a count of people shot).
   */
  record Figure(long count, long countMax, CountPrecision precision, List<Candidate> from) {
    static Figure of(Candidate c) {
      return new Figure(c.count(), c.countMax(), c.precision(), List.of(c));
    }
  }

  static Map<CasualtyCategory, Figure> of(String text, List<Candidate> candidates) {
    Map<CasualtyCategory, Candidate> chosen = new EnumMap<>(CasualtyCategory.class);
    for (Kind kind : Kind.values()) {
      if (!NO_TOTAL.contains(kind)) {
        headline(candidates, kind).ifPresent(c -> chosen.put(kind.category(), c));
      }
    }
    // "Five wounded in club shooting ... the club saw a fatal shooting in July, when a guard
    // was killed": a death first told, by a single victim, well after the lead's figure is
    // background
    int lead = Integer.MAX_VALUE;
    for (Candidate c : candidates) {
      if (!c.singular() && !c.background() && !c.negated() && c.includedIn().isEmpty()
          && c.kind() != Kind.ARRESTED) {
        lead = Math.min(lead, c.sentence());
      }
    }
    int firstDeath = Integer.MAX_VALUE;
    for (Candidate c : candidates) {
      if (c.kind() == Kind.KILLED && !c.negated()) {
        firstDeath = Math.min(firstDeath, c.sentence());
      }
    }
    if (firstDeath - lead > LEAD_SENTENCES) {
      chosen.values().removeIf(c -> c.singular() && c.kind() == Kind.KILLED);
    }
    // "A 10-year-old girl was wounded ... Five shootings, four days, three people dead": a
    // period's tally stands in for a category only in a story whose own event has no count
    int eventSentence = chosen.values().stream()
        .filter(c -> !c.background() && c.kind() != Kind.ARRESTED)
        .mapToInt(Candidate::sentence).min().orElse(Integer.MAX_VALUE);
    // (a round-up the lead itself gives, "One man was killed and three others were injured in
    // two shootings", is the story's event)
    Candidate injuredTally = chosen.get(CasualtyCategory.INJURED);
    chosen.values().removeIf(c -> c.background() && c.sentence() > eventSentence);
    // nor does a count of people shot replace a tally of the wounded dropped
    boolean injuredDropped = injuredTally != null
        && !chosen.containsKey(CasualtyCategory.INJURED);
    if (chosen.containsKey(CasualtyCategory.HOSTAGE)
        || chosen.containsKey(CasualtyCategory.KIDNAPPED)) {
      // "rescued the two hostages; two of the kidnappers were killed": in a story of people
      // taken, the captors' toll is the rescue's outcome, not a casualty figure
      chosen.values().removeIf(HeadlineTotals::perpetrators);
    }
    Map<CasualtyCategory, Figure> totals = new EnumMap<>(CasualtyCategory.class);
    chosen.forEach((category, c) -> totals.put(category, hedged(candidates, c)));
    Candidate killed = chosen.get(CasualtyCategory.KILLED);
    Optional<Candidate> firstShot = injuredDropped ? Optional.empty()
        : headline(candidates, Kind.SHOT);
    Candidate injuredFirst = chosen.get(CasualtyCategory.INJURED);
    // "Four people shot, two in serious condition": a count of people shot that comes first in
    // the lead, less those said to have died; and a count of people shot is a better figure
    // than one single victim said to be hurt
    boolean shotFirst = firstShot.isPresent() && !firstShot.get().singular()
        && injuredFirst != null && !injuredFirst.update()
        && (firstShot.get().sentence() < LEAD_SENTENCES
            && firstShot.get().span().start() < injuredFirst.span().start()
            || injuredFirst.singular());
    if (shotFirst) {
      totals.remove(CasualtyCategory.INJURED);
      chosen.remove(CasualtyCategory.INJURED);
    }
    if (!totals.containsKey(CasualtyCategory.INJURED)) {
      firstShot.ifPresent(shot -> {
        // "one dead, four others shot": the dead are not among the others
        Optional<Candidate> dead = others(shot) ? Optional.empty() : killedAmong(candidates, shot);
        if (dead.isEmpty() && killed != null && !shot.singular() && !others(shot)) {
          // "four victims with gunshot wounds ... Smith died": the dead are among those shot;
          // "two teens were shot ... both girls dead": all of them
          dead = Optional.of(killed);
        }
        long died = Math.min(shot.count(), dead.map(Candidate::count).orElse(0L));
        // "a man was shot" in a story of a killing is, most often, the man who died
        boolean sameVictim = shot.singular() && killed != null && !otherPerson(text, shot);
        if (shot.count() - died > 0 && !sameVictim) {
          List<Candidate> from = dead.isPresent() ? List.of(shot, dead.get()) : List.of(shot);
          totals.put(CasualtyCategory.INJURED, new Figure(shot.count() - died,
              shot.countMax() - died, shot.precision(), from));
        }
      });
    }
    Candidate injured = chosen.get(CasualtyCategory.INJURED);
    if (killed != null && killed.count() == 1 && injured != null && injured.singular()
        && !otherPerson(text, injured) && !saysHurt(candidates)) {
      // "the boy was taken to a hospital" in a story of his death: the same single victim,
      // counted once, in the worse category
      totals.remove(CasualtyCategory.INJURED);
    }
    totals.values().removeIf(f -> f.count() == 0);
    return totals;
  }

  private static final java.util.regex.Pattern HURT = java.util.regex.Pattern.compile(
      "\\b(?:wounded|injured|hurt)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern SELF = java.util.regex.Pattern.compile(
      "\\b(?:himself|herself)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Some single victim is said to be wounded, injured or hurt (not only hospitalised), other
   * than by their own hand ("injured himself").
   */
  private static boolean saysHurt(List<Candidate> all) {
    for (Candidate c : all) {
      // ("The deputy shot and critically injured by a teen has died": hurt, then dead, in
      // one sentence with the death is the one who died)
      if (c.kind() == Kind.INJURED && c.singular() && HURT.matcher(c.span().text()).find()
          && !sameSentenceAsADeath(all, c)
          && !SELF.matcher(c.span().text()).find()) {
        return true;
      }
    }
    return false;
  }

  /** A death told by its verb alone: "has died", "died at a hospital", "later succumbed". */
  private static final java.util.regex.Pattern DIED = java.util.regex.Pattern.compile(
      "(?i)\\b(?:died|dies|succumbed)\\b");

  /**
   * The sentence of {@code hurt} goes on to a death with no victim of its own ("... critically
   * injured by a teen has died"), not "Man killed, girl wounded" (two people) nor "Pizarro was
   * wounded and his assailant was killed".
   */
  private static boolean sameSentenceAsADeath(List<Candidate> all, Candidate hurt) {
    for (Candidate c : all) {
      if (c.kind() == Kind.KILLED && c.singular() && !c.negated() && c.victims().isEmpty()
          && DIED.matcher(c.span().text()).find()
          && c.sentence() == hurt.sentence() && c.span().start() > hurt.span().start()) {
        return true;
      }
    }
    return false;
  }

  /** Words that say a single victim is someone else than one named before. */
  private static final java.util.regex.Pattern OTHER_PERSON = java.util.regex.Pattern.compile(
      "\\b(?:another|second|other|third|also)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * "Another man was taken to the hospital", "a second victim", "a woman was also injured":
   * the single victim is not the one who died. Looks at the victim's phrase and the few words
   * before it only.
   */
  private static boolean otherPerson(String text, Candidate c) {
    int from = Math.max(0, c.span().start() - 20);
    return OTHER_PERSON.matcher(text).region(from, c.span().end()).find();
  }

  private static Optional<Candidate> headline(List<Candidate> all, Kind kind) {
    Candidate first = null;
    Candidate earliest = null; // the first count that became "first", before any refinement
    Candidate update = null;
    Candidate sub = null;
    Candidate single = null;
    Candidate none = null;
    Candidate tally = null;
    Candidate perpetrators = null;
    // "7 hurt after shootings ... four separate shootings left two dead and seven injured": a
    // count that a round-up or tally repeats is that round-up's figure
    Set<Long> tallied = new java.util.HashSet<>();
    for (Candidate c : all) {
      if (c.kind() == kind && c.background() && !c.singular()) {
        tallied.add(c.count());
      }
    }
    for (Candidate c : all) {
      if (c.kind() != kind) {
        continue;
      }
      if (c.negated()) {
        boolean blocks = c.rule().equals("negated") || c.rule().equals("negated-noun");
        none = none == null && blocks ? c : none;
        continue;
      }
      if (perpetrators(c)) {
        perpetrators = perpetrators == null ? c : perpetrators;
        continue;
      }
      if (c.singular()) {
        single = single == null ? c : single;
      } else if (c.background() || tallied.contains(c.count())) {
        tally = tally == null ? c : tally;
      } else if (c.includedIn().isPresent() || c.additive() || c.rule().equals("among")
          || partitive(c)) {
        sub = sub == null ? c : sub;
      } else if (c.update()) {
        update = update == null || c.count() >= update.count() ? c : update;
      } else if (first == null || first.vague() && !c.vague() || refines(first, c)) {
        earliest = first == null ? c : earliest;
        first = c;
      }
    }
    // (a number given before the single victim and refined after it still leads: "killed more
    // than 10 insurgents ... killed Abdul Jamil ... killed 15 insurgents")
    if (first != null && single != null && single.span().start() < earliest.span().start()
        && first.sentence() - single.sentence() > LEAD_SENTENCES && !definite(first)) {
      first = null;
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
    // "no one was hurt" rules out a single victim named later, not one named before it
    // ("a man was shot ... no one else was hurt")
    boolean ruledOut = none != null && single != null
        && none.span().start() < single.span().start();
    if (ruledOut || NEED_NUMBER.contains(kind) || single == null) {
      // a period's tally ("since 1985", "this year") only when the article gives nothing else,
      // and the attackers' toll only when no victim's is given
      return Optional.ofNullable(tally != null ? tally : perpetrators);
    }
    return Optional.of(single);
  }

  /** "Two of the injured", "one of them": a part of a group counted elsewhere. */
  private static final java.util.regex.Pattern PARTITIVE = java.util.regex.Pattern.compile(
      "(?i)[\\w-]{1,20}\\s+of\\s+(?:the|them|those)\\b.*", java.util.regex.Pattern.DOTALL);

  private static boolean partitive(Candidate c) {
    return PARTITIVE.matcher(c.span().text()).matches();
  }

  /** "Both ...", "the two ...": a count of people already told of, not a new figure. */
  private static final java.util.regex.Pattern DEFINITE = java.util.regex.Pattern.compile(
      "(?i)(?:both|the\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}))\\b.*",
      java.util.regex.Pattern.DOTALL);

  private static boolean definite(Candidate c) {
    return DEFINITE.matcher(c.span().text()).matches();
  }

  /** The count's victims are "others", "other people". */
  private static boolean others(Candidate c) {
    return c.victims().isPresent()
        && c.victims().get().text().toLowerCase(java.util.Locale.ROOT).startsWith("other");
  }

  /** Nouns for those who carried out the attack, not its victims. */
  private static final Set<String> PERPETRATORS = Set.of("attacker", "attackers", "assailant",
      "assailants", "gunman", "gunmen", "kidnapper", "kidnappers", "abductor", "abductors",
      "hijacker", "hijackers", "bomber", "bombers", "shooter", "shooters", "captor", "captors",
      "perpetrator", "perpetrators");

  /**
   * "Two of the kidnappers were killed", "police killed six kidnappers", "his assailant was
   * killed": the count is of the attackers, kept apart from the victims' toll.
   */
  private static boolean perpetrators(Candidate c) {
    if (c.victims().isEmpty()) {
      return false;
    }
    String v = c.victims().get().text().toLowerCase(java.util.Locale.ROOT);
    int space = Math.max(v.lastIndexOf(' '), v.lastIndexOf('\n'));
    return PERPETRATORS.contains(v.substring(space + 1));
  }

  /**
   * "Bombing kills 31 ... killing at least 31 people": an exact figure that the lead gives again
   * as "at least", "more than" or "about" the same number takes that precision.
   */
  private static Figure hedged(List<Candidate> all, Candidate c) {
    if (c.precision() == CountPrecision.EXACT) {
      for (Candidate o : all) {
        if (o != c && o.kind() == c.kind() && o.count() == c.count() && !o.negated()
            && o.precision() != CountPrecision.EXACT && o.sentence() < LEAD_SENTENCES) {
          return new Figure(c.count(), Math.max(c.countMax(), o.countMax()), o.precision(),
              List.of(c, o));
        }
      }
    }
    return Figure.of(c);
  }

  /**
   * "More than 10 insurgents were killed ... the strike killed 15": a later exact figure within
   * the bounds of a first vague one (and at most twice it) is the same toll, told more exactly.
   */
  private static boolean refines(Candidate first, Candidate later) {
    if (later.precision() != CountPrecision.EXACT || later.sentence() == first.sentence()) {
      return false;
    }
    return switch (first.precision()) {
      case AT_LEAST -> later.count() >= first.count() && later.count() <= 2 * first.count();
      case APPROXIMATE -> later.count() >= first.count() && later.count() <= first.countMax()
          && first.countMax() > first.count();
      default -> false;
    };
  }

  /** The count of those among the people in a SHOT count who are said to have died. */
  private static Optional<Candidate> killedAmong(List<Candidate> all, Candidate shot) {
    for (Candidate c : all) {
      if (c.kind() == Kind.KILLED && c.includedIn().isPresent()
          && c.includedIn().get().equals(shot.span())) {
        return Optional.of(c);
      }
    }
    for (Candidate c : all) {
      if (c.kind() == Kind.KILLED && !c.negated() && !c.singular() && c.count() < shot.count()
          && c.sentence() >= shot.sentence() && c.sentence() - shot.sentence() <= 1) {
        return Optional.of(c);
      }
    }
    for (Candidate c : all) {
      if (c.kind() == Kind.KILLED && c.sentence() == shot.sentence() && !c.negated()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
