package org.actorpulse.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV with a header row. A record with another number of fields than the header is rejected
 * ({@code csv:field-count}), as is a quoted field left open at the end of the file ({@code csv:malformed}).
 * The header is not a record.
 */
final class CsvIterator extends RecordIterator {
  private final CsvParser csv;
  private final FieldMapping mapping;
  private final RecordMapper mapper;
  private final String[] values = new String[Field.values().length];
  private List<List<Integer>> columns;
  private int width;
  private long lastLine;

  CsvIterator(String inputFile, boolean compressed, Reader reader, char delimiter, FieldMapping mapping,
      RecordMapper mapper) {
    super(inputFile, compressed, reader);
    this.csv = new CsvParser(reader, delimiter);
    this.mapping = mapping;
    this.mapper = mapper;
  }

  @Override
  protected ParsedRecord read() throws IOException {
    if (columns == null) {
      CsvParser.CsvRecord header = csv.next();
      if (header == null) return null;
      List<String> names = new ArrayList<>(header.fields());
      if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) names.set(0, names.get(0).substring(1));
      columns = mapping.resolveAll(names);
      width = names.size();
    }
    CsvParser.CsvRecord r = csv.next();
    if (r == null) return null;
    lastLine = r.line();
    if (r.unterminated()) return ParsedRecord.reject(r.raw(), Reasons.CSV_MALFORMED, inputFile, r.line());
    if (r.fields().size() != width) return ParsedRecord.reject(r.raw(), Reasons.CSV_FIELD_COUNT, inputFile, r.line());
    for (int f = 0; f < values.length; f++) {
      values[f] = null;
      for (int col : columns.get(f)) {
        String v = r.fields().get(col);
        if (!v.isBlank()) {
          values[f] = v;
          break;
        }
      }
    }
    return mapper.map(values, inputFile, r.line(), r::raw);
  }

  @Override
  protected long currentLine() {
    return lastLine + 1;
  }
}
