package org.newsextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Pins the struct: Parquet files written by one version are read by the next, and SQL written
 * against it keeps working. A change here is a change of the published schema: add fields (and
 * say so in CHANGELOG), never rename or remove them.
 */
class SchemaTest {
  private static final String SPAN = "STRUCT<start: INT NOT NULL, end: INT NOT NULL, "
      + "text: STRING NOT NULL>";

  @Test
  void theSchemaIsPinned() {
    List<String> fields = new ArrayList<>();
    for (StructField f : NewsExtractSpark.schema().fields()) {
      fields.add(f.name() + " " + f.dataType().sql().replace(SPAN, "SPAN")
          + (f.nullable() ? "" : " NOT NULL"));
    }
    assertEquals(List.of(
        "dates ARRAY<STRUCT<start: INT NOT NULL, end: INT NOT NULL, text: STRING NOT NULL, "
            + "type: STRING NOT NULL, value: STRING NOT NULL, granularity: STRING NOT NULL, "
            + "temporal: STRING, amount: STRING, mod: STRING, quant: STRING, freq: STRING, "
            + "anchor: STRUCT<event: SPAN NOT NULL, resolved: BOOLEAN NOT NULL, date: STRING, "
            + "dated_by: SPAN>, rule: STRING NOT NULL>>",
        "quotes ARRAY<STRUCT<start: INT NOT NULL, end: INT NOT NULL, text: STRING NOT NULL, "
            + "kind: STRING NOT NULL, speaker: SPAN, cue: SPAN, resolved_speaker: SPAN>>",
        "attributions ARRAY<STRUCT<start: INT NOT NULL, end: INT NOT NULL, "
            + "text: STRING NOT NULL, source: SPAN, resolved_source: SPAN, "
            + "source_kind: STRING NOT NULL, cue: SPAN, recipient: SPAN, content: SPAN, "
            + "pattern: STRING NOT NULL>>",
        "sources ARRAY<STRUCT<start: INT NOT NULL, end: INT NOT NULL, text: STRING NOT NULL, "
            + "kind: STRING NOT NULL, attributions: ARRAY<INT> NOT NULL, "
            + "quotes: ARRAY<INT> NOT NULL>>",
        "casualties ARRAY<STRUCT<start: INT NOT NULL, end: INT NOT NULL, "
            + "text: STRING NOT NULL, category: STRING NOT NULL, count: BIGINT NOT NULL, "
            + "count_max: BIGINT NOT NULL, precision: STRING NOT NULL, victims: SPAN, "
            + "included_in: SPAN, attribution: INT, date: INT>>",
        "casualty_totals MAP<STRING, BIGINT>",
        "casualty_total_details MAP<STRING, STRUCT<count: BIGINT NOT NULL, "
            + "count_max: BIGINT NOT NULL, precision: STRING NOT NULL, "
            + "mentions: ARRAY<INT> NOT NULL, attribution: INT, date: INT>>",
        "truncated BOOLEAN",
        "error STRING"), fields);
  }

  @Test
  void noArrayOrMapHoldsNulls() {
    assertNoNullElements(NewsExtractSpark.schema());
  }

  private static void assertNoNullElements(DataType t) {
    if (t instanceof StructType s) {
      for (StructField f : s.fields()) {
        assertNoNullElements(f.dataType());
      }
    } else if (t instanceof ArrayType a) {
      assertFalse(a.containsNull(), a.sql());
      assertNoNullElements(a.elementType());
    } else if (t instanceof MapType m) {
      assertFalse(m.valueContainsNull(), m.sql());
    }
  }
}
