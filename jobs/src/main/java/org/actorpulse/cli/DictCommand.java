package org.actorpulse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.dictionary.Actor;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.ActorDictionaryLoader;
import org.actorpulse.dictionary.AliasDecision;
import org.actorpulse.dictionary.CameoCodes;
import org.actorpulse.dictionary.CameoImporter;
import org.actorpulse.dictionary.DictionaryValidator;
import org.actorpulse.dictionary.DictionaryWriter;
import org.actorpulse.dictionary.LocatedEntry;
import org.actorpulse.dictionary.MatchExplainer;
import org.actorpulse.dictionary.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Work on the actor dictionary: check it, see what it matches and why, import CAMEO dictionaries into it. */
@Command(name = "dict", mixinStandardHelpOptions = true,
    description = "Validate the actor dictionary, explain its matches, import Phoenix CAMEO dictionaries.",
    subcommands = {DictCommand.Validate.class, DictCommand.Explain.class, DictCommand.ImportCameo.class})
final class DictCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** The dictionary to work on: {@code --dictionary}, else the configuration's. */
  static final class Source {
    @Option(names = "--dictionary", paramLabel = "PATH", description = "Dictionary file or folder "
        + "(default: the configuration's actorpulse.dictionary).")
    Path dictionary;

    @Option(names = "--conf", paramLabel = "FILE", description = "Configuration layered over conf/actorpulse.conf.")
    Path conf;

    Path path() {
      return dictionary != null ? dictionary : SettingsLoader.load(conf).dictionary();
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check the dictionary: duplicate ids, aliases claimed twice, cycles in parents, bad dates. "
          + "Exit 0 without errors (warnings are printed), 1 with errors.")
  static final class Validate implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source;

    @Override
    public Integer call() {
      Path path = source.path();
      List<Problem> problems = new ArrayList<>();
      List<LocatedEntry> entries = new ActorDictionaryLoader().read(path, problems);
      problems.addAll(new DictionaryValidator().validate(entries));
      problems.forEach(p -> System.out.println(p));
      long errors = problems.stream().filter(Problem::isError).count();
      System.out.printf("%s: %d actors, %d errors, %d warnings%n", path, entries.size(), errors,
          problems.size() - errors);
      return errors == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Show which aliases matched where in a text, and why the others did not.")
  static final class Explain implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source;

    @Parameters(paramLabel = "TEXT", description = "The text to match.")
    String text;

    @Option(names = "--date", paramLabel = "DATE", converter = CommonOptions.DateConverter.class,
        description = "The article's date, for date-bounded aliases (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
      ActorDictionary dictionary = ActorDictionary.load(source.path());
      MatchExplainer.Explanation e = new MatchExplainer(dictionary)
          .explain(text, date == null ? LocalDate.now() : date);
      System.out.println("mentions:");
      e.matches().forEach(m -> System.out.printf("  [%d, %d) \"%s\" -> %s%n", m.begin(), m.end(), m.surface(),
          m.actorId()));
      System.out.println("decisions:");
      for (AliasDecision d : e.decisions()) System.out.println("  " + d);
      return ExitCodes.OK;
    }
  }

  @Command(name = "import-cameo", mixinStandardHelpOptions = true,
      description = "Convert Phoenix CAMEO actor dictionaries into actorpulse's YAML format (mapping in "
          + "conf/actors/README.md).")
  static final class ImportCameo implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "PATH",
        description = "CAMEO dictionary file or folder of them (e.g. ../shared/data/cameo); repeatable.")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "FILE.yaml", description = "The YAML file to write.")
    Path target;

    @Override
    public Integer call() throws IOException {
      List<Path> files = new ArrayList<>();
      for (Path in : inputs) {
        if (Files.isDirectory(in)) {
          try (Stream<Path> s = Files.list(in)) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
          }
        } else if (Files.isRegularFile(in)) {
          files.add(in);
        } else {
          throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
              "--input " + in + ": no such file or folder");
        }
      }
      // CAMEO country codes map onto the countries this dictionary already has.
      Map<String, String> countries = new LinkedHashMap<>();
      for (Actor a : ActorDictionary.load(source.path()).actors()) {
        if ("country".equals(a.type())) countries.put(a.id(), a.name());
      }
      CameoImporter.Result result = new CameoImporter(new CameoCodes(countries)).importFiles(files);
      Files.writeString(target, new DictionaryWriter().toYaml(
          "Imported from Phoenix CAMEO dictionaries (MIT) by `actorpulse dict import-cameo`: " + files.stream()
              .map(p -> p.getFileName().toString()).toList(), result.entries()));
      System.out.println(result.summary());
      System.out.println("wrote " + target);
      return ExitCodes.OK;
    }
  }
}
