package org.actorpulse.ingest;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Parquet inputs, through Spark's reader (splittable, columnar: only the mapped columns are read). Mapped
 * columns are read as text: timestamps as epoch seconds (so the UTC day is taken whatever the session time
 * zone), dates as {@code yyyy-MM-dd}, anything else cast to string. The record number within the file is
 * Spark's {@code _metadata.row_index} + 1; {@code rec} is the row index. A reject's raw record is the JSON of its mapped columns.
 */
final class ParquetInputs {
  private ParquetInputs() {}

  static Dataset<Row> read(SparkSession spark, List<InputFile> files, FieldMapping mapping, RecordMapper mapper,
      ParsedRows shape) {
    String[] paths = files.stream().map(InputFile::uri).toArray(String[]::new);
    Dataset<Row> df = spark.read().option("mergeSchema", "true").parquet(paths);
    List<String> names = Arrays.asList(df.columns());
    List<List<Integer>> byField = mapping.resolveAll(names);

    List<Column> select = new ArrayList<>();
    List<String> selected = new ArrayList<>();
    int[][] fieldColumns = new int[byField.size()][];
    for (int f = 0; f < byField.size(); f++) {
      List<Integer> cols = byField.get(f);
      fieldColumns[f] = new int[cols.size()];
      for (int k = 0; k < cols.size(); k++) {
        String name = names.get(cols.get(k));
        int at = selected.indexOf(name);
        if (at < 0) {
          at = selected.size();
          selected.add(name);
          select.add(asText(df.schema().apply(name)).as("c" + at));
        }
        fieldColumns[f][k] = at;
      }
    }
    select.add(col("_metadata.file_path").as("_file"));
    select.add(col("_metadata.row_index").as("_row"));
    String[] selectedNames = selected.toArray(String[]::new);
    return df.select(select.toArray(Column[]::new))
        .mapPartitions(new MapRows(fieldColumns, selectedNames, mapper, shape), Encoders.row(shape.schema()));
  }

  private static Column asText(StructField f) {
    Column c = col("`" + f.name().replace("`", "``") + "`");
    DataType t = f.dataType();
    if (t.equals(DataTypes.TimestampType)) return c.cast(DataTypes.LongType).cast(DataTypes.StringType);
    return c.cast(DataTypes.StringType);
  }

  private static final class MapRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int[][] fieldColumns;
    private final String[] names;
    private final RecordMapper mapper;
    private final ParsedRows shape;

    MapRows(int[][] fieldColumns, String[] names, RecordMapper mapper, ParsedRows shape) {
      this.fieldColumns = fieldColumns;
      this.names = names;
      this.mapper = mapper;
      this.shape = shape;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ObjectMapper json = new ObjectMapper();
      String[] values = new String[fieldColumns.length];
      int fileCol = names.length;
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          for (int f = 0; f < fieldColumns.length; f++) {
            values[f] = null;
            for (int c : fieldColumns[f]) {
              String v = r.getString(c);
              if (v != null && !v.isBlank()) {
                values[f] = v;
                break;
              }
            }
          }
          String file = InputFile.display(r.getString(fileCol));
          long rowIndex = r.getLong(fileCol + 1);
          return shape.toRow(mapper.map(values, file, rowIndex + 1, () -> raw(json, r)), rowIndex);
        }
      };
    }

    private String raw(ObjectMapper json, Row r) {
      ObjectNode o = json.createObjectNode();
      for (int i = 0; i < names.length; i++) o.put(names[i], r.getString(i));
      return o.toString();
    }
  }
}
