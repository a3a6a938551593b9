package org.actorpulse.ingest;

import java.io.Serializable;
import org.actorpulse.dedup.Sketcher;
import org.actorpulse.model.Article;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The internal rows of parsed records, articles, rejects and skipped records in one schema, in two shapes:
 * {@link #SLIM} for counting and finding duplicates (no article text; the raw record only for rejects; an article's
 * near-duplicate sketch when a {@link Sketcher} is given, so that the text need not be read again for it),
 * {@link #FULL} for writing articles. A record is identified by {@code (input_file, rec)}, the same on every read.
 * Immutable; shipped to the read tasks.
 */
final class ParsedRows implements Serializable {
  private static final long serialVersionUID = 1L;

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
  /** An article's sorted shingle hashes ({@link Sketcher.Sketch#shingles}); null without a sketcher or a word. */
  static final String SHINGLES = "shingles";
  /** An article's LSH band keys ({@link Sketcher.Sketch#keys}); null when {@link #SHINGLES} is. */
  static final String KEYS = "keys";

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
      DataTypes.createStructField(SHINGLES, DataTypes.createArrayType(DataTypes.IntegerType, false), true),
      DataTypes.createStructField(KEYS, DataTypes.createArrayType(DataTypes.LongType, false), true),
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

  private final boolean slim;
  private final Sketcher sketcher;

  private ParsedRows(boolean slim, Sketcher sketcher) {
    this.slim = slim;
    this.sketcher = sketcher;
  }

  /** @param sketcher sketches each article's text; null for none (near-duplicate detection off) */
  static ParsedRows slim(Sketcher sketcher) {
    return new ParsedRows(true, sketcher);
  }

  static ParsedRows full() {
    return new ParsedRows(false, null);
  }

  boolean isSlim() {
    return slim;
  }

  StructType schema() {
    return slim ? SLIM : FULL;
  }

  Row toRow(ParsedRecord r, long rec) {
    return slim ? slim(r, rec) : full(r, rec);
  }

  private Row slim(ParsedRecord r, long rec) {
    if (r.isArticle()) {
      Article a = r.article();
      Sketcher.Sketch s = sketcher == null ? null : sketcher.of(a.text());
      return RowFactory.create(a.articleId(), java.sql.Date.valueOf(a.date()), r.textKey(), r.truncated(), null,
          null, r.inputFile(), r.line(), rec, null, s == null ? null : s.shingles(), s == null ? null : s.keys());
    }
    String raw = r.isSkipped() ? null : r.reject().raw();
    return RowFactory.create(null, null, null, false, r.reason(), raw, r.inputFile(), r.line(), rec, r.skipped(),
        null, null);
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
