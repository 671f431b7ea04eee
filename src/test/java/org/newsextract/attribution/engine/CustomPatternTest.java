package org.newsextract.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.PatternException;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.AttributionPatterns;
import org.newsextract.attribution.SourceKind;
import org.newsextract.pattern.PatternSet;
import org.newsextract.pattern.TokenPattern;

/** Users' patterns: through the builder, the presets, errors, the CLI, and bounded work. */
class CustomPatternTest {

  private static List<Attribution> extract(AttributionPatterns patterns, String text) {
    return NewsExtractor.builder().attributionPatterns(patterns).build().extract(text)
        .attributions();
  }

  @Test
  void addedPatternFindsWhatTheDefaultsMiss() {
    String text = "As per the health ministry, the clinics will reopen on Monday.";
    assertTrue(extract(AttributionPatterns.defaults(), text).isEmpty());
    List<Attribution> found = extract(
        AttributionPatterns.defaults().with("as-per", "as per {source} , {content}"), text);
    assertEquals(1, found.size());
    Attribution a = found.get(0);
    assertEquals("as-per", a.pattern());
    assertEquals("As per", a.cue().orElseThrow().text());
    assertEquals("the health ministry", a.source().map(TextSpan::text).orElseThrow());
    assertEquals(SourceKind.NAMED_ORGANIZATION, a.sourceKind());
    assertEquals("the clinics will reopen on Monday",
        a.content().map(TextSpan::text).orElseThrow());
  }

  @Test
  void noneWithOnePatternFindsOnlyThat() {
    String text =
        "The governor said taxes would fall. The mayor blogged that the park would close.";
    List<Attribution> found =
        extract(AttributionPatterns.none().with("blog", "{source} blogged {content}"), text);
    assertEquals(1, found.size());
    assertEquals("blog", found.get(0).pattern());
    assertEquals("The mayor", found.get(0).source().map(TextSpan::text).orElseThrow());
    assertEquals("that the park would close",
        found.get(0).content().map(TextSpan::text).orElseThrow());
    assertTrue(extract(AttributionPatterns.none(), text).isEmpty());
  }

  @Test
  void malformedPatternFailsInBuildNamingIdAndPosition() {
    NewsExtractor.Builder b = NewsExtractor.builder()
        .attributionPatterns(AttributionPatterns.defaults().with("mine", "{source} said {conten"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    PatternException p = assertInstanceOf(PatternException.class, e);
    assertEquals("mine", p.patternId());
    assertEquals(14, p.position());
    assertTrue(e.getMessage().contains("'mine' at position 14"), e.getMessage());
  }

  @Test
  void presetsAreEditedLikeSafelists() {
    AttributionPatterns base = AttributionPatterns.defaults();
    AttributionPatterns more = base.with("{source} blogged {content}");
    assertTrue(more.contains("custom-1"));
    assertFalse(base.contains("custom-1"), "presets are immutable");
    assertTrue(more.with("{source} vlogged {content}").contains("custom-2"));
    AttributionPatterns fewer = base.without("according-to-after").without("according-to-before")
        .without("according-to-only");
    String text = "The bridge is closed, according to the city.";
    assertEquals("according-to-after", extract(base, text).get(0).pattern());
    assertTrue(extract(fewer, text).isEmpty());
    assertThrows(PatternException.class,
        () -> NewsExtractor.builder().attributionPatterns(base.with("say", "{source} said"))
            .build(), "ids are unique");
  }

  @Test
  void everyBuiltInPatternCompilesAndHasAnId() {
    List<AttributionPatterns.Entry> entries = AttributionPatterns.defaults().entries();
    assertTrue(entries.size() >= 10);
    new AttributionExtractor(AttributionPatterns.defaults());
    assertTrue(entries.stream().anyMatch(e -> e.id().equals("say")));
  }

  @Test
  void builtInPatternsCompileOncePerJvmAndCustomOnesPerBuild() {
    PatternSet defaults = PatternCompiler.compile(AttributionPatterns.defaults());
    assertSame(defaults, PatternCompiler.compile(AttributionPatterns.defaults()));
    AttributionPatterns custom =
        AttributionPatterns.defaults().with("blog", "{source} blogged {content}");
    PatternSet a = PatternCompiler.compile(custom);
    PatternSet b = PatternCompiler.compile(custom);
    int last = a.patterns().size() - 1;
    assertSame(defaults.patterns().get(0), a.patterns().get(0), "a built-in one is reused");
    assertNotSame(a.patterns().get(last), b.patterns().get(last), "a custom one is not");
    // a built-in id with another template is the user's pattern
    TokenPattern mine = PatternCompiler.compile(
        AttributionPatterns.none().with("say", "{source} blogged {content}")).patterns().get(0);
    assertEquals("{source} blogged {content}", mine.template());
  }

  @Tag("slow")
  @Test
  void pathologicalPatternOnOneMegabyteFinishesInLinearTime() {
    // every token a candidate, optional elements galore, one endless sentence
    String unit = "a a said a, “a said a” said a b ";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append(unit);
    }
    String text = sb.toString();
    AttributionPatterns patterns = AttributionPatterns.defaults()
        .with("greedy", "{source} a? a? a? a? a? a? a? a? a? a? a? (a|said)? said {content}")
        .with("sep", "{content} @sep? @sep? a? said @sep? {source}");
    NewsExtractor x = NewsExtractor.builder().attributionPatterns(patterns).build();
    Extraction result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> x.extract(text));
    assertFalse(result.attributions().isEmpty());
  }

  @Test
  void commandLineRejectsBadPatternWithExitCodeTwo() throws Exception {
    Class<?> main = Class.forName("org.newsextract.cli.Main");
    Method run = main.getDeclaredMethod(
        "run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
    run.setAccessible(true);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = (int) run.invoke(null, new String[] {"--pattern", "{source} (said {content}", "-"},
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("'cli-1' at position 9"), message);

    err.reset();
    byte[] article =
        "The mayor blogged that the park would close.".getBytes(StandardCharsets.UTF_8);
    code = (int) run.invoke(null,
        new String[] {"--no-default-patterns", "--pattern", "{source} blogged {content}", "-"},
        new ByteArrayInputStream(article), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"pattern\" : \"cli-1\""), json);
    assertTrue(json.contains("\"source_kind\" : \"OTHER\""), json);
  }
}
