package org.newsextract.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.newsextract.Extraction;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.date.DateMention;
import org.newsextract.quote.Quote;
import org.newsextract.source.Source;

/** The JSON contract of the command-line tool: field names other programs rely on. */
final class JsonOutput {
  private JsonOutput() {}

  /**
   * The mapper for input lines and output. It reads strings as long as a whole input line
   * (Jackson's default is 20 MB), and numbers exactly, so that an id comes back as given: as
   * doubles, 1e999999 came back as "Infinity" and 12345678901234567890.5 rounded. Surrogates
   * are written as escapes (see {@link SurrogateEscapes}).
   */
  static ObjectMapper newMapper() {
    JsonFactory factory = new JsonFactoryBuilder()
        .streamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(Main.MAX_LINE_BYTES).build())
        .characterEscapes(new SurrogateEscapes())
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
            DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // 1.50 stays 1.50
        .build();
  }

  /**
   * Writes every UTF-16 surrogate as a JSON unicode escape. A lone surrogate (valid in a JSON
   * string, and so in an input text) has no UTF-8 encoding and came out as '?', so span texts
   * no longer matched the input; escaped, it reads back as itself. Pairs are escaped too, which
   * reads back the same.
   */
  static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE
          ? new SerializedString(String.format("\\u%04X", ch))
          : null;
    }
  }

  static ObjectNode toJson(ObjectMapper mapper, Extraction x) {
    ObjectNode root = mapper.createObjectNode();
    fill(root, x);
    return root;
  }

  static void fill(ObjectNode root, Extraction x) {
    ArrayNode dates = root.putArray("dates");
    for (DateMention d : x.dates()) {
      ObjectNode o = span(dates.addObject(), d.span());
      o.put("type", d.type().name());
      o.put("value", d.value());
      o.put("granularity", d.granularity().name());
      d.temporal().ifPresent(t -> o.put("temporal", t.toString()));
      d.amount().ifPresent(a -> o.put("amount", a.toString()));
      d.mod().ifPresent(m -> o.put("mod", m.name()));
      d.quant().ifPresent(q -> o.put("quant", q));
      d.freq().ifPresent(f -> o.put("freq", f));
      d.anchor().ifPresent(a -> {
        ObjectNode an = o.putObject("anchor");
        span(an.putObject("event"), a.event());
        an.put("resolved", a.resolved());
        a.date().ifPresent(t -> an.put("date", t.toString()));
        a.datedBy().ifPresent(b -> span(an.putObject("dated_by"), b));
      });
      o.put("rule", d.rule());
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : x.quotes()) {
      ObjectNode o = span(quotes.addObject(), q.span());
      o.put("kind", q.kind().name());
      optionalSpan(o, "speaker", q.speaker());
      optionalSpan(o, "cue", q.cue());
      optionalSpan(o, "resolved_speaker", q.resolvedSpeaker());
    }
    ArrayNode attributions = root.putArray("attributions");
    for (Attribution a : x.attributions()) {
      ObjectNode o = span(attributions.addObject(), a.span());
      optionalSpan(o, "source", a.source());
      optionalSpan(o, "resolved_source", a.resolvedSource());
      o.put("source_kind", a.sourceKind().name());
      optionalSpan(o, "cue", a.cue());
      optionalSpan(o, "recipient", a.recipient());
      optionalSpan(o, "content", a.content());
      o.put("pattern", a.pattern());
    }
    ArrayNode sources = root.putArray("sources");
    for (Source s : x.sources()) {
      ObjectNode o = span(sources.addObject(), s.canonical());
      o.put("kind", s.kind().name());
      ArrayNode ai = o.putArray("attributions");
      s.attributions().forEach(ai::add);
      ArrayNode qi = o.putArray("quotes");
      s.quotes().forEach(qi::add);
    }
    ArrayNode casualties = root.putArray("casualties");
    for (CasualtyMention c : x.casualties()) {
      ObjectNode o = span(casualties.addObject(), c.span());
      o.put("category", c.category().name());
      o.put("count", c.count());
      o.put("count_max", c.countMax());
      o.put("precision", c.precision().name());
      optionalSpan(o, "victims", c.victims());
      optionalSpan(o, "included_in", c.includedIn());
      index(o, "attribution", c.attribution());
      index(o, "date", c.date());
    }
    // casualty_totals keeps the plain {"KILLED": n} form that evaluation tools read; the typed
    // totals go beside it under the same keys
    ObjectNode totals = root.putObject("casualty_totals");
    ObjectNode details = root.putObject("casualty_total_details");
    for (Map.Entry<CasualtyCategory, CasualtyTotal> e : x.casualtyTotals().entrySet()) {
      CasualtyTotal t = e.getValue();
      totals.put(e.getKey().name(), t.count());
      ObjectNode o = details.putObject(e.getKey().name());
      o.put("count", t.count());
      o.put("count_max", t.countMax());
      o.put("precision", t.precision().name());
      ArrayNode mi = o.putArray("mentions");
      t.mentions().forEach(mi::add);
      index(o, "attribution", t.attribution());
      index(o, "date", t.date());
    }
    if (x.truncated()) {
      root.put("truncated", true);
    }
  }

  private static void index(ObjectNode o, String field, java.util.OptionalInt i) {
    if (i.isPresent()) {
      o.put(field, i.getAsInt());
    } else {
      o.putNull(field);
    }
  }

  private static ObjectNode span(ObjectNode o, TextSpan s) {
    o.put("start", s.start());
    o.put("end", s.end());
    o.put("text", s.text());
    return o;
  }

  private static void optionalSpan(ObjectNode o, String field, Optional<TextSpan> s) {
    if (s.isPresent()) {
      span(o.putObject(field), s.get());
    } else {
      o.putNull(field);
    }
  }
}
