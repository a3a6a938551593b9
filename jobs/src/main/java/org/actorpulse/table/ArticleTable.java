package org.actorpulse.table;

import java.time.LocalDate;
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
 * as {@link Article#nChars()}), {@code language} (ISO 639-1, or {@code und}).
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

  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField(ARTICLE_ID, DataTypes.StringType, false),
      DataTypes.createStructField(DATE, DataTypes.DateType, false),
      DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
      DataTypes.createStructField(URL, DataTypes.StringType, true),
      DataTypes.createStructField(TITLE, DataTypes.StringType, true),
      DataTypes.createStructField(TEXT, DataTypes.StringType, false),
      DataTypes.createStructField(N_CHARS, DataTypes.IntegerType, false),
      DataTypes.createStructField(LANGUAGE, DataTypes.StringType, false),
  });

  /** A row in {@link #SCHEMA} order; the date as {@link java.sql.Date}, Spark's default external type. */
  public static Row toRow(Article a) {
    return RowFactory.create(a.articleId(), java.sql.Date.valueOf(a.date()), a.source(), a.url(), a.title(),
        a.text(), a.nChars(), a.language());
  }

  /** Reads a row of this table (by column name), whether dates come as {@code java.sql.Date} or {@code LocalDate}. */
  public static Article fromRow(Row r) {
    return new Article(r.getString(r.fieldIndex(ARTICLE_ID)), toLocalDate(r.get(r.fieldIndex(DATE))),
        r.getString(r.fieldIndex(SOURCE)), r.getString(r.fieldIndex(URL)), r.getString(r.fieldIndex(TITLE)),
        r.getString(r.fieldIndex(TEXT)), r.getString(r.fieldIndex(LANGUAGE)));
  }

  static LocalDate toLocalDate(Object v) {
    if (v instanceof LocalDate d) return d;
    if (v instanceof java.sql.Date d) return d.toLocalDate();
    throw new IllegalArgumentException("not a date: " + v);
  }
}
