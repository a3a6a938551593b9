package org.actorpulse.table;

import java.sql.Date;
import org.actorpulse.model.Mention;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code mentions} table: one row per actor mention, partitioned by {@code date}. */
public final class MentionTable {
  public static final String NAME = "mentions";
  public static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("date", DataTypes.DateType, false)
      .add("source", DataTypes.StringType, false)
      .add("actor_id", DataTypes.StringType, false)
      .add("surface", DataTypes.StringType, false)
      .add("sentence_index", DataTypes.IntegerType, false)
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("sentiment", DataTypes.DoubleType, false);

  private MentionTable() {}

  public static Row toRow(Mention m) {
    return RowFactory.create(m.articleId(), Date.valueOf(m.date()), m.source(), m.actorId(), m.surface(),
        m.sentenceIndex(), m.begin(), m.end(), m.sentiment());
  }
}
