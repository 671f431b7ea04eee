package org.newsextract.casualty.engine;

import java.util.Optional;
import org.newsextract.casualty.CasualtyCategory;

/** What a cue says happened: a public category, or SHOT (hit by gunfire, fate not said). */
enum Kind {
  KILLED, INJURED, HOSTAGE, KIDNAPPED, MISSING, ARRESTED, AFFECTED, CASUALTIES, SHOT;

  private final CasualtyCategory category =
      "SHOT".equals(name()) ? CasualtyCategory.INJURED : CasualtyCategory.valueOf(name());

  /** The public category; SHOT people who are not said to have died count as injured. */
  CasualtyCategory category() {
    return category;
  }

  static Optional<Kind> of(String name) {
    try {
      return Optional.of(Kind.valueOf(name));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** The kind a lexicon gives a matched phrase, or null. */
  static Kind kindOf(Lexicon.Cues cues, String matched) {
    return matched == null ? null : of(cues.kindOf(matched)).orElse(null);
  }
}
