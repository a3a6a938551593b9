package org.actorpulse.dictionary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks dictionary entries and returns every problem found, errors and warnings. Stateless.
 *
 * <p>Errors (the loader refuses the dictionary): missing id, name or type; a malformed id; a duplicate id; an
 * unknown parent; a cycle of parents; a bad or reversed date; a blank alias. Warnings: a phrase that names two
 * different actors at overlapping dates (the first in load order wins); a country that is no actor of the
 * dictionary; an exclusion that contains none of its actor's aliases (it can never apply).
 */
public final class DictionaryValidator {
  private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9_\\-]*(\\.[A-Z0-9][A-Z0-9_\\-]*)*");

  public List<Problem> validate(List<LocatedEntry> entries) {
    List<Problem> problems = new ArrayList<>();
    Map<String, LocatedEntry> byId = new LinkedHashMap<>();
    for (LocatedEntry located : entries) {
      checkFields(located, problems);
      String id = located.entry().id();
      if (id == null) continue;
      LocatedEntry first = byId.putIfAbsent(id, located);
      if (first != null) problems.add(Problem.error(located.where(), "duplicate id " + id + ", first at " + first.where()));
    }
    for (LocatedEntry located : entries) {
      ActorEntry e = located.entry();
      if (e.parent() != null && !byId.containsKey(e.parent())) {
        problems.add(Problem.error(located.where(), "unknown parent " + e.parent()));
      }
      if (e.country() != null && !byId.containsKey(e.country())) {
        problems.add(Problem.warning(located.where(), "country " + e.country() + " is not an actor of the dictionary"));
      }
    }
    checkCycles(byId, problems);
    checkClaims(entries, problems);
    checkExclusions(entries, problems);
    return problems;
  }

  private static void checkFields(LocatedEntry located, List<Problem> problems) {
    ActorEntry e = located.entry();
    String where = located.where();
    if (e.id() == null || e.id().isBlank()) problems.add(Problem.error(where, "missing id"));
    else if (!ID.matcher(e.id()).matches()) {
      problems.add(Problem.error(where, "bad id '" + e.id() + "'; expected upper case like SYR, SDF or SYR.GOV"));
    }
    if (e.name() == null || e.name().isBlank()) problems.add(Problem.error(where, "missing name"));
    if (e.type() == null || e.type().isBlank()) problems.add(Problem.error(where, "missing type (country, government, armed_group, ...)"));
    if (e.id() != null && e.id().equals(e.parent())) problems.add(Problem.error(where, "is its own parent"));
    for (List<String> list : List.of(e.aliases(), e.acronyms(), e.demonyms(), e.contextual(), e.exclude())) {
      for (String phrase : list) {
        if (phrase == null || phrase.isBlank()) problems.add(Problem.error(where, "blank alias"));
      }
    }
    for (ActorEntry.DatedAlias d : e.dated()) {
      if (d.alias() == null || d.alias().isBlank()) {
        problems.add(Problem.error(where, "dated alias without 'alias'"));
        continue;
      }
      LocalDate from = date(d.from(), "from", d, where, problems);
      LocalDate until = date(d.until(), "until", d, where, problems);
      if (d.from() == null && d.until() == null) {
        problems.add(Problem.warning(where, "dated alias '" + d.alias() + "' has neither from nor until"));
      }
      if (from != null && until != null && !from.isBefore(until)) {
        problems.add(Problem.error(where, "dated alias '" + d.alias() + "': from " + from + " is not before until " + until));
      }
    }
  }

  private static LocalDate date(String text, String field, ActorEntry.DatedAlias d, String where, List<Problem> problems) {
    try {
      return ActorDictionaryLoader.date(text);
    } catch (DateTimeParseException e) {
      problems.add(Problem.error(where, "dated alias '" + d.alias() + "': bad " + field + " date '" + text
          + "'; expected a date like 2017-01-20"));
      return null;
    }
  }

  private static void checkCycles(Map<String, LocatedEntry> byId, List<Problem> problems) {
    Set<String> reported = new HashSet<>();
    for (String start : byId.keySet()) {
      List<String> path = new ArrayList<>();
      String cur = start;
      while (cur != null && byId.containsKey(cur) && !path.contains(cur)) {
        path.add(cur);
        cur = byId.get(cur).entry().parent();
      }
      if (cur != null && path.contains(cur)) {
        List<String> cycle = path.subList(path.indexOf(cur), path.size());
        if (reported.addAll(cycle)) {
          problems.add(Problem.error(byId.get(cur).where(), "cycle of parents: " + String.join(" -> ", cycle) + " -> " + cur));
        }
      }
    }
  }

  /** Names, acronyms, demonyms and dated aliases of different actors that share a phrase at overlapping dates. */
  private static void checkClaims(List<LocatedEntry> entries, List<Problem> problems) {
    record Claim(String actorId, String phrase, LocalDate from, LocalDate until, String where) {}
    Map<String, List<Claim>> byForm = new HashMap<>();
    for (LocatedEntry located : entries) {
      ActorEntry e = located.entry();
      if (e.id() == null) continue;
      List<String> plain = new ArrayList<>(e.aliases());
      plain.addAll(e.demonyms());
      for (String phrase : plain) {
        if (phrase != null && !phrase.isBlank()) {
          byForm.computeIfAbsent(TextFolding.foldForSearch(phrase.strip()), k -> new ArrayList<>())
              .add(new Claim(e.id(), phrase, null, null, located.where()));
        }
      }
      // Acronyms clash only in the same case: US (United States) and Us are different phrases.
      for (String phrase : e.acronyms()) {
        if (phrase != null && !phrase.isBlank()) {
          byForm.computeIfAbsent("\u0000" + TextFolding.foldPunctuation(phrase.strip()), k -> new ArrayList<>())
              .add(new Claim(e.id(), phrase, null, null, located.where()));
        }
      }
      for (ActorEntry.DatedAlias d : e.dated()) {
        if (d.alias() == null || d.alias().isBlank()) continue;
        LocalDate from;
        LocalDate until;
        try {
          from = ActorDictionaryLoader.date(d.from());
          until = ActorDictionaryLoader.date(d.until());
        } catch (DateTimeParseException ex) {
          continue; // reported by checkFields
        }
        String key = d.acronym() ? "\u0000" + TextFolding.foldPunctuation(d.alias().strip())
            : TextFolding.foldForSearch(d.alias().strip());
        byForm.computeIfAbsent(key, k -> new ArrayList<>()).add(new Claim(e.id(), d.alias(), from, until, located.where()));
      }
    }
    for (List<Claim> claims : byForm.values()) {
      for (int i = 0; i < claims.size(); i++) {
        for (int j = i + 1; j < claims.size(); j++) {
          Claim a = claims.get(i);
          Claim b = claims.get(j);
          if (a.actorId().equals(b.actorId()) || !overlap(a.from(), a.until(), b.from(), b.until())) continue;
          problems.add(Problem.warning(b.where(), "alias '" + b.phrase() + "' also names " + a.actorId() + " (at "
              + a.where() + "); " + a.actorId() + " wins"));
        }
      }
    }
  }

  private static boolean overlap(LocalDate from1, LocalDate until1, LocalDate from2, LocalDate until2) {
    boolean firstEndsBefore = until1 != null && from2 != null && !from2.isBefore(until1);
    boolean secondEndsBefore = until2 != null && from1 != null && !from1.isBefore(until2);
    return !firstEndsBefore && !secondEndsBefore;
  }

  private static void checkExclusions(List<LocatedEntry> entries, List<Problem> problems) {
    for (LocatedEntry located : entries) {
      ActorEntry e = located.entry();
      for (String exclusion : e.exclude()) {
        if (exclusion == null || exclusion.isBlank()) continue;
        String x = TextFolding.foldForSearch(exclusion);
        boolean containsAlias = false;
        List<String> names = new ArrayList<>(e.aliases());
        names.addAll(e.acronyms());
        names.addAll(e.demonyms());
        names.addAll(e.contextual());
        e.dated().forEach(d -> names.add(d.alias()));
        for (String name : names) {
          if (name != null && !name.isBlank() && x.contains(TextFolding.foldForSearch(name.strip()))) containsAlias = true;
        }
        if (!containsAlias) {
          problems.add(Problem.warning(located.where(), "exclusion '" + exclusion + "' contains no alias of " + e.id()));
        }
      }
    }
  }
}
