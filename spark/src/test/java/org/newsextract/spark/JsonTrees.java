package org.newsextract.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsextract.Extraction;
import org.newsextract.cli.JsonContract;

/**
 * The CLI's JSON and Spark's to_json of the struct in one comparable form: fields that are null
 * dropped (the CLI writes absent spans as null and leaves out absent date parts; Spark leaves
 * out nulls) and "truncated" only when true (the CLI writes it only then).
 */
final class JsonTrees {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonTrees() {}

  static JsonNode cli(Extraction x) {
    // through text, as a reader of the CLI's output sees it (the tree holds counts as longs,
    // which Jackson does not take as equal to the ints a parser makes of small numbers)
    try {
      return normalise(MAPPER.readTree(MAPPER.writeValueAsString(JsonContract.toJson(MAPPER, x))));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static JsonNode spark(String toJson) {
    try {
      return normalise(MAPPER.readTree(toJson));
    } catch (java.io.IOException e) {
      throw new AssertionError("Spark wrote invalid JSON: " + toJson, e);
    }
  }

  private static JsonNode normalise(JsonNode n) {
    if (n instanceof ObjectNode o) {
      o.properties().removeIf(e -> e.getValue().isNull()
          || e.getKey().equals("truncated") && e.getValue().isBoolean()
              && !e.getValue().booleanValue());
      o.forEach(JsonTrees::normalise);
    } else if (n instanceof ArrayNode a) {
      a.forEach(JsonTrees::normalise);
    }
    return n;
  }
}
