package org.actorpulse.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.dedup.NearDuplicateOptions;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.ingest.html.HtmlMode;
import org.actorpulse.ingest.language.LanguagePolicy;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.DivergenceTest;
import org.actorpulse.stats.ShiftTest;

/**
 * Reads the configuration: the user's file (if any) layered over the default {@code conf/actorpulse.conf} of the
 * actorpulse home. Relative paths resolve against the folder of the file that set them, so a user's file can
 * point at its own dictionary while the defaults keep pointing into {@code conf/}.
 */
public final class SettingsLoader {
  public static final String HOME_PROPERTY = "actorpulse.home";
  static final String PREFIX = "actorpulse.";

  private SettingsLoader() {}

  /** The default configuration file of the actorpulse home ({@code -Dactorpulse.home}, set by the launcher). */
  public static Path defaultConf() {
    String home = System.getProperty(HOME_PROPERTY);
    if (home == null || home.isBlank()) {
      throw new ConfigException("no configuration: pass --conf FILE (or run through scripts/actorpulse, which sets -D"
          + HOME_PROPERTY + ")");
    }
    return Path.of(home).resolve("conf").resolve("actorpulse.conf").toAbsolutePath().normalize();
  }

  /** @param userConf the {@code --conf} file, or null for the defaults alone */
  public static Settings load(Path userConf) {
    Path defaults = defaultConfOrNull();
    List<Path> sources = new ArrayList<>();
    Config config = ConfigFactory.empty();
    if (userConf != null) {
      Path abs = userConf.toAbsolutePath().normalize();
      if (!Files.isRegularFile(abs)) throw new ConfigException("--conf " + userConf + ": no such file");
      config = parse(abs);
      sources.add(abs);
    }
    if (defaults != null && !defaults.equals(sources.isEmpty() ? null : sources.get(0))) {
      config = config.withFallback(parse(defaults));
      sources.add(defaults);
    }
    if (sources.isEmpty()) defaultConf(); // throws with the helpful message
    config = config.resolve();
    try {
      return new Settings(
          sources,
          path(config, "dictionary"),
          new MatchOptions(config.getBoolean(PREFIX + "matching.demonyms"),
              config.getBoolean(PREFIX + "matching.proper-nouns-capitalised")),
          config.getString(PREFIX + "engine"),
          config.getString(PREFIX + "sentiment.scorer"),
          path(config, "sentiment.lexicons"),
          path(config, "sentiment.model"),
          config.getInt(PREFIX + "ingest.max-chars"),
          fieldNames(config),
          SourceAliasesFile.read(path(config, "ingest.source-aliases")),
          config.getStringList(PREFIX + "aggregate.granularities").stream().map(Granularity::parse).toList(),
          new ShiftTest(config.getLong(PREFIX + "aggregate.shift.min-n"), config.getDouble(PREFIX + "aggregate.shift.z"),
              config.getDouble(PREFIX + "aggregate.shift.min-delta")),
          new DivergenceTest(config.getLong(PREFIX + "aggregate.divergence.min-n"),
              config.getDouble(PREFIX + "aggregate.divergence.z"),
              config.getDouble(PREFIX + "aggregate.divergence.min-delta")),
          config.getLong(PREFIX + "discover.min-count"),
          config.getLong(PREFIX + "discover.min-single-word-count"),
          spark(config),
          HtmlMode.parse(config.getString(PREFIX + "ingest.html")),
          new LanguagePolicy(config.getStringList(PREFIX + "languages.accepted")),
          config.getStringList(PREFIX + "languages.dictionary"),
          nearDuplicates(config.getConfig(PREFIX + "dedup.near-duplicates")));
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  private static Path defaultConfOrNull() {
    String home = System.getProperty(HOME_PROPERTY);
    if (home == null || home.isBlank()) return null;
    Path p = defaultConf();
    return Files.isRegularFile(p) ? p : null;
  }

  private static Config parse(Path file) {
    try {
      return ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
  }

  /** A path value, resolved against the folder of the file that set it. */
  static Path path(Config config, String key) {
    String full = PREFIX + key;
    if (!config.hasPath(full)) throw new ConfigException(full + " is not set");
    ConfigValue value = config.getValue(full);
    Path p = Paths.get(config.getString(full));
    if (p.isAbsolute()) return p.normalize();
    ConfigOrigin origin = value.origin();
    URL url = origin.url();
    Path base = origin.filename() != null ? Path.of(origin.filename()).toAbsolutePath().getParent()
        : url != null && "file".equals(url.getProtocol()) ? Path.of(url.getPath()).getParent()
        : Path.of("").toAbsolutePath();
    return base.resolve(p).normalize();
  }

  private static Map<String, List<String>> fieldNames(Config config) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Config fields = config.getConfig(PREFIX + "ingest.fields");
    for (String field : fields.root().keySet()) out.put(field, fields.getStringList(field));
    return out;
  }

  /** Bad values are named with their full key, which {@link NearDuplicateOptions} does not know. */
  private static NearDuplicateOptions nearDuplicates(Config c) {
    try {
      return new NearDuplicateOptions(c.getBoolean("enabled"), c.getBoolean("count-copies"), c.getInt("shingle-words"),
          c.getDouble("threshold"), c.getInt("bands"), c.getInt("rows-per-band"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(PREFIX + "dedup.near-duplicates." + e.getMessage(), e);
    }
  }

  private static Map<String, String> spark(Config config) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!config.hasPath(PREFIX + "spark")) return out;
    for (var e : config.getConfig(PREFIX + "spark").entrySet()) {
      out.put("spark." + e.getKey(), String.valueOf(e.getValue().unwrapped()));
    }
    return out;
  }
}
