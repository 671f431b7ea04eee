package org.newsextract.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsextract.TextSpan;

/**
 * How one result record becomes a Spark struct. The schema and the values come from the same
 * list of fields, so a new field of a record is one {@code with...} line and cannot get out of
 * step with the schema. Immutable: every {@code with...} returns a copy.
 *
 * @param <T> the record type
 */
final class StructMapping<T> {
  /** The struct of a span: start and end (UTF-16 char offsets, end exclusive) and its text. */
  static final StructType SPAN = new StructType(new StructField[] {
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false)});

  private record Field<T>(StructField field, Function<T, Object> value) {}

  private final List<Field<T>> fields;

  private StructMapping(List<Field<T>> fields) {
    this.fields = List.copyOf(fields);
  }

  /** A mapping that starts with the record's own span: start, end and text, as in the JSON. */
  static <T> StructMapping<T> spanned(Function<T, TextSpan> span) {
    return new StructMapping<T>(List.of())
        .with("start", DataTypes.IntegerType, false, t -> span.apply(t).start())
        .with("end", DataTypes.IntegerType, false, t -> span.apply(t).end())
        .with("text", DataTypes.StringType, false, t -> span.apply(t).text());
  }

  /** A mapping with no fields yet. */
  static <T> StructMapping<T> empty() {
    return new StructMapping<>(List.of());
  }

  /** A copy with one more field; {@code value} returns a value of Spark's external type. */
  StructMapping<T> with(String name, DataType type, boolean nullable, Function<T, Object> value) {
    Objects.requireNonNull(value, "value");
    List<Field<T>> more = new ArrayList<>(fields);
    more.add(new Field<>(DataTypes.createStructField(name, type, nullable), value));
    return new StructMapping<>(more);
  }

  /** A non-null string field: an enum's name or a text. */
  StructMapping<T> withString(String name, Function<T, ?> value) {
    return with(name, DataTypes.StringType, false, t -> text(value.apply(t)));
  }

  /** A string field that is null when the value is absent. */
  StructMapping<T> withOptionalString(String name, Function<T, ? extends Optional<?>> value) {
    return with(name, DataTypes.StringType, true, t -> value.apply(t).map(StructMapping::text)
        .orElse(null));
  }

  /** A span struct that is null when the span is absent. */
  StructMapping<T> withOptionalSpan(String name, Function<T, Optional<TextSpan>> span) {
    return with(name, SPAN, true, t -> span.apply(t).map(StructMapping::spanRow).orElse(null));
  }

  /** A struct field that is null when the value is absent. */
  <E> StructMapping<T> withOptionalStruct(String name, StructMapping<E> element,
      Function<T, Optional<E>> value) {
    return with(name, element.schema(), true,
        t -> value.apply(t).map(element::toRow).orElse(null));
  }

  /** An array of structs, one per element of the list, in list order. */
  <E> StructMapping<T> withArray(String name, StructMapping<E> element,
      Function<T, List<E>> list) {
    return with(name, DataTypes.createArrayType(element.schema(), false), true,
        t -> list.apply(t).stream().map(element::toRow).toList());
  }

  /** The struct type, its fields in the order they were added. */
  StructType schema() {
    return new StructType(fields.stream().map(Field::field).toArray(StructField[]::new));
  }

  /** The values of {@code t}, in schema order. */
  Object[] values(T t) {
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = fields.get(i).value().apply(t);
    }
    return values;
  }

  /** The row of {@code t}. */
  Row toRow(T t) {
    return RowFactory.create(values(t));
  }

  /** The number of fields. */
  int size() {
    return fields.size();
  }

  static Row spanRow(TextSpan s) {
    return RowFactory.create(s.start(), s.end(), s.text());
  }

  /** Enums by name (as the JSON has them), anything else by its string form. */
  private static String text(Object o) {
    return o instanceof Enum<?> e ? e.name() : o.toString();
  }
}
