package org.actorpulse.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;

/**
 * A JSON array of objects, read element by element. A syntax error cannot be skipped inside an array: it
 * ends the file with one {@code json:malformed} reject (the elements before it are kept). Content after the
 * closing bracket is ignored.
 */
final class JsonArrayIterator extends RecordIterator {
  private final JsonParser parser;
  private final JsonRecords json;
  private final RecordMapper mapper;
  private boolean started;
  private boolean finished;

  JsonArrayIterator(String inputFile, boolean compressed, Reader reader, ObjectMapper objectMapper,
      FieldMapping mapping, RecordMapper mapper) throws IOException {
    this(inputFile, compressed, objectMapper.getFactory().createParser(reader), objectMapper, mapping, mapper);
  }

  private JsonArrayIterator(String inputFile, boolean compressed, JsonParser parser, ObjectMapper objectMapper,
      FieldMapping mapping, RecordMapper mapper) {
    super(inputFile, compressed, parser);
    this.parser = parser;
    this.json = new JsonRecords(objectMapper.getFactory(), mapping);
    this.mapper = mapper;
  }

  @Override
  protected ParsedRecord read() throws IOException {
    if (finished) return null;
    long line = currentLine();
    try {
      if (!started) {
        started = true;
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          finished = true;
          return ParsedRecord.reject("expected a JSON array", Reasons.JSON_MALFORMED, inputFile, 1L);
        }
      }
      JsonToken t = parser.nextToken();
      line = currentLine();
      if (t == JsonToken.END_ARRAY || t == null) {
        finished = true;
        if (t == null) return ParsedRecord.reject("JSON array not closed", Reasons.JSON_MALFORMED, inputFile, line);
        return null;
      }
      JsonNode node = parser.readValueAsTree();
      String raw = node.toString();
      if (!node.isObject()) return ParsedRecord.reject(raw, Reasons.JSON_NOT_OBJECT, inputFile, line);
      json.readNode(node);
      return mapper.map(json.values(), inputFile, line, () -> raw);
    } catch (JsonProcessingException e) {
      finished = true;
      return ParsedRecord.reject("unparseable JSON from line " + line + ": " + e.getOriginalMessage(),
          Reasons.JSON_MALFORMED, inputFile, line);
    }
  }

  @Override
  protected long currentLine() {
    return parser.getTokenLocation().getLineNr();
  }
}
