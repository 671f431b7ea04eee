package org.newsextract.attribution;

/**
 * What kind of source an attribution or quote names: the kind of the person, body or document
 * behind the words, so "he" resolved to a named person is {@link #NAMED_PERSON}.
 *
 * <p>On the record or anonymous: a spokesperson speaking for a named organisation is that
 * organisation on the record ("a Delta spokesperson said" is {@link #NAMED_ORGANIZATION}); an
 * official described only by rank or agency, or said to speak without being named, is {@link
 * #ANONYMOUS} ("a Pentagon official said", "a senior official who asked not to be named").
 */
public enum SourceKind {
  /** A person named in the text: "Mokhtar Belmokhtar", "Smith", or "he" for a named person. */
  NAMED_PERSON,
  /**
   * A named organisation, agency or outlet, or its unnamed spokesperson on the record:
   * "Reuters", "the CIA", "police", "a Delta spokesperson", "the ministry said in a statement".
   */
  NAMED_ORGANIZATION,
  /**
   * Individuals whose identity is withheld: "sources", "a senior Algerian official", "people
   * familiar with the matter", "officials said" with no organisation speaking on the record.
   */
  ANONYMOUS,
  /** A generic group not identified: "experts", "critics", "residents", "many Republicans". */
  UNNAMED_GROUP,
  /** A report, study, poll, filing, record or data: "the report found", "records show". */
  DOCUMENT,
  /** A pronoun whose person the text does not make clear: "he", "they". */
  PRONOUN,
  /** Anything else, or no source at all: "the senator" with no senator named, "history". */
  OTHER
}
