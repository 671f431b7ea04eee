package org.newsextract.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsextract.Extraction;
import org.newsextract.attribution.Attribution;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.date.DateMention;
import org.newsextract.date.EventAnchor;
import org.newsextract.quote.Quote;
import org.newsextract.source.Source;

/**
 * {@link Extraction} to Spark rows, mirroring the JSON contract of the command-line tool field
 * by field (the names, order and absent-is-null of {@code org.newsextract.cli.JsonOutput}), plus
 * an {@code error} field. {@code SparkJsonContractTest} compares the two document by document.
 *
 * <p>To add a field of a result record: one {@code with...} line in its mapping below, the same
 * name as in the JSON, and the new line in {@code SchemaTest}.
 */
final class ExtractionRows {
  private ExtractionRows() {}

  /** A date's event anchor, as the JSON's {@code anchor} object. */
  static final StructMapping<EventAnchor> ANCHOR = StructMapping.<EventAnchor>empty()
      .with("event", StructMapping.SPAN, false, a -> StructMapping.spanRow(a.event()))
      .with("resolved", DataTypes.BooleanType, false, EventAnchor::resolved)
      .withOptionalString("date", EventAnchor::date)
      .withOptionalSpan("dated_by", EventAnchor::datedBy);

  static final StructMapping<DateMention> DATE = StructMapping.spanned(DateMention::span)
      .withString("type", DateMention::type)
      .withString("value", DateMention::value)
      .withString("granularity", DateMention::granularity)
      .withOptionalString("temporal", DateMention::temporal)
      .withOptionalString("amount", DateMention::amount)
      .withOptionalString("mod", DateMention::mod)
      .withOptionalString("quant", DateMention::quant)
      .withOptionalString("freq", DateMention::freq)
      .withOptionalStruct("anchor", ANCHOR, DateMention::anchor)
      .withString("rule", DateMention::rule);

  static final StructMapping<Quote> QUOTE = StructMapping.spanned(Quote::span)
      .withString("kind", Quote::kind)
      .withOptionalSpan("speaker", Quote::speaker)
      .withOptionalSpan("cue", Quote::cue)
      .withOptionalSpan("resolved_speaker", Quote::resolvedSpeaker);

  static final StructMapping<Attribution> ATTRIBUTION =
      StructMapping.spanned(Attribution::span)
          .withOptionalSpan("source", Attribution::source)
          .withOptionalSpan("resolved_source", Attribution::resolvedSource)
          .withString("source_kind", Attribution::sourceKind)
          .withOptionalSpan("cue", Attribution::cue)
          .withOptionalSpan("recipient", Attribution::recipient)
          .withOptionalSpan("content", Attribution::content)
          .withString("pattern", Attribution::pattern);

  static final StructMapping<Source> SOURCE = StructMapping.spanned(Source::canonical)
      .withString("kind", Source::kind)
      .with("attributions", DataTypes.createArrayType(DataTypes.IntegerType, false), false,
          Source::attributions)
      .with("quotes", DataTypes.createArrayType(DataTypes.IntegerType, false), false,
          Source::quotes);

  static final StructMapping<CasualtyMention> CASUALTY =
      StructMapping.spanned(CasualtyMention::span)
          .withString("category", CasualtyMention::category)
          .with("count", DataTypes.LongType, false, CasualtyMention::count)
          .with("count_max", DataTypes.LongType, false, CasualtyMention::countMax)
          .withString("precision", CasualtyMention::precision)
          .withOptionalSpan("victims", CasualtyMention::victims)
          .withOptionalSpan("included_in", CasualtyMention::includedIn)
          .with("attribution", DataTypes.IntegerType, true,
              c -> c.attribution().isPresent() ? c.attribution().getAsInt() : null)
          .with("date", DataTypes.IntegerType, true,
              c -> c.date().isPresent() ? c.date().getAsInt() : null);

  /** One category's total, as the JSON's {@code casualty_total_details} values. */
  static final StructMapping<CasualtyTotal> TOTAL = StructMapping.<CasualtyTotal>empty()
      .with("count", DataTypes.LongType, false, CasualtyTotal::count)
      .with("count_max", DataTypes.LongType, false, CasualtyTotal::countMax)
      .withString("precision", CasualtyTotal::precision)
      .with("mentions", DataTypes.createArrayType(DataTypes.IntegerType, false), false,
          CasualtyTotal::mentions)
      .with("attribution", DataTypes.IntegerType, true,
          t -> t.attribution().isPresent() ? t.attribution().getAsInt() : null)
      .with("date", DataTypes.IntegerType, true,
          t -> t.date().isPresent() ? t.date().getAsInt() : null);

  /** The document: every field null in the row of a failed document. */
  static final StructMapping<Extraction> EXTRACTION = StructMapping.<Extraction>empty()
      .withArray("dates", DATE, Extraction::dates)
      .withArray("quotes", QUOTE, Extraction::quotes)
      .withArray("attributions", ATTRIBUTION, Extraction::attributions)
      .withArray("sources", SOURCE, Extraction::sources)
      .withArray("casualties", CASUALTY, Extraction::casualties)
      // A map, as the JSON object: categories without a figure are absent, and a new category
      // needs no schema change.
      .with("casualty_totals",
          DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), true,
          x -> totals(x.casualtyTotals()))
      .with("casualty_total_details",
          DataTypes.createMapType(DataTypes.StringType, TOTAL.schema(), false), true,
          x -> totalDetails(x.casualtyTotals()))
      .with("truncated", DataTypes.BooleanType, true, Extraction::truncated);

  /** The struct of one document: the extraction's fields and {@code error}. */
  static final StructType SCHEMA = EXTRACTION.schema()
      .add(DataTypes.createStructField("error", DataTypes.StringType, true));

  /** The row of a document that was processed; its {@code error} is null. */
  static Row of(Extraction x) {
    Object[] values = new Object[EXTRACTION.size() + 1];
    System.arraycopy(EXTRACTION.values(x), 0, values, 0, EXTRACTION.size());
    return RowFactory.create(values);
  }

  /** The row of a document that failed: only {@code error} is set. */
  static Row error(String message) {
    Object[] values = new Object[EXTRACTION.size() + 1];
    values[values.length - 1] = message;
    return RowFactory.create(values);
  }

  private static Map<String, Long> totals(Map<CasualtyCategory, CasualtyTotal> totals) {
    Map<String, Long> out = new LinkedHashMap<>();
    totals.forEach((k, v) -> out.put(k.name(), v.count()));
    return out;
  }

  private static Map<String, Row> totalDetails(Map<CasualtyCategory, CasualtyTotal> totals) {
    Map<String, Row> out = new LinkedHashMap<>();
    totals.forEach((k, v) -> out.put(k.name(), TOTAL.toRow(v)));
    return out;
  }
}
