package org.newsextract.source.engine;

import static org.newsextract.source.engine.EntityClues.lastWord;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextract.TextSpan;
import org.newsextract.attribution.SourceKind;
import org.newsextract.source.engine.SourceLinker.Context;
import org.newsextract.source.engine.SourceLinker.Mention;

/**
 * A body a person leads, however it is written: "the Clinton campaign", "Clinton's campaign",
 * "Hillary Clinton's presidential campaign", "her campaign" and then "the campaign" are one
 * source, as are "the Obama administration" and "Obama's administration", "Bush's team" and
 * "the Bush team", "her office". The body speaks for
 * itself (a {@code NAMED_ORGANIZATION}); its first mention is its canonical name.
 */
final class OwnedBodies {
  private OwnedBodies() {}

  /** Head nouns of bodies a person leads. */
  private static final List<String> BODIES =
      List.of("campaign", "administration", "government", "camp", "office", "team");
  private static final String BODY = "(?<body>" + String.join("|", BODIES) + ")";
  /** Owner (a name, or "his"/"her"), up to two modifiers, then the body's head noun. */
  private static final Pattern OWNED = Pattern.compile(
      "(?:[Tt]he\\s+)?(?:(?<pronoun>[Hh]is|[Hh]er)|(?<name>\\p{Lu}[\\p{L}.’'-]{1,30}"
          + "(?:\\s+\\p{Lu}[\\p{L}.’'-]{1,30}){0,2}?))\\s+(?:[a-z-]{2,30}\\s+){0,2}?" + BODY);
  /** "The campaign said" after one owned campaign: that campaign. */
  private static final Pattern THE_BODY = Pattern.compile("[Tt]he\\s+" + BODY);

  static Mention of(Context c, TextSpan src, SourceKind kind, int index) {
    if (!BODIES.contains(EntityClues.lastRun(src.text()))) {
      return null; // both patterns end in a body's head noun
    }
    String text = c.text();
    Matcher bare = THE_BODY.matcher(src.text());
    if (bare.matches()) {
      String key = c.bodyKeys().get(bare.group("body").toLowerCase(Locale.ROOT));
      return key == null ? null : mention(c, key, src);
    }
    Matcher m = OWNED.matcher(src.text());
    if (!m.matches()) {
      return null;
    }
    TextSpan person;
    if (m.group("pronoun") != null) {
      person = PronounAntecedents.ownerOf(c,
          TextSpan.of(text, src.start() + m.start("pronoun"), src.start() + m.end("pronoun")),
          index);
    } else {
      int end = src.start() + m.end("name");
      if (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2)) {
        end -= 2; // "Clinton's": the name's own apostrophes stay ("O'Rourke")
      }
      person = FullNames.knownPerson(c, TextSpan.of(text, src.start() + m.start("name"), end));
    }
    if (person == null) {
      return null;
    }
    String body = m.group("body").toLowerCase(Locale.ROOT);
    String key = "body:" + body + ":" + lastWord(person.text());
    c.bodies().putIfAbsent(key, src);
    c.bodyKeys().put(body, key); // the last one of its kind, for a later "the campaign"
    return mention(c, key, src);
  }

  private static Mention mention(Context c, String key, TextSpan src) {
    TextSpan canonical = c.bodies().get(key);
    return new Mention(key, canonical, SourceKind.NAMED_ORGANIZATION,
        canonical.equals(src) ? Optional.empty() : Optional.of(canonical));
  }
}
