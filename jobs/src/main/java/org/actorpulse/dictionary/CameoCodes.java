package org.actorpulse.dictionary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps CAMEO actor codes to this dictionary's ids. CAMEO codes are roles, not identities: {@code SYRGOV} is
 * "a member of Syria's government", {@code SYRREB} "a Syrian rebel", whoever that is. So the mapping goes to
 * our state sub-actors and to the few organisations whose CAMEO code names exactly one organisation.
 *
 * <ul>
 *   <li>{@code XXX} (a country of {@code countries}) -> {@code XXX}</li>
 *   <li>{@code XXX} + first sector {@code GOV LEG JUD SPY COP} -> {@code XXX.GOV}; {@code MIL} -> {@code XXX.MIL};
 *       {@code MED} -> {@code XXX.MEDIA}; {@code OPP} -> {@code XXX.OPP}; {@code REB INS UAF} -> {@code XXX.REB}.
 *       Later sectors refine roles we do not model ({@code SYRGOVMIL}, a defence minister, is SYR.GOV).</li>
 *   <li>IGO and militarised-group codes by longest known prefix: {@code IGOUNO} -> UN, {@code IGOUNOREFHCR} ->
 *       UNHCR, {@code IGOEUREEC} -> EU, {@code IGOWSTNAT} -> NATO, {@code IMGMUSALQ} -> ALQAEDA, {@code IMGMUSISI} ->
 *       ISIS...</li>
 *   <li>Not mapped: bare sectors ({@code ELI}, {@code BUS}), civilian sectors of a country ({@code XXXBUS},
 *       {@code XXXELI}, {@code XXXHRI}...), NGO and MNC codes, regions ({@code MEA}, {@code WEU}), former states
 *       ({@code USR}), other IGOs and groups.</li>
 * </ul>
 */
public final class CameoCodes {
  /** Where a code maps to: the actor id, and how to create the actor if the dictionary lacks it. */
  public record Target(String id, String name, String type, String parent, String country) {}

  private static final Map<String, String> SECTORS = Map.ofEntries(
      Map.entry("GOV", "GOV"), Map.entry("LEG", "GOV"), Map.entry("JUD", "GOV"), Map.entry("SPY", "GOV"),
      Map.entry("COP", "GOV"), Map.entry("MIL", "MIL"), Map.entry("MED", "MEDIA"), Map.entry("OPP", "OPP"),
      Map.entry("REB", "REB"), Map.entry("INS", "REB"), Map.entry("UAF", "REB"));
  private static final Map<String, String> SECTOR_TYPES = Map.of(
      "GOV", "government", "MIL", "military", "MEDIA", "media", "OPP", "opposition", "REB", "armed_opposition");
  private static final Map<String, String> SECTOR_NAMES = Map.of(
      "GOV", "Government of ", "MIL", "Armed forces of ", "MEDIA", "State media of ", "OPP", "Opposition of ",
      "REB", "Armed opposition of ");
  /** CAMEO prefix -> (id, name). The longest matching prefix wins. */
  private static final Map<String, String[]> ORGANISATIONS = Map.ofEntries(
      Map.entry("IGOUNO", new String[] {"UN", "United Nations"}),
      Map.entry("IGOUNOREFHCR", new String[] {"UNHCR", "UN Refugee Agency"}),
      Map.entry("IGOUNOKID", new String[] {"UNICEF", "UN Children's Fund"}),
      Map.entry("IGOUNOHLHWHO", new String[] {"WHO", "World Health Organization"}),
      Map.entry("IGOUNOIAE", new String[] {"IAEA", "International Atomic Energy Agency"}),
      Map.entry("IGOUNODEVWBK", new String[] {"WORLDBANK", "World Bank"}),
      Map.entry("IGOEUREEC", new String[] {"EU", "European Union"}),
      Map.entry("IGOWSTNAT", new String[] {"NATO", "North Atlantic Treaty Organization"}),
      Map.entry("IGOAFRAFU", new String[] {"AU", "African Union"}),
      Map.entry("IGOMEAARL", new String[] {"ARABLEAGUE", "Arab League"}),
      Map.entry("IGOBUSOPC", new String[] {"OPEC", "Organization of the Petroleum Exporting Countries"}),
      Map.entry("IGOBUSIMF", new String[] {"IMF", "International Monetary Fund"}),
      Map.entry("IGOSEAASN", new String[] {"ASEAN", "Association of Southeast Asian Nations"}),
      Map.entry("IMGMUSALQ", new String[] {"ALQAEDA", "al-Qaeda"}),
      Map.entry("IMGMUSISI", new String[] {"ISIS", "Islamic State"}));

  private final Map<String, String> countryNames;

  /** @param countryNames ISO alpha-3 id -> name of every country the target dictionary has */
  public CameoCodes(Map<String, String> countryNames) {
    this.countryNames = Map.copyOf(countryNames);
  }

  public Set<String> countries() {
    return countryNames.keySet();
  }

  public Optional<Target> map(String code) {
    for (int len = code.length(); len >= 6; len--) {
      String[] org = ORGANISATIONS.get(code.substring(0, len));
      if (org != null) return Optional.of(new Target(org[0], org[1], code.startsWith("IMG") ? "armed_group" : "igo", null, null));
    }
    if (code.length() < 3 || code.length() % 3 != 0) return Optional.empty();
    String country = code.substring(0, 3);
    String name = countryNames.get(country);
    if (name == null) return Optional.empty();
    if (code.length() == 3) return Optional.of(new Target(country, name, "country", null, country));
    String sector = SECTORS.get(code.substring(3, 6));
    if (sector == null) return Optional.empty();
    return Optional.of(new Target(country + "." + sector, SECTOR_NAMES.get(sector) + name, SECTOR_TYPES.get(sector),
        country, country));
  }
}
