package org.newsextract.casualty;

/** What happened to the people counted. */
public enum CasualtyCategory {
  KILLED,
  INJURED,
  HOSTAGE,
  KIDNAPPED,
  MISSING,
  ARRESTED,
  /** Affected in another way: displaced, evacuated, trapped. */
  AFFECTED,
  /** Killed and injured together, not told apart: "12 casualties". */
  CASUALTIES
}
