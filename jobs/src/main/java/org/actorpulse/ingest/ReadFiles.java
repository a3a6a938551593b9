package org.actorpulse.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * The read task for non-Parquet files: opens each unit (file or byte range) of its group in turn through
 * Hadoop's file system and streams its records as {@link ParsedRows}. Each partition holds one group index;
 * one {@link FileRecords} (and Jackson mapper) per partition.
 */
final class ReadFiles implements FlatMapFunction<Iterator<Integer>, Row> {
  private static final long serialVersionUID = 1L;

  // Groups travel in the closure (Java serialization): Kryo, Spark's data serializer here, cannot build records.
  private final List<List<ReadUnit>> groups;
  private final Broadcast<SerializableWritable<Configuration>> hadoopConf;
  private final FieldMapping mapping;
  private final RecordMapper mapper;
  private final boolean slim;

  ReadFiles(List<List<ReadUnit>> groups, Broadcast<SerializableWritable<Configuration>> hadoopConf,
      FieldMapping mapping, RecordMapper mapper, boolean slim) {
    this.groups = List.copyOf(groups);
    this.hadoopConf = hadoopConf;
    this.mapping = mapping;
    this.mapper = mapper;
    this.slim = slim;
  }

  @Override
  public Iterator<Row> call(Iterator<Integer> groupIndex) {
    Configuration conf = hadoopConf.value().value();
    FileRecords files = new FileRecords(mapping, mapper);
    Iterator<ReadUnit> todo = groupIndex.hasNext() ? groups.get(groupIndex.next()).iterator()
        : Collections.emptyIterator();
    return new Iterator<>() {
      private RecordIterator current;
      private ReadUnit unit;
      private long ordinal;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (!todo.hasNext()) return false;
          unit = todo.next();
          ordinal = 0;
          try {
            current = open(files, conf, unit);
          } catch (IOException e) {
            throw new UncheckedIOException("opening " + unit.file().uri(), e);
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ParsedRows.toRow(current.next(), unit.recordNumber(ordinal++), slim);
      }
    };
  }

  static RecordIterator open(FileRecords files, Configuration conf, ReadUnit unit) throws IOException {
    Path p = new Path(unit.file().uri());
    FileSystem fs = p.getFileSystem(conf);
    String name = unit.file().displayName();
    if (!unit.isRange()) return files.open(name, fs.open(p));
    FSDataInputStream in = fs.open(p);
    if (unit.start() > 0) in.seek(unit.start() - 1);
    return files.openJsonLinesRange(name, in, unit.start(), unit.end(), unit.firstLine());
  }

  /** How many lines begin in a range: the line-number offsets of the ranges after it. */
  static long countLineStarts(Configuration conf, ReadUnit unit) throws IOException {
    Path p = new Path(unit.file().uri());
    try (FSDataInputStream in = p.getFileSystem(conf).open(p)) {
      if (unit.start() > 0) in.seek(unit.start() - 1);
      return ByteLineReader.countLineStarts(in, unit.start(), unit.end());
    }
  }
}
