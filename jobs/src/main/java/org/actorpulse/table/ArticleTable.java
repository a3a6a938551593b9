package org.actorpulse.table;

import java.time.LocalDate;
import java.util.Arrays;
import org.actorpulse.model.Article;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code articles} table: one row per distinct article, written by ingest and read by analysis.
 * Columns in this order: {@code article_id} (unique), {@code date} (UTC day), {@code source}, {@code url}
 * (nullable), {@code title} (nullable), {@code text}, {@code n_chars} (length of {@code text} in UTF-16 chars,
 * as {@link Article#nChars()}), {@code language} (ISO 639-1, or {@code und}), {@code dup_cluster} and
 * {@code dup_count} (its near-duplicate cluster, as {@link Article#dupCluster()} and {@link Article#dupCount()}).
 */
public final class ArticleTable {
  private ArticleTable() {}

  public static final String ARTICLE_ID = "article_id";
  public static final String DATE = "date";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String N_CHARS = "n_chars";
  public static final String LANGUAGE = "language";
  public static final String DUP_CLUSTER = "dup_cluster";
  public static final String DUP_COUNT = "dup_count";

  /** The language of partitions written before languages were detected. */
  static final String UNDETERMINED = "und";

  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField(ARTICLE_ID, DataTypes.StringType, false),
      DataTypes.createStructField(DATE, DataTypes.DateType, false),
      DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
      DataTypes.createStructField(URL, DataTypes.StringType, true),
      DataTypes.createStructField(TITLE, DataTypes.StringType, true),
      DataTypes.createStructField(TEXT, DataTypes.StringType, false),
      DataTypes.createStructField(N_CHARS, DataTypes.IntegerType, false),
      DataTypes.createStructField(LANGUAGE, DataTypes.StringType, false),
      DataTypes.createStructField(DUP_CLUSTER, DataTypes.StringType, false),
      DataTypes.createStructField(DUP_COUNT, DataTypes.IntegerType, false),
  });

  /** What ingest reads, before near-duplicates are looked for: the table without its cluster columns. */
  public static final StructType INGESTED = new StructType(Arrays.stream(SCHEMA.fields())
      .filter(f -> !f.name().equals(DUP_CLUSTER) && !f.name().equals(DUP_COUNT))
      .toArray(StructField[]::new));

  /** A row in {@link #SCHEMA} order; the date as {@link java.sql.Date}, Spark's default external type. */
  public static Row toRow(Article a) {
    return RowFactory.create(a.articleId(), java.sql.Date.valueOf(a.date()), a.source(), a.url(), a.title(),
        a.text(), a.nChars(), a.language(), a.dupCluster(), a.dupCount());
  }

  /**
   * Reads a row of this table (by column name), whether dates come as {@code java.sql.Date} or {@code LocalDate}.
   * A row without cluster columns (from ingest, or a partition written before they existed) is a cluster of one.
   */
  public static Article fromRow(Row r) {
    String id = r.getString(r.fieldIndex(ARTICLE_ID));
    boolean clustered = hasValue(r, DUP_CLUSTER);
    return new Article(id, toLocalDate(r.get(r.fieldIndex(DATE))),
        r.getString(r.fieldIndex(SOURCE)), r.getString(r.fieldIndex(URL)), r.getString(r.fieldIndex(TITLE)),
        r.getString(r.fieldIndex(TEXT)), hasValue(r, LANGUAGE) ? r.getString(r.fieldIndex(LANGUAGE)) : UNDETERMINED,
        clustered ? r.getString(r.fieldIndex(DUP_CLUSTER)) : id, clustered ? r.getInt(r.fieldIndex(DUP_COUNT)) : 1);
  }

  /** Partitions written before a column existed lack it: read as {@code und}, or a cluster of one. */
  private static boolean hasValue(Row r, String column) {
    return Arrays.asList(r.schema().fieldNames()).contains(column) && !r.isNullAt(r.fieldIndex(column));
  }

  static LocalDate toLocalDate(Object v) {
    if (v instanceof LocalDate d) return d;
    if (v instanceof java.sql.Date d) return d.toLocalDate();
    throw new IllegalArgumentException("not a date: " + v);
  }
}
