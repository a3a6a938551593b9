package org.actorpulse.dictionary;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads dictionary YAML files: each a list of actor entries (format in {@code conf/actors/README.md}). All errors
 * of all files are collected before failing, so one run shows every fix to make.
 */
public final class ActorDictionaryLoader {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** @throws DictionaryException listing every error, each with its file and entry */
  public ActorDictionary load(Path fileOrFolder) {
    List<Problem> problems = new ArrayList<>();
    List<LocatedEntry> entries = read(fileOrFolder, problems);
    problems.addAll(new DictionaryValidator().validate(entries));
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) throw new DictionaryException(errors);
    return build(entries);
  }

  /** The entries of a file or folder, in load order; unreadable files and entries become problems. */
  public List<LocatedEntry> read(Path fileOrFolder, List<Problem> problems) {
    List<LocatedEntry> entries = new ArrayList<>();
    for (Path file : files(fileOrFolder)) readFile(file, entries, problems);
    return entries;
  }

  static List<Path> files(Path fileOrFolder) {
    if (Files.isRegularFile(fileOrFolder)) return List.of(fileOrFolder);
    if (!Files.isDirectory(fileOrFolder)) {
      throw new DictionaryException(List.of(Problem.error(fileOrFolder.toString(),
          "no such file or folder; expected a dictionary like conf/actors or conf/actors/syria.yaml")));
    }
    try (Stream<Path> listing = Files.list(fileOrFolder)) {
      List<Path> files = listing
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
      if (files.isEmpty()) {
        throw new DictionaryException(List.of(Problem.error(fileOrFolder.toString(), "no *.yaml file in this folder")));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + fileOrFolder, e);
    }
  }

  private void readFile(Path file, List<LocatedEntry> entries, List<Problem> problems) {
    JsonNode root;
    try (JsonParser parser = yaml.getFactory().createParser(file.toFile())) {
      root = parser.nextToken() == null ? null : scalarsAsWritten(parser);
    } catch (JacksonException e) {
      problems.add(Problem.error(file.toString(), "not valid YAML: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (root == null || root.isNull()) return; // an empty file: nothing to add
    if (!root.isArray()) {
      problems.add(Problem.error(file.toString(), "expected a list of actors (lines starting with '- id: ...')"));
      return;
    }
    for (int i = 0; i < root.size(); i++) {
      JsonNode node = root.get(i);
      String where = file + ", entry " + (i + 1) + (node.hasNonNull("id") ? " (" + node.get("id").asText() + ")" : "");
      try {
        entries.add(new LocatedEntry(where, yaml.treeToValue(node, ActorEntry.class)));
      } catch (UnrecognizedPropertyException e) {
        String hint = e.getPropertyName().equals("to")
            ? "; a dated alias ends with 'until', the first day it no longer holds (a term ending on 2021-01-20 has"
                + " until: 2021-01-20)"
            : "; known fields: " + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
        problems.add(Problem.error(where, "unknown field '" + e.getPropertyName() + "'" + hint));
      } catch (JacksonException e) {
        problems.add(Problem.error(where, e.getOriginalMessage()));
      }
    }
  }

  /**
   * The value at the parser's current token, every scalar kept as the text written. Jackson's YAML parser
   * follows YAML 1.1, where {@code NO}, {@code ON} and {@code Yes} are booleans: Norway's acronym would come
   * back as "false". No field of an entry needs a YAML boolean or number, so text is always right.
   */
  private static JsonNode scalarsAsWritten(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      while (parser.nextToken() != JsonToken.END_ARRAY) array.add(scalarsAsWritten(parser));
      return array;
    }
    if (token == JsonToken.START_OBJECT) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        object.set(field, scalarsAsWritten(parser));
      }
      return object;
    }
    if (token == JsonToken.VALUE_NULL) return JsonNodeFactory.instance.nullNode();
    return JsonNodeFactory.instance.textNode(parser.getText());
  }

  /** Entries that passed validation, as a dictionary. */
  static ActorDictionary build(List<LocatedEntry> entries) {
    List<Actor> actors = new ArrayList<>();
    List<Alias> aliases = new ArrayList<>();
    for (LocatedEntry located : entries) {
      ActorEntry e = located.entry();
      actors.add(new Actor(e.id(), e.name(), e.type(), e.parent(), e.country()));
      for (String a : e.aliases()) aliases.add(Alias.of(e.id(), a, AliasKind.NAME));
      for (String a : e.acronyms()) aliases.add(Alias.of(e.id(), a, AliasKind.ACRONYM));
      for (String a : e.demonyms()) aliases.add(Alias.of(e.id(), a, AliasKind.DEMONYM));
      for (String a : e.contextual()) aliases.add(Alias.of(e.id(), a, AliasKind.CONTEXTUAL));
      for (String a : e.exclude()) aliases.add(Alias.of(e.id(), a, AliasKind.EXCLUSION));
      for (ActorEntry.DatedAlias d : e.dated()) {
        aliases.add(new Alias(e.id(), d.alias(), d.acronym() ? AliasKind.ACRONYM : AliasKind.NAME,
            date(d.from()), date(d.until())));
      }
    }
    return new ActorDictionary(actors, aliases);
  }

  static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
  }
}
