package org.newsextract.names;

import java.util.Set;
import org.newsextract.analysis.Resources;

/**
 * Nouns that stand for one person: roles and trades ("the senator", "the real estate tycoon"),
 * kin and other people ("a nurse", "one delegate", "his sister"), and agent nouns ("a former
 * city planner", "a gunman"). The attribution layer reads a source's kind with them and the
 * source linker which descriptions are people, so both answer alike.
 */
public final class PersonNouns {
  private PersonNouns() {}

  private static final Set<String> ROLES = Set.of("chairman", "chairwoman", "chair",
      "host", "anchor", "strategist", "director", "adviser", "advisor", "spokesman",
      "spokeswoman", "spokesperson", "manager", "chief", "editor", "reporter", "correspondent",
      "columnist", "founder", "candidate", "nominee", "owner", "ceo", "head", "leader", "author",
      "lawyer", "attorney", "economist", "analyst", "pollster", "historian", "professor",
      "commentator", "activist", "aide", "deputy", "coordinator", "member", "writer", "moderator",
      "executive", "officer", "journalist", "actress", "actor", "singer", "star", "coach",
      "prosecutor", "commissioner", "superintendent", "administrator", "researcher");

  /** Other nouns for one person who may speak: "the real estate tycoon", "the woman". */
  private static final Set<String> SPEAKERS = Set.of("tycoon", "billionaire", "mogul",
      "businessman", "businesswoman", "man", "woman", "politician", "lawmaker", "senator",
      "governor", "mayor", "president", "minister", "secretary", "judge", "doctor", "official");

  /** People without an agent's ending: "a nurse", "one delegate", "a campaign surrogate". */
  private static final Set<String> PEOPLE =
      Resources.lowerCaseSet(PersonNouns.class, "people-nouns.txt");

  /** Nouns with an agent's ending that name no person. */
  private static final Set<String> NOT_AGENTS = Set.of("letter", "paper", "poster", "flyer",
      "banner", "sticker", "folder", "computer", "number", "matter", "order", "error", "sector",
      "factor", "monitor", "counter", "trailer", "center", "chapter", "cluster", "charter",
      "corridor", "voiceover", "tender", "newsletter", "ledger", "marker", "scanner", "tracker",
      "sensor", "meter", "filter", "register", "transcript", "indicator",
      // firms by their trade: "The retailer has struggled"
      "retailer", "wholesaler", "lender", "insurer", "broadcaster", "manufacturer", "supplier",
      "carrier", "exporter", "importer", "refiner", "maker",
      "carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker", "planemaker");

  /** A role one person holds, written before a name too: "the anchor", "campaign manager". */
  public static boolean role(String lowerWord) {
    return ROLES.contains(lowerWord);
  }

  /** A role, or another noun for one person who may speak: "the real estate tycoon". */
  public static boolean speaker(String lowerWord) {
    return ROLES.contains(lowerWord) || SPEAKERS.contains(lowerWord);
  }

  /**
   * Any noun for one person: a {@link #speaker} noun, a person noun of {@code
   * people-nouns.txt}, or an agent noun in -er, -or, -ist, -ian or -man ("planner", "gunman")
   * that is no thing ("a letter").
   */
  public static boolean person(String lowerSingular) {
    String w = lowerSingular;
    return speaker(w) || PEOPLE.contains(w)
        || (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian")
            || w.endsWith("man")) && w.length() > 4 && !NOT_AGENTS.contains(w);
  }
}
