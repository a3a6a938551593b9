package org.actorpulse.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold row of a NewsMTSC-style file: a sentence, the target's character span ({@code from} inclusive,
 * {@code to} exclusive) and its polarity toward the target (-1, 0 or 1).
 */
public record LabeledTarget(String id, String sentence, String mention, int begin, int end, int polarity) {
  public LabeledTarget {
    TargetSpan.checkOffsets(sentence, begin, end);
    if (polarity < -1 || polarity > 1) throw new IllegalArgumentException("polarity " + polarity + " of " + id);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads JSON lines with fields sentence, mention, from, to, polarity and (optional) id. */
  public static List<LabeledTarget> readJsonl(Path file) {
    List<LabeledTarget> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        for (String field : List.of("sentence", "from", "to", "polarity")) {
          if (!n.hasNonNull(field)) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": missing field " + field
                + " (expected {\"sentence\": ..., \"mention\": ..., \"from\": 3, \"to\": 9, \"polarity\": -1})");
          }
        }
        String sentence = n.get("sentence").asText();
        rows.add(new LabeledTarget(n.path("id").asText(file.getFileName() + ":" + lineNo), sentence,
            n.path("mention").asText(sentence.substring(n.get("from").asInt(), n.get("to").asInt())),
            n.get("from").asInt(), n.get("to").asInt(), n.get("polarity").asInt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return rows;
  }
}
