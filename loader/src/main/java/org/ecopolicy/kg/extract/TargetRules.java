package org.ecopolicy.kg.extract;

import org.ecopolicy.kg.rules.CsvTable;
import org.ecopolicy.kg.rules.RuleSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Place;
import org.ecopolicy.kg.link.Unit;
import org.ecopolicy.kg.link.UnitTable;

/**
 * The word lists and patterns target extraction runs on, read from the CSV files under
 * {@code /rules/extract/targets/} on the classpath ({@code lexicon.csv} (category,entry,value) and
 * {@code comparators.csv}), and the units of {@code /ontology/units.csv} through {@link UnitTable},
 * the same table the mapper links units with, so a target's unit code is the one the graph uses.
 */
public final class TargetRules {

    /** A comparator cue word. */
    public record Cue(String text, boolean suffix, org.ecopolicy.kg.model.Comparator comparator,
                      int priority, boolean adjacent) {
    }

    /** A word met right before a year and what it makes of the year. */
    public record YearPrefix(String text, String role, int quoteChars) {
    }

    private static final String SCOPE_PLACE = "scope-place";
    private static final String BASE = "/rules/extract/targets/";
    private static TargetRules defaults;
    private static java.nio.file.Path defaultsProfile;

    private final Map<String, List<String[]>> lexicon;
    private final List<Unit> units;
    private final List<Cue> cues;

    private TargetRules(Map<String, List<String[]>> lexicon, List<Unit> units, List<Cue> cues) {
        this.lexicon = lexicon;
        this.units = units;
        this.cues = cues;
    }

    /** The rules in use (bundled or the --rules profile's), loaded once per profile. */
    public static synchronized TargetRules defaults() {
        if (defaults == null || !java.util.Objects.equals(defaultsProfile, RuleSource.profile())) {
            defaults = load();
            defaultsProfile = RuleSource.profile();
        }
        return defaults;
    }

    static TargetRules load() {
        Map<String, List<String[]>> lex = new LinkedHashMap<>();
        for (CSVRecord r : read("lexicon.csv")) {
            lex.computeIfAbsent(r.get("category"), k -> new ArrayList<>())
                    .add(new String[] {r.get("entry"), r.get("value")});
        }
        lex.put(SCOPE_PLACE, scopePlaces(lex.getOrDefault("scope-place-kind", List.of())));
        List<Unit> units = new ArrayList<>(UnitTable.load().all());
        units.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed());
        List<Cue> cues = new ArrayList<>();
        for (CSVRecord r : read("comparators.csv")) {
            cues.add(new Cue(r.get("cue"), "suffix".equals(r.get("position")),
                    org.ecopolicy.kg.model.Comparator.fromCode(r.get("comparator")),
                    Integer.parseInt(r.get("priority").trim()), Boolean.parseBoolean(r.get("adjacent").trim())));
        }
        cues.sort(Comparator.comparingInt((Cue c) -> c.text().length()).reversed());
        return new TargetRules(lex, List.copyOf(units), List.copyOf(cues));
    }

    /**
     * The place names that may open a target as its scope ("鄂尔多斯森林覆盖率"): names and aliases
     * of the gazetteer's places whose level or type the lexicon lists as {@code scope-place-kind},
     * so the gazetteer stays the one list of places.
     */
    private static List<String[]> scopePlaces(List<String[]> kinds) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        kinds.forEach(k -> wanted.add(k[0]));
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Place place : Gazetteer.load().all()) {
            if (wanted.contains(place.level()) || wanted.contains(place.type())) {
                names.add(place.nameZh());
                names.addAll(place.aliases());
            }
        }
        return names.stream().map(n -> new String[] {n, ""}).toList();
    }

    private static List<CSVRecord> read(String name) {
        return CsvTable.read(BASE + name).stream().map(CsvTable.Row::record).toList();
    }

    /** Entries of a lexicon category, longest first (so prefix scans find the longest word). */
    public List<String> words(String category) {
        List<String> out = new ArrayList<>();
        for (String[] e : lexicon.getOrDefault(category, List.of())) {
            out.add(e[0]);
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    /** Entries of a lexicon category with their value column, in file order. */
    public List<String[]> entries(String category) {
        return lexicon.getOrDefault(category, List.of());
    }

    /** Regex entries of a category, compiled, in file order. */
    public List<Pattern> patterns(String category) {
        List<Pattern> out = new ArrayList<>();
        for (String[] e : entries(category)) {
            out.add(Pattern.compile(e[0]));
        }
        return out;
    }

    public List<YearPrefix> yearPrefixes() {
        List<YearPrefix> out = new ArrayList<>();
        for (String[] e : entries("year-prefix")) {
            String[] v = e[1].split(":");
            out.add(new YearPrefix(e[0], v[0], Integer.parseInt(v[1])));
        }
        out.sort(Comparator.comparingInt((YearPrefix p) -> p.text().length()).reversed());
        return out;
    }

    public List<Unit> units() {
        return units;
    }

    public List<Cue> cues() {
        return cues;
    }
}
