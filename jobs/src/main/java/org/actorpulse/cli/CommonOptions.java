package org.actorpulse.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every job shares. */
public final class CommonOptions {
  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output folder of the tables (local path or a Hadoop URI, e.g. s3a://bucket/out).")
  String output;

  @Option(names = "--conf", paramLabel = "FILE",
      description = "Configuration file layered over conf/actorpulse.conf.")
  Path conf;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: local[*], or what spark-submit sets).")
  String master;

  @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
      description = "First date to process, inclusive (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
      description = "Last date to process, inclusive (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--wait-lock", paramLabel = "SECONDS", defaultValue = "0",
      description = "Wait this long for another run on the same output to finish (default: fail at once).")
  long waitLock;

  /** The {@code --input} option, only on the commands that read inputs. */
  public static final class Inputs {
    @Option(names = {"-i", "--input"}, required = true, paramLabel = "PATH",
        description = "Input file, folder or glob; repeatable. JSON Lines (.jsonl, .json, .gz), CSV with a header, "
            + "Parquet, or seed-style text articles.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--signal-rejects",
        description = "Exit with code 3 when the run succeeded but rejected input records.")
    boolean signalRejects;
  }

  /** Parses {@code YYYY-MM-DD} and names the bad value with a good one when it fails. */
  public static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "': expected a date like 2017-09-25");
      }
    }
  }
}
