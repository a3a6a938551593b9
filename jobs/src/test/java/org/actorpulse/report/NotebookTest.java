package org.actorpulse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code notebooks/explore.ipynb}: valid nbformat 4 as Jupyter reads it, and its DuckDB recipes run against a real
 * output folder (Python's DuckDB and pyarrow are not installed here, so the notebook itself cannot run).
 */
class NotebookTest {
  static final Path NOTEBOOK = ExampleOutput.HOME.resolve("notebooks/explore.ipynb");
  private static final Pattern DUCKDB_SQL = Pattern.compile("duckdb\\.sql\\(f\"\"\"(.*?)\"\"\"\\)", Pattern.DOTALL);
  private static final Pattern SETTING = Pattern.compile("^([A-Z_]+) = (\"[^\"]*\"|\\d+)", Pattern.MULTILINE);
  /** Recipes that may rightly find nothing in the sample: its periods are too small for the shift test. */
  private static final String MAY_BE_EMPTY = "WHERE shift";

  static JsonNode notebook() throws Exception {
    return new ObjectMapper().readTree(NOTEBOOK.toFile());
  }

  static String source(JsonNode cell) {
    StringBuilder b = new StringBuilder();
    cell.get("source").forEach(line -> b.append(line.asText()));
    return b.toString();
  }

  @Test
  void isValidNbformat4() throws Exception {
    JsonNode nb = notebook();
    assertEquals(4, nb.get("nbformat").asInt());
    assertTrue(nb.get("nbformat_minor").asInt() >= 5, "cell ids need nbformat 4.5");
    assertEquals("python3", nb.at("/metadata/kernelspec/name").asText());
    List<String> ids = new ArrayList<>();
    for (JsonNode cell : nb.get("cells")) {
      String type = cell.get("cell_type").asText();
      assertTrue(type.equals("markdown") || type.equals("code"), type);
      assertTrue(cell.get("metadata").isObject() && cell.get("source").isArray(), cell.toString());
      if (type.equals("code")) {
        assertTrue(cell.get("outputs").isArray() && cell.get("outputs").isEmpty(), "committed without outputs");
        assertTrue(cell.get("execution_count").isNull());
      }
      ids.add(cell.get("id").asText());
    }
    assertEquals(ids.size(), ids.stream().distinct().count(), "cell ids are unique");
  }

  @Test
  void everyTableHasRecipesForEveryReader() throws Exception {
    StringBuilder all = new StringBuilder();
    notebook().get("cells").forEach(c -> all.append(source(c)).append('\n'));
    for (String table : List.of("actor_daily", "actor_sentiment", "actor_pairs", "mentions", "rejects", "runs")) {
      for (String reader : List.of("pd.read_parquet(f\"{OUT}/" + table, "read_parquet('{OUT}/" + table,
          "spark.read.parquet(f\"{OUT}/" + table)) {
        assertTrue(all.indexOf(reader) >= 0, "no recipe " + reader);
      }
    }
  }

  @Test
  void duckDbRecipesRunOnARealOutput() throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    List<String> queries = new ArrayList<>();
    for (JsonNode cell : notebook().get("cells")) {
      if (!cell.get("cell_type").asText().equals("code")) continue;
      String src = source(cell);
      Matcher s = SETTING.matcher(src);
      while (s.find()) settings.put(s.group(1), s.group(2).replace("\"", ""));
      Matcher q = DUCKDB_SQL.matcher(src);
      while (q.find()) queries.add(q.group(1));
    }
    assertTrue(queries.size() >= 8, "DuckDB recipes found: " + queries.size());
    assertTrue(settings.keySet().containsAll(List.of("OUT", "ACTOR", "SOURCE", "TOP")), settings.toString());
    settings.put("OUT", ExampleOutput.get().toString());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (String q : queries) {
        String sql = q;
        for (var e : settings.entrySet()) sql = sql.replace("{" + e.getKey() + "}", e.getValue());
        assertTrue(!sql.contains("{"), "unknown placeholder in " + q);
        try (ResultSet rs = st.executeQuery(sql)) {
          assertTrue(rs.next() || q.contains(MAY_BE_EMPTY), "no rows from the notebook's query:\n" + sql);
        }
      }
    }
  }
}
