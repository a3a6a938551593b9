package org.actorpulse.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Publication dates to the UTC day. Accepted:
 * <ul>
 *   <li>ISO dates {@code 2017-09-25}, and {@code 2017/09/25}, {@code 2017.09.25};</li>
 *   <li>ISO date-times with {@code T} or a space, optional seconds and fraction, with an offset or zone
 *       ({@code Z}, {@code +02:00}, {@code +0200}, {@code [Europe/Paris]}: converted to UTC) or without one
 *       (taken as UTC);</li>
 *   <li>RFC 1123 / RFC 822, e.g. {@code Mon, 25 Sep 2017 10:00:00 GMT}, day name optional;</li>
 *   <li>{@code 20170925} (eight digits: a basic ISO date, not epoch seconds in 1970);</li>
 *   <li>epoch seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude (from 12, 15 and
 *       18 digits on), possibly with a fraction.</li>
 * </ul>
 * Parsing is strict: {@code 2017-02-30} is invalid, not 2017-03-02; so is a day outside
 * [{@link #EARLIEST}, {@link #LATEST}] (year 0, a microsecond count read as milliseconds): no news article
 * is dated there, and Spark's DATE could not hold all of them. Stateless and thread-safe.
 */
public final class DateParser {
  private DateParser() {}

  /** Thrown for a value that is present but not a (possible) date. */
  public static final class InvalidDateException extends Exception {
    InvalidDateException(String value) {
      super("not a date: " + value, null, false, false);
    }
  }

  /** The first day accepted. */
  public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
  /** The last day accepted. */
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  // Epoch values at or above this many seconds would be after year 5138: they are milliseconds.
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;
  private static final long MICROS_THRESHOLD = MILLIS_THRESHOLD * 1000;
  private static final long NANOS_THRESHOLD = MICROS_THRESHOLD * 1000;

  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendValue(ChronoField.YEAR, 4)
      .appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2)
      .appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2)
      .optionalStart().optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
      .optionalStart().appendZoneText(java.time.format.TextStyle.SHORT).optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .parseLenient()
      .optionalStart().appendText(ChronoField.DAY_OF_WEEK, java.time.format.TextStyle.SHORT).appendLiteral(", ").optionalEnd()
      .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
      .appendLiteral(' ')
      .appendText(ChronoField.MONTH_OF_YEAR, java.time.format.TextStyle.SHORT)
      .appendLiteral(' ')
      .appendValue(ChronoField.YEAR, 4)
      .optionalStart()
      .appendLiteral(' ')
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HHMM", "GMT").optionalEnd()
      .optionalStart().appendZoneText(java.time.format.TextStyle.SHORT).optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  /**
   * @return the UTC day, or null when the value is null or blank (a missing date)
   * @throws InvalidDateException when the value is present but not a possible date in a known format
   */
  public static LocalDate parse(String value) throws InvalidDateException {
    LocalDate d = parseAny(value);
    if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) throw new InvalidDateException(value);
    return d;
  }

  private static LocalDate parseAny(String value) throws InvalidDateException {
    if (value == null) return null;
    String s = value.strip();
    if (s.isEmpty()) return null;
    try {
      LocalDate fast = fastIsoDate(s);
      if (fast != null) return fast;
      char c0 = s.charAt(0);
      if ((c0 >= '0' && c0 <= '9') || c0 == '-') {
        if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
          return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 4, 6, 10), Integer.parseInt(s, 6, 8, 10));
        }
        if (NUMBER.matcher(s).matches()) return fromEpoch(s);
        // 2017/09/25 and 2017.09.25, optionally followed by a time
        if (s.length() >= 10 && (s.charAt(4) == '/' || s.charAt(4) == '.') && s.charAt(7) == s.charAt(4)) {
          s = s.substring(0, 4) + '-' + s.substring(5, 7) + '-' + s.substring(8);
          LocalDate d = fastIsoDate(s);
          if (d != null) return d;
        }
        if (s.length() > 4 && s.charAt(4) == '-') return fromIsoDateTime(s);
      }
      return fromRfc1123(s);
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      throw new InvalidDateException(value);
    }
  }

  /** yyyy-MM-dd exactly, without the formatter machinery (the common case); null if not that shape. */
  private static LocalDate fastIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return null;
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return null;
    }
    int y = Integer.parseInt(s, 0, 4, 10);
    int m = Integer.parseInt(s, 5, 7, 10);
    int d = Integer.parseInt(s, 8, 10, 10);
    return LocalDate.of(y, m, d); // throws DateTimeException for 2017-02-30
  }

  private static LocalDate fromEpoch(String s) {
    java.math.BigDecimal n = new java.math.BigDecimal(s);
    long whole = n.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
    long abs = Math.abs(whole);
    Instant t = abs >= NANOS_THRESHOLD ? Instant.ofEpochSecond(0, whole)
        : abs >= MICROS_THRESHOLD ? Instant.ofEpochSecond(Math.floorDiv(whole, 1_000_000L), Math.floorMod(whole, 1_000_000L) * 1000)
        : abs >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(whole)
        : Instant.ofEpochSecond(whole);
    return t.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate fromIsoDateTime(String s) {
    TemporalAccessor t = DATE_TIME.parse(s);
    return toUtcDay(t);
  }

  private static LocalDate fromRfc1123(String s) {
    return toUtcDay(RFC_1123.parse(s));
  }

  private static LocalDate toUtcDay(TemporalAccessor t) {
    if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
      LocalDateTime ldt = LocalDateTime.from(t);
      if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
        return OffsetDateTime.of(ldt, ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)))
            .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      }
      java.time.ZoneId zone = t.query(java.time.temporal.TemporalQueries.zone());
      if (zone != null) return ZonedDateTime.of(ldt, zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
      return ldt.toLocalDate();
    }
    return LocalDate.from(t);
  }
}
