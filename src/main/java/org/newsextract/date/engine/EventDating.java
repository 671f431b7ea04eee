package org.newsextract.date.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.date.DateMention;
import org.newsextract.date.EventAnchor;
import org.newsextract.date.Granularity;
import org.newsextract.date.TimexType;

/**
 * Dates the events that expressions are counted from ({@link DateEventRules}), once the whole
 * document is read: an event is dated where the article puts a date right next to a word of its
 * class ("the attack on Friday", "Friday's attack", "the March 3 election", "was shot on Oct.
 * 3"). Only an event class the article dates once (or always alike) is resolved; with no date,
 * or two different ones, the anchor stays unresolved. Stateless.
 */
final class EventDating {
  private EventDating() {}

  /** An expression waiting for its event's date: its index in the output and the event. */
  record Pending(int index, int eventStart, int eventEnd, DateRule.PendingEvent event) {}

  /** One dating of an event class: the date, how finely it is known, the dating expression. */
  private record Dated(LocalDate date, Granularity grain, TextSpan by) {}

  private static final Pattern FULL_VALUE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");
  private static final int LOOK = 60;

  /** "the Oct. 3 shooting", "Friday's attack", "the 1998 election": the date before the word. */
  private static final Pattern WORD_AFTER_DATE = Pattern.compile(
      "^(?<pos>['’]s)?,?\\s{1,3}(?:[A-Za-z][\\w-]{0,20}\\s{1,3}){0,2}?"
          + DateEventRules.EVENT_WORD + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s{1,3}$",
      Pattern.CASE_INSENSITIVE);
  /**
   * "the attack on Friday", "the bombings, on Aug. 7", "the vote of March 3", "the funeral was
   * held on Nov. 2"; the noun has its
   * determiner ("charged with murder Thursday" dates the charge, not the murder).
   */
  private static final Pattern NOUN_BEFORE_DATE = Pattern.compile(
      "\\b(?:the|a|an|his|her|its|their|this|that|[\\w.-]{1,20}['’]s)\\s{1,3}"
          + "(?:[\\w.-]{1,20}\\s{1,3}){0,2}" + DateEventRules.EVENT_WORD
          // "the funeral was held on", "the attack came early"
          + "(?:\\s{1,3}(?:(?:was|were)(?:\\s{1,3}(?:held|staged|carried\\sout|set|scheduled))?"
          + "|took\\splace|happened|occurred|came|began|started))?"
          + ",?\\s{1,3}(?:(?:on|of|in|last|early|late)\\s{1,3})?"
          + "(?:the\\s(?:night|morning|evening|afternoon)\\sof\\s{1,3})?$",
      Pattern.CASE_INSENSITIVE);
  /** "was shot to death on Oct. 3", "were arrested at their home Friday". */
  private static final Pattern VERB_BEFORE_DATE = Pattern.compile(
      "\\b" + DateEventRules.EVENT_WORD + "(?:\\s{1,3}[a-z]{1,12}){0,5}?\\s{1,3}"
          + "(?:(?:on|in|at|last|early|late)\\s{1,3})?"
          + "(?:the\\s(?:night|morning|evening|afternoon)\\sof\\s{1,3})?$",
      Pattern.CASE_INSENSITIVE);

  /**
   * Settles the pending expressions of {@code out} in place: a resolved one becomes a date with
   * its anchor, an unresolved one keeps its duration (or, as "the day after the vote", its
   * underspecified date) and gets an unresolved anchor.
   *
   * @param text the document
   * @param out the mentions in text order; changed in place
   * @param pending the expressions waiting for an event's date, in text order
   */
  static void resolve(String text, List<DateMention> out, List<Pending> pending) {
    if (pending.isEmpty()) {
      return;
    }
    java.util.Set<Integer> waiting = new java.util.HashSet<>();
    for (Pending p : pending) {
      waiting.add(p.index());
    }
    Map<String, List<Dated>> byClass = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      Dated dated = waiting.contains(i) ? null : datedOf(out.get(i));
      if (dated != null) {
        dateEvents(text, dated, byClass);
        dateIncident(text, dated, byClass);
      }
    }
    for (Pending p : pending) {
      DateMention d = out.get(p.index());
      TextSpan event = TextSpan.of(text, p.eventStart(), p.eventEnd());
      String eventClass = p.event().eventClass();
      Dated when = single(byClass.get(eventClass));
      if (when == null && !byClass.containsKey(eventClass) && VIOLENCE.contains(eventClass)) {
        // "the attack" the article never dates itself: the day of the incident whose harm it
        // reports ("Gunmen killed 12 people at a market on Monday"), when it gives only one
        when = single(byClass.get(INCIDENT));
      }
      String value = when == null ? null : shifted(when, p.event());
      if (value == null) {
        // "the day before the election" with no date for the election stays an underspecified
        // date (XXXX-XX-XX) that says its anchor is unresolved: no guess, no loss
        out.set(p.index(), DateExtractor.mention(text, d.span().start(), d.span().end(), d.type(),
            d.value(), d.rule(), java.util.Optional.of(EventAnchor.unresolved(event))));
        continue;
      }
      EventAnchor anchor = new EventAnchor(event, java.util.Optional.of(when.date()),
          java.util.Optional.of(when.by()));
      boolean subDay = value.equals("=");
      out.set(p.index(), DateExtractor.mention(text, d.span().start(), d.span().end(),
          subDay ? d.type() : TimexType.DATE, subDay ? d.value() : value, d.rule(),
          java.util.Optional.of(anchor)));
    }
  }

  /** Event classes that name one violent incident: an attack, a bombing, a killing. */
  private static final java.util.Set<String> VIOLENCE = java.util.Set.of("attack", "bombing",
      "killing");
  /** The key of the days of sentences that report harm to people. */
  private static final String INCIDENT = " incident";
  /** Harm to people, as the casualty layer reads it: "killed", "were wounded", "shot dead". */
  private static final Pattern HARM = Pattern.compile(
      "\\b(?:killed|killing|shot|wounded|injured|attacked|bombed|stabbed|gunned\\s+down|dead"
          + "|died|slain|massacred|kidnapped|abducted)\\b", Pattern.CASE_INSENSITIVE);
  /** How far from a date its sentence is read, each way. */
  private static final int SENTENCE_REACH = 300;

  /**
   * Notes the day {@code dated} gives when its sentence reports harm to people: the incident's day,
   * as the casualty layer links it.
   */
  private static void dateIncident(String text, Dated dated, Map<String, List<Dated>> byClass) {
    if (dated.grain() != Granularity.DAY) {
      return; // a day only: not a year or a month
    }
    int from = dated.by().start();
    int lo = Math.max(0, from - SENTENCE_REACH);
    while (from > lo && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = dated.by().end();
    int hi = Math.min(text.length(), to + SENTENCE_REACH);
    while (to < hi && ".!?\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    if (HARM.matcher(text).region(from, to).find()) {
      byClass.computeIfAbsent(INCIDENT, k -> new ArrayList<>()).add(dated);
    }
  }

  /** The date {@code m} gives, or null for a duration, a set or a value with no year. */
  private static Dated datedOf(DateMention m) {
    Matcher v = FULL_VALUE.matcher(m.value());
    if (m.type() == TimexType.DURATION || m.type() == TimexType.SET || !v.matches()) {
      return null;
    }
    int y = Integer.parseInt(v.group(1));
    Granularity grain = v.group(3) != null ? Granularity.DAY
        : v.group(2) != null ? Granularity.MONTH : Granularity.YEAR;
    LocalDate date = LocalDate.of(y, v.group(2) == null ? 1 : Integer.parseInt(v.group(2)),
        v.group(3) == null ? 1 : Integer.parseInt(v.group(3)));
    return new Dated(date, grain, m.span());
  }

  /** Notes the event words that {@code dated} dates. */
  private static void dateEvents(String text, Dated dated, Map<String, List<Dated>> byClass) {
    int s = dated.by().start();
    int e = dated.by().end();
    String after = text.substring(e, Math.min(text.length(), e + LOOK));
    Matcher a = WORD_AFTER_DATE.matcher(after);
    if (a.find() && !isVerb(a.group("head"))
        && (a.group("pos") != null || THE_BEFORE.matcher(
            text.substring(Math.max(0, s - 8), s)).find())) {
      add(byClass, a.group("head"), dated);
    }
    String before = text.substring(Math.max(0, s - LOOK), s);
    Matcher n = NOUN_BEFORE_DATE.matcher(before);
    if (n.find() && !isVerb(n.group("head"))) {
      add(byClass, n.group("head"), dated);
      return;
    }
    Matcher vb = VERB_BEFORE_DATE.matcher(before);
    if (vb.find() && isVerb(vb.group("head"))) {
      add(byClass, vb.group("head"), dated);
    }
  }

  private static boolean isVerb(String word) {
    String c = DateEventRules.EVENTS.get(word);
    return c != null && c.endsWith("/v");
  }

  private static void add(Map<String, List<Dated>> byClass, String word, Dated d) {
    String c = DateEventRules.EVENTS.get(word);
    if (c != null) {
      byClass.computeIfAbsent(c.replace("/v", ""), k -> new ArrayList<>()).add(d);
    }
  }

  /**
   * The one date of a class: the finest of its datings when all agree ("the Oct. 3 attack" and
   * "the attack in October"), else null.
   */
  private static Dated single(List<Dated> ds) {
    if (ds == null) {
      return null;
    }
    Dated best = null;
    for (Dated d : ds) {
      if (best == null || d.grain().ordinal() < best.grain().ordinal()) {
        best = d;
      }
    }
    for (Dated d : ds) {
      if (!within(best, d)) {
        return null;
      }
    }
    return best;
  }

  /** {@code fine} lies in {@code coarse}. */
  private static boolean within(Dated fine, Dated coarse) {
    switch (coarse.grain()) {
      case DAY: return fine.date().equals(coarse.date());
      case MONTH: return YearMonth.from(fine.date()).equals(YearMonth.from(coarse.date()));
      default: return fine.date().getYear() == coarse.date().getYear();
    }
  }

  /** Maximum reach of a vague count ("days", "a few weeks"), in days, by unit. */
  private static int vagueDays(String code) {
    switch (code) {
      case "D": return 7;
      case "W": return 21;
      case "M": return 92;
      default: return -1;
    }
  }

  /**
   * The value {@code e.n} units from the event, at the unit's grain; "=" when the unit is
   * below a day (the time of the event is unknown: the duration stays, with its anchor); null
   * when the event is not known finely enough.
   */
  static String shifted(Dated when, DateRule.PendingEvent e) {
    String code = e.unitCode();
    LocalDate d = when.date();
    Granularity g = when.grain();
    if (code.startsWith("T")) {
      return "=";
    }
    if (e.n() < 0) {
      if (g != Granularity.DAY) {
        return null;
      }
      int reach = vagueDays(code);
      if (reach < 0) {
        return null;
      }
      LocalDate far = d.plusDays((long) e.sign() * reach);
      if (YearMonth.from(far).equals(YearMonth.from(d))) {
        return TimexValues.month(d);
      }
      return far.getYear() == d.getYear() ? TimexValues.year(d) : null;
    }
    long k = e.n() * e.sign();
    switch (code) {
      case "D":
      case "W":
        if (g != Granularity.DAY) {
          return null;
        }
        return e.needsDate() && code.equals("W")
            ? TimexValues.week(d.plusWeeks(k)) : TimexValues.day(d.plusDays(code.equals("W")
                ? 7 * k : k));
      case "M":
        return g == Granularity.YEAR ? null : TimexValues.month(d.plusMonths(k));
      case "Y":
        return TimexValues.year(d.plusYears(k));
      default:
        return null;
    }
  }
}
