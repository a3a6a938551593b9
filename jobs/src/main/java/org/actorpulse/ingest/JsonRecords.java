package org.actorpulse.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the mapped fields out of one JSON object, either a line of text (streaming: fields that map to
 * nothing are skipped without building a tree) or a parsed node. Scalars are read as their text (a number
 * date stays {@code 1506297600}); objects and arrays in a mapped field count as absent. Not thread-safe
 * (holds per-record state): one per reader.
 */
final class JsonRecords {
  /** Outcome of parsing a line: the values, or a reject reason. */
  static final String OK = null;

  private final JsonFactory factory;
  private final FieldValues values;

  JsonRecords(JsonFactory factory, FieldMapping mapping) {
    this.factory = factory;
    this.values = new FieldValues(mapping);
  }

  /** Parses one line; returns null when it is an object (values in {@link #values()}), else a reason. */
  String parseLine(String line) {
    values.reset();
    try (JsonParser p = factory.createParser(line)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        if (t == null) return Reasons.JSON_MALFORMED;
        p.skipChildren();
        return p.nextToken() == null ? Reasons.JSON_NOT_OBJECT : Reasons.JSON_MALFORMED;
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        FieldMapping.Slot slot = values.slot(p.currentName());
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
        } else if (slot != null && v != JsonToken.VALUE_NULL) {
          values.offer(slot, p.getText());
        }
      }
      if (t != JsonToken.END_OBJECT) return Reasons.JSON_MALFORMED;
      return p.nextToken() == null ? OK : Reasons.JSON_MALFORMED;
    } catch (IOException e) {
      return Reasons.JSON_MALFORMED;
    }
  }

  /** Reads an object node's fields into {@link #values()}. */
  void readNode(JsonNode object) {
    values.reset();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isValueNode() && !v.isNull()) values.offer(values.slot(e.getKey()), v.asText());
    }
  }

  String[] values() {
    return values.values();
  }
}
