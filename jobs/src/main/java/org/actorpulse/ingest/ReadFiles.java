package org.actorpulse.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * The read task for non-Parquet files: opens each file of its group in turn through Hadoop's file system and
 * streams its records as {@link ParsedRows}. Each partition holds one group index. One {@link FileRecords} (and Jackson mapper) per partition.
 */
final class ReadFiles implements FlatMapFunction<Iterator<Integer>, Row> {
  private static final long serialVersionUID = 1L;

  // Groups travel in the closure (Java serialization): Kryo, Spark's data serializer here, cannot build records.
  private final List<List<InputFile>> groups;
  private final Broadcast<SerializableWritable<Configuration>> hadoopConf;
  private final FieldMapping mapping;
  private final RecordMapper mapper;

  ReadFiles(List<List<InputFile>> groups, Broadcast<SerializableWritable<Configuration>> hadoopConf,
      FieldMapping mapping, RecordMapper mapper) {
    this.groups = List.copyOf(groups);
    this.hadoopConf = hadoopConf;
    this.mapping = mapping;
    this.mapper = mapper;
  }

  @Override
  public Iterator<Row> call(Iterator<Integer> groupIndex) {
    Configuration conf = hadoopConf.value().value();
    FileRecords files = new FileRecords(mapping, mapper);
    Iterator<InputFile> todo = groupIndex.hasNext() ? groups.get(groupIndex.next()).iterator() : Collections.emptyIterator();
    return new Iterator<>() {
      private RecordIterator current;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (!todo.hasNext()) return false;
          InputFile f = todo.next();
          try {
            Path p = new Path(f.uri());
            current = files.open(f.displayName(), p.getFileSystem(conf).open(p));
          } catch (IOException e) {
            throw new UncheckedIOException("opening " + f.uri(), e);
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ParsedRows.toRow(current.next());
      }
    };
  }
}
