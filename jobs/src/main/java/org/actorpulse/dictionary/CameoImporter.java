package org.actorpulse.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Phoenix CAMEO actor dictionaries (TABARI / PETRARCH {@code .actors.txt}) into dictionary entries.
 *
 * <p>The CAMEO format: a phrase line ({@code BASHAR_AL_ASSAD_}, words joined by {@code _}), synonym lines
 * starting with {@code +}, and codes in brackets on the phrase line or on the lines after it: {@code [SYRGOV]},
 * {@code [SYRGOV >000717]} (from), {@code [USRARM <900823]} (before), {@code [AFGELI 320101-331108]} (between, end
 * included). Dates are {@code YYMMDD} (years up to 30 are 20xx, the others 19xx, as the files' own 1927-2014
 * range needs) or {@code YYYYMMDD}. An undated code beside dated ones holds outside their periods. {@code #}
 * starts a comment.
 *
 * <p>What becomes what (see {@link CameoCodes} for the codes and {@code conf/actors/README.md}):
 * <ul>
 *   <li>A phrase with a dated code becomes a dated alias of the mapped actor: persons become their office for
 *       their term ({@code BASHAR_AL_ASSAD_ [SYRGOV >000717]} -> "Bashar al Assad", SYR.GOV from 2000-07-17).</li>
 *   <li>A country block ({@code SYRIA_ [SYR]}) gives its first phrase only: its synonyms are mostly cities,
 *       provinces and misspellings ({@code DEIR_EZZOR}, {@code ALEPPO_}), and places are not actors. Later blocks
 *       with the same bare country code are places too ({@code ASTANA_ [KAZ]}) and are dropped whole.</li>
 *   <li>Single words of up to three letters, with a digit, or dotted ({@code AQI}, {@code U.N.}) become
 *       case-sensitive acronyms; other phrases are title-cased names ({@code al} and similar particles lower).
 *       Stems (a phrase without the final {@code _}, matching any ending in PETRARCH) become exact phrases.
 *       Arabic articles join their noun with a hyphen ({@code AL_ASSAD} -> {@code al-Assad}).</li>
 * </ul>
 * Stateless; one instance per import.
 */
public final class CameoImporter {
  private static final Pattern CODE = Pattern.compile("\\[\\s*([~A-Z]+)\\s*([<>]?\\s*[0-9]+(?:\\s*-\\s*[0-9]+)?)?\\s*\\]");
  private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul", "ud",
      "bin", "ibn", "bint", "wa", "wal", "fi", "of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "du",
      "da", "der", "van", "von", "y", "e", "i");

  /** Arabic articles, written joined to the next word: al-Assad, ash-Sham (not an, as, at: English words too). */
  private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "ash", "az", "ud", "ul");

  private final CameoCodes codes;

  public CameoImporter(CameoCodes codes) {
    this.codes = codes;
  }

  /** A code with its validity: {@code from} inclusive, {@code until} exclusive, either null for open. */
  record DatedCode(String code, LocalDate from, LocalDate until) {
    boolean dated() {
      return from != null || until != null;
    }
  }

  /** One CAMEO entry: a phrase, its synonyms and its codes. */
  record Block(String where, String phrase, List<String> synonyms, List<DatedCode> codes) {}

  /**
   * What an import produced and what it left out.
   *
   * @param unmappedCodes CAMEO code -> number of blocks carrying it, most frequent first
   * @param problems      lines that could not be read (file:line: why)
   */
  public record Result(List<ActorEntry> entries, int blocks, int aliases, int droppedPlaceSynonyms,
                       Map<String, Integer> unmappedCodes, List<String> problems) {
    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append(blocks).append(" CAMEO entries -> ").append(entries.size()).append(" actors, ").append(aliases)
          .append(" aliases; ").append(droppedPlaceSynonyms).append(" country synonyms (places, misspellings) dropped; ")
          .append(unmappedCodes.values().stream().mapToInt(Integer::intValue).sum()).append(" codes of ")
          .append(unmappedCodes.size()).append(" kinds not mapped; ").append(problems.size()).append(" unreadable lines");
      return sb.toString();
    }
  }

  public Result importFiles(List<Path> files) {
    List<String> problems = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (Path file : files) {
      try {
        blocks.addAll(parse(file.getFileName().toString(), Files.readAllLines(file), problems));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return convert(blocks, problems);
  }

  /** The blocks of one file; lines that make no sense become problems. */
  static List<Block> parse(String fileName, List<String> lines, List<String> problems) {
    List<Block> blocks = new ArrayList<>();
    String where = null;
    String phrase = null;
    List<String> synonyms = new ArrayList<>();
    List<DatedCode> blockCodes = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) continue;
      int bracket = content.indexOf('[');
      String text = (bracket >= 0 ? content.substring(0, bracket) : content).strip();
      String at = fileName + ":" + (n + 1);
      if (!text.isEmpty() && !text.startsWith("+")) {
        if (phrase != null) blocks.add(new Block(where, phrase, List.copyOf(synonyms), List.copyOf(blockCodes)));
        where = at;
        phrase = text;
        synonyms.clear();
        blockCodes.clear();
      } else if (text.startsWith("+")) {
        if (phrase == null) problems.add(at + ": synonym before any phrase");
        else synonyms.add(text.substring(1).strip());
      }
      if (bracket >= 0) {
        if (phrase == null) {
          problems.add(at + ": code before any phrase");
          continue;
        }
        Matcher m = CODE.matcher(content.substring(bracket));
        while (m.find()) {
          try {
            blockCodes.add(code(m.group(1), m.group(2)));
          } catch (DateTimeException | IllegalArgumentException e) {
            problems.add(at + ": bad date in " + m.group() + " (" + e.getMessage() + ")");
          }
        }
      }
    }
    if (phrase != null) blocks.add(new Block(where, phrase, List.copyOf(synonyms), List.copyOf(blockCodes)));
    return blocks;
  }

  static DatedCode code(String code, String dates) {
    if (dates == null || dates.isBlank()) return new DatedCode(code, null, null);
    String d = dates.replace(" ", "");
    if (d.startsWith(">")) return new DatedCode(code, date(d.substring(1)), null);
    if (d.startsWith("<")) return new DatedCode(code, null, date(d.substring(1)));
    int dash = d.indexOf('-');
    if (dash < 0) throw new IllegalArgumentException("expected >date, <date or date-date");
    LocalDate from = date(d.substring(0, dash));
    LocalDate until = date(d.substring(dash + 1)).plusDays(1); // CAMEO's end day is included
    if (!from.isBefore(until)) throw new IllegalArgumentException("ends before it starts");
    return new DatedCode(code, from, until);
  }

  static LocalDate date(String digits) {
    if (digits.length() == 8) {
      return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6)));
    }
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
          Integer.parseInt(digits.substring(4)));
    }
    throw new IllegalArgumentException("'" + digits + "' is neither YYMMDD nor YYYYMMDD");
  }

  /**
   * An alias as CAMEO writes it, in our form; empty for macro phrases ({@code !PERSON!}) we cannot expand and
   * for phrases with control characters (a few names lost their accents to a bad encoding: {@code Strask\u001Ay}).
   */
  static Optional<Alias> alias(String actorId, String cameoPhrase, LocalDate from, LocalDate until) {
    if (cameoPhrase.contains("!") || cameoPhrase.chars().anyMatch(Character::isISOControl)) return Optional.empty();
    String words = cameoPhrase.replace('_', ' ').replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
    if (words.isEmpty()) return Optional.empty();
    boolean acronym = !words.contains(" ")
        && (words.length() <= 3 || words.chars().anyMatch(Character::isDigit) || words.matches("(\\p{L}\\.)+\\p{L}?\\.?"));
    if (acronym) return Optional.of(new Alias(actorId, words.toUpperCase(Locale.ROOT), AliasKind.ACRONYM, from, until));
    return Optional.of(new Alias(actorId, titleCase(words), AliasKind.NAME, from, until));
  }

  /**
   * Title case with particles low; an Arabic article joins its noun with a hyphen, as English news write it
   * ({@code BASHAR_AL_ASSAD} -> {@code Bashar al-Assad}), since the matcher takes a hyphen and a space as
   * different characters.
   */
  static String titleCase(String words) {
    List<String> joined = new ArrayList<>();
    String[] raw = words.toLowerCase(Locale.ROOT).split(" ");
    for (int t = 0; t < raw.length; t++) {
      if (ARTICLES.contains(raw[t]) && t + 1 < raw.length) joined.add(raw[t] + "-" + raw[++t]);
      else joined.add(raw[t]);
    }
    String[] tokens = joined.toArray(new String[0]);
    StringBuilder sb = new StringBuilder();
    for (int t = 0; t < tokens.length; t++) {
      if (t > 0) sb.append(' ');
      String[] parts = tokens[t].split("-", -1);
      for (int p = 0; p < parts.length; p++) {
        if (p > 0) sb.append('-');
        String part = parts[p];
        boolean particle = (t > 0 || p > 0 || parts.length > 1) && PARTICLES.contains(part);
        sb.append(particle || part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
      }
    }
    return sb.toString();
  }

  private final class EntryBuilder {
    final CameoCodes.Target target;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> acronyms = new LinkedHashSet<>();
    final Set<ActorEntry.DatedAlias> dated = new LinkedHashSet<>();

    EntryBuilder(CameoCodes.Target target) {
      this.target = target;
    }

    void add(Alias a) {
      if (a.dateBounded()) {
        dated.add(new ActorEntry.DatedAlias(a.phrase(), a.from() == null ? null : a.from().toString(),
            a.until() == null ? null : a.until().toString(), a.kind() == AliasKind.ACRONYM));
      } else if (a.kind() == AliasKind.ACRONYM) {
        acronyms.add(a.phrase());
      } else {
        aliases.add(a.phrase());
      }
    }

    ActorEntry build() {
      // A phrase that always names the actor needs no dated copy.
      List<ActorEntry.DatedAlias> bounded = dated.stream()
          .filter(d -> !(d.acronym() ? acronyms : aliases).contains(d.alias())).toList();
      return new ActorEntry(target.id(), target.name(), target.type(), target.parent(), target.country(),
          List.copyOf(aliases), List.copyOf(acronyms), List.of(), List.of(), List.of(), bounded);
    }
  }

  Result convert(List<Block> blocks, List<String> problems) {
    Map<String, EntryBuilder> byId = new TreeMap<>();
    Map<String, Integer> unmapped = new LinkedHashMap<>();
    int aliases = 0;
    int droppedPlaces = 0;
    Set<String> countriesSeen = new HashSet<>();
    for (Block block : blocks) {
      // A block carrying a bare country code, even beside dated ones (KAZAKHSTAN_ [USRKAZ <911216] [KAZ]).
      String country = block.codes().stream().map(DatedCode::code).filter(codes.countries()::contains).findFirst().orElse(null);
      List<String> phrases = new ArrayList<>();
      if (country == null) {
        phrases.add(block.phrase());
        phrases.addAll(block.synonyms());
      } else if (countriesSeen.add(country)) {
        phrases.add(block.phrase());
        droppedPlaces += block.synonyms().size();
      } else {
        droppedPlaces += 1 + block.synonyms().size(); // a later block of a bare country code: a city (ASTANA_ [KAZ])
      }
      for (DatedCode code : block.codes()) {
        Optional<CameoCodes.Target> target = codes.map(code.code());
        if (target.isEmpty()) {
          unmapped.merge(code.code(), 1, Integer::sum);
          continue;
        }
        EntryBuilder entry = byId.computeIfAbsent(target.get().id(), id -> new EntryBuilder(target.get()));
        String parent = target.get().parent();
        if (parent != null) {
          byId.computeIfAbsent(parent, id -> new EntryBuilder(codes.map(id).orElseThrow()));
        }
        for (DatedCode period : code.dated() ? List.of(code) : outside(block.codes())) {
          for (String phrase : phrases) {
            Optional<Alias> alias = alias(entry.target.id(), phrase, period.from(), period.until());
            if (alias.isPresent()) {
              entry.add(alias.get());
              aliases++;
            }
          }
        }
      }
    }
    Map<String, Integer> sortedUnmapped = new LinkedHashMap<>();
    unmapped.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sortedUnmapped.put(e.getKey(), e.getValue()));
    List<ActorEntry> entries = byId.values().stream().map(EntryBuilder::build)
        .sorted(Comparator.comparing(ActorEntry::id)).toList();
    return new Result(entries, blocks.size(), aliases, droppedPlaces, sortedUnmapped, List.copyOf(problems));
  }

  /** The periods an undated code holds beside dated ones: the gaps between them (all time if none is dated). */
  static List<DatedCode> outside(List<DatedCode> codes) {
    List<LocalDate[]> periods = codes.stream().filter(DatedCode::dated)
        .map(c -> new LocalDate[] {c.from() == null ? LocalDate.MIN : c.from(), c.until() == null ? LocalDate.MAX : c.until()})
        .sorted(Comparator.comparing((LocalDate[] p) -> p[0])).toList();
    List<DatedCode> gaps = new ArrayList<>();
    LocalDate covered = LocalDate.MIN; // everything before this is inside some period
    for (LocalDate[] p : periods) {
      if (p[0].isAfter(covered)) gaps.add(new DatedCode("", open(covered), p[0]));
      if (p[1].isAfter(covered)) covered = p[1];
    }
    if (covered.isBefore(LocalDate.MAX)) gaps.add(new DatedCode("", open(covered), null));
    return gaps;
  }

  private static LocalDate open(LocalDate d) {
    return d.equals(LocalDate.MIN) ? null : d;
  }
}
