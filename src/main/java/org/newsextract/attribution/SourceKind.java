package org.newsextract.attribution;

/** What kind of source an attribution or quote names. */
public enum SourceKind {
  /** A person named in the text: "Mokhtar Belmokhtar", "Smith". */
  NAMED_PERSON,
  /** A named organisation, agency or outlet: "Reuters", "the CIA", "police". */
  NAMED_ORGANIZATION,
  /** An unnamed source: "sources", "a senior Algerian official", "people familiar with ...". */
  ANONYMOUS,
  /** A pronoun: "he", "she", "they". */
  PRONOUN,
  /** Anything else, or no source at all. */
  OTHER
}
