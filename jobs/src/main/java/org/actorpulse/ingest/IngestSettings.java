package org.actorpulse.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.actorpulse.dedup.NearDuplicateOptions;
import org.actorpulse.ingest.html.HtmlMode;
import org.actorpulse.ingest.language.LanguagePolicy;

/**
 * What the ingest stage needs, built once by the CLI. Immutable.
 *
 * @param inputs       files, folders (read recursively, skipping names starting with {@code .} or {@code _})
 *                     and globs ({@code data/*.jsonl.gz}); at least one
 * @param fieldNames   extra input names per canonical field ({@code id, date, source, url, title, text}),
 *                     preferred over the built-in names; may be empty
 * @param from         first day kept, inclusive; null for no bound
 * @param to           last day kept, inclusive; null for no bound
 * @param runId        written to every reject row
 * @param maxTextChars longer texts are cut to this many chars (and counted as truncated)
 * @param sourceAliases canonical source names ({@code conf/sources.yaml})
 * @param html         when the text field of a JSON, CSV or Parquet record is read as HTML
 * @param languages    the article languages kept; others become rejects {@code language:xx}
 * @param nearDuplicates when enabled, the first read sketches each article for near-duplicate detection
 *                     ({@link IngestResult#sketches()}), so that its text is not read again for that
 */
public record IngestSettings(List<String> inputs, Map<String, List<String>> fieldNames, LocalDate from,
    LocalDate to, String runId, int maxTextChars, SourceAliases sourceAliases, HtmlMode html,
    LanguagePolicy languages, NearDuplicateOptions nearDuplicates) {
  /** The default for {@code maxTextChars}: far above a news article (~4 KB), well below a runaway record. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 100_000;

  public IngestSettings {
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    if (inputs.isEmpty()) throw new IllegalArgumentException("no input given: expected a file, folder or glob");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(fieldNames, "fieldNames").forEach((k, v) -> copy.put(k, List.copyOf(v)));
    fieldNames = java.util.Collections.unmodifiableMap(copy);
    FieldMapping.withExtraNames(fieldNames); // fails early on an unknown field
    Objects.requireNonNull(runId, "runId");
    if (runId.isBlank()) throw new IllegalArgumentException("empty run id");
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to + ": expected from <= to");
    }
    if (maxTextChars < 2) throw new IllegalArgumentException("max text chars " + maxTextChars + ": expected >= 2");
    Objects.requireNonNull(sourceAliases, "sourceAliases");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(nearDuplicates, "nearDuplicates");
  }

  /**
   * Inputs and run id, no window, no extra names, the default maximum text length, no source aliases, HTML texts
   * detected ({@link HtmlMode#AUTO}), English articles only, no near-duplicate sketches.
   */
  public static IngestSettings of(List<String> inputs, String runId) {
    return new IngestSettings(inputs, Map.of(), null, null, runId, DEFAULT_MAX_TEXT_CHARS, SourceAliases.NONE,
        HtmlMode.AUTO, LanguagePolicy.englishOnly(), NearDuplicateOptions.DEFAULTS.withEnabled(false));
  }

  public IngestSettings withWindow(LocalDate newFrom, LocalDate newTo) {
    return new IngestSettings(inputs, fieldNames, newFrom, newTo, runId, maxTextChars, sourceAliases, html,
        languages, nearDuplicates);
  }

  public IngestSettings withFieldNames(Map<String, List<String>> names) {
    return new IngestSettings(inputs, names, from, to, runId, maxTextChars, sourceAliases, html, languages,
        nearDuplicates);
  }

  public IngestSettings withMaxTextChars(int max) {
    return new IngestSettings(inputs, fieldNames, from, to, runId, max, sourceAliases, html, languages, nearDuplicates);
  }

  public IngestSettings withSourceAliases(SourceAliases aliases) {
    return new IngestSettings(inputs, fieldNames, from, to, runId, maxTextChars, aliases, html, languages,
        nearDuplicates);
  }

  public IngestSettings withHtml(HtmlMode mode) {
    return new IngestSettings(inputs, fieldNames, from, to, runId, maxTextChars, sourceAliases, mode, languages,
        nearDuplicates);
  }

  public IngestSettings withLanguages(LanguagePolicy policy) {
    return new IngestSettings(inputs, fieldNames, from, to, runId, maxTextChars, sourceAliases, html, policy,
        nearDuplicates);
  }

  public IngestSettings withNearDuplicates(NearDuplicateOptions options) {
    return new IngestSettings(inputs, fieldNames, from, to, runId, maxTextChars, sourceAliases, html, languages,
        options);
  }
}
