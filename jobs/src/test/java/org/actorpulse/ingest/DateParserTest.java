package org.actorpulse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static final LocalDate SEP_25 = LocalDate.of(2017, 9, 25);

  @ParameterizedTest
  @ValueSource(strings = {
      "2017-09-25", " 2017-09-25 ", "2017/09/25", "2017.09.25", "2017/09/25 10:00",
      "2017-09-25T10:15:30", "2017-09-25T10:15:30Z", "2017-09-25T10:15:30.123456Z", "2017-09-25 10:15:30",
      "2017-09-25T10:15", "2017-09-25T23:59:59+00:00", "2017-09-26T01:00:00+02:00", "2017-09-26T01:00:00+0200",
      "2017-09-24T23:00:00-05:00", "2017-09-25T10:00:00 UTC", "2017-09-25T10:00:00Z[UTC]",
      "Mon, 25 Sep 2017 10:00:00 GMT", "Mon, 25 Sep 2017 10:00:00 +0000", "25 Sep 2017 10:00:00 GMT",
      "Tue, 26 Sep 2017 01:00:00 +0200", "mon, 25 sep 2017 10:00:00 gmt", "25 Sep 2017",
      "1506297600", "1506297600000", "1506340000.5", "1506383999", "20170925", "1506297600000000",
      "1506297600000000000"})
  void acceptedFormatsGiveTheUtcDay(String value) throws Exception {
    assertEquals(SEP_25, DateParser.parse(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-02-30", "2017-13-01", "2017-00-10", "2017/02/30", "25/09/2017", "yesterday",
      "2017-09-25T25:00:00", "2017-09", "Mon, 32 Sep 2017 10:00:00 GMT", "2017-09-25T10:00:00+25:00",
      "99999999999999999999999", "2017-09-25 and more", "NaN", "20170230", "0000-01-01", "1799-12-31",
      "2200-01-01", "-99999999999"})
  void impossibleOrUnknownDatesAreInvalid(String value) {
    assertThrows(DateParser.InvalidDateException.class, () -> DateParser.parse(value), value);
  }

  @Test
  void absentOrBlankIsMissingNotInvalid() throws Exception {
    assertNull(DateParser.parse(null));
    assertNull(DateParser.parse(""));
    assertNull(DateParser.parse("  \t"));
  }

  @ParameterizedTest
  @CsvSource({"0,1970-01-01", "-86400,1969-12-31", "1506383999,2017-09-25", "1506384000,2017-09-26",
      "4102444799,2099-12-31", "100000000000,1973-03-03", "1506297600123,2017-09-25",
      "100000000000000,1973-03-03", "100000000000000000,1973-03-03"})
  void epochSecondsUntilTwelveDigitsThenMillisMicrosNanos(String value, String day) throws Exception {
    assertEquals(LocalDate.parse(day), DateParser.parse(value));
  }

  @Test
  void leapDayIsValidOnlyInLeapYears() throws Exception {
    assertEquals(LocalDate.of(2016, 2, 29), DateParser.parse("2016-02-29"));
    assertThrows(DateParser.InvalidDateException.class, () -> DateParser.parse("2017-02-29"));
  }
}
