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
 * Hadoop's file system and streams its records as {@link ParsedRows}. Each partition holds one group of
 * units ({@link #toBytes}); one {@link FileRecords} (and Jackson mapper) per partition.
 */
final class ReadFiles implements FlatMapFunction<Iterator<byte[]>, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<SerializableWritable<Configuration>> hadoopConf;
  private final FieldMapping mapping;
  private final RecordMapper mapper;
  private final ParsedRows shape;

  ReadFiles(Broadcast<SerializableWritable<Configuration>> hadoopConf, FieldMapping mapping, RecordMapper mapper,
      ParsedRows shape) {
    this.hadoopConf = hadoopConf;
    this.mapping = mapping;
    this.mapper = mapper;
    this.shape = shape;
  }

  @Override
  public Iterator<Row> call(Iterator<byte[]> group) {
    Configuration conf = hadoopConf.value().value();
    FileRecords files = new FileRecords(mapping, mapper);
    boolean slim = shape.isSlim();
    Iterator<ReadUnit> todo = group.hasNext() ? fromBytes(group.next()).iterator() : Collections.emptyIterator();
    return new Iterator<>() {
      private RecordIterator current;
      private ReadUnit unit;
      private long ordinal;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (unit != null && slim) InputProgress.unitDone(unit);
          if (!todo.hasNext()) {
            unit = null;
            return false;
          }
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
        if (slim) InputProgress.recordRead();
        return shape.toRow(current.next(), unit.recordNumber(ordinal++));
      }
    };
  }

  /**
   * A group as the data of its partition. Java-serialized by hand: Spark's Kryo serializer (set by
   * SparkConfFactory) cannot build records, and shipping only its own group to each task keeps tasks small
   * when there are many thousands of files.
   */
  static byte[] toBytes(List<ReadUnit> group) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(b)) {
      out.writeObject(new java.util.ArrayList<>(group));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  @SuppressWarnings("unchecked")
  static List<ReadUnit> fromBytes(byte[] bytes) {
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return (List<ReadUnit>) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
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
