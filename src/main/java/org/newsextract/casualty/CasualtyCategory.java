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
  AFFECTED
}
