package org.actorpulse.ingest;

import org.actorpulse.model.Article;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The internal rows of parsed records, articles, rejects and skipped records in one schema, in two shapes:
 * {@link #SLIM} for counting and finding duplicates (no article text; the raw record only for rejects),
 * {@link #FULL} for writing articles. A record is identified by {@code (input_file, rec)}, the same on every read.
 */
final class ParsedRows {
  private ParsedRows() {}

  static final String ARTICLE_ID = "article_id";
  static final String DATE = "date";
  static final String TEXT_KEY = "text_key";
  static final String TRUNCATED = "truncated";
  static final String REASON = "reason";
  static final String RAW = "raw";
  static final String INPUT_FILE = "input_file";
  static final String LINE = "line";
  static final String N_CHARS = "n_chars";
  static final String REC = "rec";
  /** What a skipped record was ({@code warc:request}...); null for articles and rejects. */
  static final String SKIPPED = "skipped";
  static final String LANGUAGE = "language";

  static final StructType SLIM = new StructType(new StructField[] {
      DataTypes.createStructField(ARTICLE_ID, DataTypes.StringType, true),
      DataTypes.createStructField(DATE, DataTypes.DateType, true),
      DataTypes.createStructField(TEXT_KEY, DataTypes.StringType, true),
      DataTypes.createStructField(TRUNCATED, DataTypes.BooleanType, false),
      DataTypes.createStructField(REASON, DataTypes.StringType, true),
      DataTypes.createStructField(RAW, DataTypes.StringType, true),
      DataTypes.createStructField(INPUT_FILE, DataTypes.StringType, true),
      DataTypes.createStructField(LINE, DataTypes.LongType, true),
      DataTypes.createStructField(REC, DataTypes.LongType, false),
      DataTypes.createStructField(SKIPPED, DataTypes.StringType, true),
  });

  static final StructType FULL = new StructType(new StructField[] {
      DataTypes.createStructField(ARTICLE_ID, DataTypes.StringType, true),
      DataTypes.createStructField(DATE, DataTypes.DateType, true),
      DataTypes.createStructField("source", DataTypes.StringType, true),
      DataTypes.createStructField("url", DataTypes.StringType, true),
      DataTypes.createStructField("title", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField(N_CHARS, DataTypes.IntegerType, true),
      DataTypes.createStructField(LANGUAGE, DataTypes.StringType, true),
      DataTypes.createStructField(REASON, DataTypes.StringType, true),
      DataTypes.createStructField(INPUT_FILE, DataTypes.StringType, true),
      DataTypes.createStructField(LINE, DataTypes.LongType, true),
      DataTypes.createStructField(REC, DataTypes.LongType, false),
      DataTypes.createStructField(SKIPPED, DataTypes.StringType, true),
  });

  static StructType schema(boolean slim) {
    return slim ? SLIM : FULL;
  }

  static Row toRow(ParsedRecord r, long rec, boolean slim) {
    return slim ? slim(r, rec) : full(r, rec);
  }

  private static Row slim(ParsedRecord r, long rec) {
    if (r.isArticle()) {
      Article a = r.article();
      return RowFactory.create(a.articleId(), java.sql.Date.valueOf(a.date()), r.textKey(), r.truncated(), null,
          null, r.inputFile(), r.line(), rec, null);
    }
    String raw = r.isSkipped() ? null : r.reject().raw();
    return RowFactory.create(null, null, null, false, r.reason(), raw, r.inputFile(), r.line(), rec, r.skipped());
  }

  private static Row full(ParsedRecord r, long rec) {
    if (r.isArticle()) {
      Article a = r.article();
      return RowFactory.create(a.articleId(), java.sql.Date.valueOf(a.date()), a.source(), a.url(), a.title(),
          a.text(), a.nChars(), a.language(), null, r.inputFile(), r.line(), rec, null);
    }
    return RowFactory.create(null, null, null, null, null, null, null, null, r.reason(), r.inputFile(), r.line(), rec,
        r.skipped());
  }
}
