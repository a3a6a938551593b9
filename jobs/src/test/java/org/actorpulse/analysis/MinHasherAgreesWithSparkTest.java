package org.actorpulse.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.actorpulse.SparkTestSession;
import org.actorpulse.dedup.MinHasher;
import org.actorpulse.dedup.Shingles;
import org.actorpulse.dedup.Sketcher;
import org.actorpulse.dedup.Stories;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@link MinHasher} computes what Spark ML's MinHashLSH computes, hash for hash, for the seed the job uses. */
class MinHasherAgreesWithSparkTest {
  @Test
  void sameSeedSameMinHashes() {
    int hashes = 60;
    List<int[]> sets = new ArrayList<>();
    for (Stories.Story s : Stories.load().stories().subList(0, 40)) sets.add(Shingles.of(s.text(), 5));
    sets.add(new int[] {0});
    sets.add(new int[] {0, 1, Shingles.SPACE - 1});

    StructType schema = new StructType().add("i", DataTypes.IntegerType).add("v", SQLDataTypes.VectorType());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      double[] ones = new double[sets.get(i).length];
      Arrays.fill(ones, 1.0);
      rows.add(RowFactory.create(i, Vectors.sparse(Shingles.SPACE, sets.get(i), ones)));
    }
    Dataset<Row> vectors = SparkTestSession.get().createDataFrame(rows, schema);
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(hashes).setSeed(Sketcher.SEED)
        .setInputCol("v").setOutputCol("h").fit(vectors);

    MinHasher hasher = new MinHasher(Sketcher.SEED, hashes);
    int compared = 0;
    for (Row r : model.transform(vectors).select("i", "h").collectAsList()) {
      List<Vector> spark = r.getList(1);
      long[] expected = new long[spark.size()];
      for (int j = 0; j < expected.length; j++) expected[j] = (long) spark.get(j).apply(0);
      assertArrayEquals(expected, hasher.hash(sets.get(r.getInt(0))), "set " + r.getInt(0));
      compared++;
    }
    assertEquals(sets.size(), compared);
  }
}
