package org.newsextract.casualty;

/** What happened to the people counted. */
public enum CasualtyCategory {
  /** Killed or found dead: "12 people were killed", "the death toll rose to 30". */
  KILLED,
  /** Wounded or hurt: "22 injured", "dozens were wounded". */
  INJURED,
  /** Taken or held hostage: "41 foreign hostages". */
  HOSTAGE,
  /** Kidnapped, abducted or held captive: "five workers were abducted". */
  KIDNAPPED,
  /** Missing or unaccounted for. */
  MISSING,
  /** Arrested, detained or in custody. */
  ARRESTED,
  /** Affected in another way: displaced, evacuated, trapped. */
  AFFECTED,
  /** Killed and injured together, not told apart: "12 casualties". */
  CASUALTIES
}
