package org.actorpulse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DuckDB queries of the README's "Reading the outputs" section, run as written against a real output folder,
 * so a renamed column or table breaks the build instead of the reader's first try.
 */
class ReadmeQueriesTest {
  static final String SECTION = "## Reading the outputs";

  /** The statements of the first ```sql block after the section heading, comments dropped. */
  static List<String> readmeQueries(String readme) {
    int section = readme.indexOf(SECTION);
    if (section < 0) throw new AssertionError("README has no '" + SECTION + "' section");
    int open = readme.indexOf("```sql\n", section);
    int close = readme.indexOf("```", open + 7);
    if (open < 0 || close < 0) throw new AssertionError("no ```sql block in '" + SECTION + "'");
    StringBuilder sql = new StringBuilder();
    for (String line : readme.substring(open + 7, close).split("\n")) {
      if (!line.strip().startsWith("--")) sql.append(line).append('\n');
    }
    List<String> out = new ArrayList<>();
    for (String s : sql.toString().split(";")) if (!s.isBlank()) out.add(s.strip());
    return out;
  }

  @Test
  void extractsEveryStatementOfTheBlock() {
    String readme = "# x\n" + SECTION + "\n\n```sql\n-- a\nSELECT 1;\n\n-- b\nSELECT 2\nFROM t;\n```\n"
        + "```sql\nSELECT 3;\n```";
    assertEquals(List.of("SELECT 1", "SELECT 2\nFROM t"), readmeQueries(readme));
  }

  @Test
  void everyReadmeQueryReturnsRowsOnARealOutput() throws Exception {
    List<String> queries = readmeQueries(Files.readString(ExampleOutput.HOME.resolve("README.md")));
    assertTrue(queries.size() >= 4, "expected the README's four queries, found " + queries);
    Path out = ExampleOutput.get();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (String q : queries) {
        assertTrue(q.contains("'out/"), "README queries read from out/: " + q);
        String real = q.replace("'out/", "'" + out + "/");
        try (ResultSet rs = s.executeQuery(real)) {
          assertTrue(rs.next(), "no rows from the README query:\n" + q);
        }
      }
    }
  }
}
