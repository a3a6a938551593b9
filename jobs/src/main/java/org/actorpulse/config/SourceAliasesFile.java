package org.actorpulse.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.ingest.SourceAliases;

/**
 * Reads the source alias map: a YAML mapping of each canonical source name to a list of the names and hosts that
 * mean it ({@code reuters: [reuters.com, Reuters]}). An empty file means no aliases.
 */
final class SourceAliasesFile {
  private SourceAliasesFile() {}

  static SourceAliases read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("actorpulse.ingest.source-aliases: " + file + ": no such file");
    }
    Map<String, List<String>> map;
    try {
      map = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(),
          new TypeReference<LinkedHashMap<String, List<String>>>() {});
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": expected a mapping of source name to a list of aliases: "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
    try {
      return map == null ? SourceAliases.NONE : SourceAliases.of(map);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
  }
}
