package org.actorpulse.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;

/** JSON Lines: one record per non-blank line; blank lines are not records but count for line numbers. */
final class JsonLinesIterator extends RecordIterator {
  private final ByteLineReader reader;
  private final JsonRecords json;
  private final RecordMapper mapper;
  private long line;

  /** @param firstLine the 1-based number of the first line the reader returns */
  JsonLinesIterator(String inputFile, boolean compressed, ByteLineReader reader, long firstLine,
      JsonFactory factory, FieldMapping mapping, RecordMapper mapper) {
    super(inputFile, compressed, reader);
    this.reader = reader;
    this.json = new JsonRecords(factory, mapping);
    this.mapper = mapper;
    this.line = firstLine - 1;
  }

  @Override
  protected ParsedRecord read() throws IOException {
    String s;
    while ((s = reader.readLine()) != null) {
      line++;
      if (line == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
      if (s.isBlank()) continue;
      String reason = json.parseLine(s);
      if (reason != null) return ParsedRecord.reject(s, reason, inputFile, line);
      String raw = s;
      return mapper.map(json.values(), inputFile, line, () -> raw);
    }
    return null;
  }

  @Override
  protected long currentLine() {
    return line + 1;
  }
}
