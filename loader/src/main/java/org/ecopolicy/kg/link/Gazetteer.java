package org.ecopolicy.kg.link;

import org.ecopolicy.kg.rules.CsvTable;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The place gazetteer: administrative units of Inner Mongolia and the rivers, basins, lakes,
 * deserts, mountains, grasslands, irrigation districts and ecological zones policy texts name,
 * with containment ({@code parent_id}) and basin membership ({@code basin_ids}).
 */
public final class Gazetteer {

    public static final String RESOURCE = "/ontology/gazetteer/places.csv";
    private static final String[] COLUMNS =
            {"id", "name_zh", "name_en", "pinyin", "type", "level", "parent_id", "basin_ids", "aliases"};

    private final Map<String, Place> byId;
    private final Map<String, List<String>> members;
    private final Map<String, Place> byName = new LinkedHashMap<>();

    private Gazetteer(Map<String, Place> byId, Map<String, List<String>> members) {
        this.byId = byId;
        this.members = members;
        // names win over aliases when both would claim a written form
        byId.values().forEach(p -> byName.put(p.nameZh(), p));
        byId.values().forEach(p -> p.aliases().forEach(a -> byName.putIfAbsent(a, p)));
    }

    /** Loads the bundled gazetteer; a bad row fails with the file's line number. */
    public static Gazetteer load() {
        return fromRows(RESOURCE, CsvTable.read(RESOURCE, COLUMNS));
    }

    static Gazetteer fromRows(String name, List<CsvTable.Row> rows) {
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            String id = row.get("id");
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw bad(name, row, "id '" + id + "' is not lower-case ASCII");
            }
            if (row.get("name_zh").isEmpty() || row.get("type").isEmpty()) {
                throw bad(name, row, "name_zh and type are required");
            }
            if (places.containsKey(id)) {
                throw bad(name, row, "duplicate id '" + id + "'");
            }
            places.put(id, new Place(id, row.get("name_zh"), row.get("name_en"), row.get("pinyin"),
                    row.get("type"), emptyToNull(row.get("level")), emptyToNull(row.get("parent_id")),
                    CsvTable.list(row.get("basin_ids")), CsvTable.list(row.get("aliases"))));
            members.put(id, CsvTable.list(row.optional("members")));
        }
        for (CsvTable.Row row : rows) {
            Place p = places.get(row.get("id"));
            if (p.parentId() != null && !places.containsKey(p.parentId())) {
                throw bad(name, row, "unknown parent_id '" + p.parentId() + "'");
            }
            for (String ref : concat(p.basinIds(), members.get(p.id()))) {
                if (!places.containsKey(ref)) {
                    throw bad(name, row, "unknown place id '" + ref + "'");
                }
            }
        }
        return new Gazetteer(places, members);
    }

    private static IllegalStateException bad(String name, CsvTable.Row row, String why) {
        return new IllegalStateException(name + " line " + row.line() + ": " + why);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Collection<Place> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** The place whose name or alias is exactly {@code name}. */
    public Optional<Place> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name.trim()));
    }

    /** Member places of a composite zone ("一湖两海" → 呼伦湖, 乌梁素海, 岱海); empty for others. */
    public List<String> members(String id) {
        return members.getOrDefault(id, List.of());
    }

    /**
     * Every place {@code id} lies within: its ancestors through parent_id, its basins and the basins
     * of its ancestors, transitively (a basin's own parent basin included). Excludes {@code id}.
     */
    public Set<String> closure(String id) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(id);
        while (!todo.isEmpty()) {
            Place p = byId.get(todo.poll());
            if (p == null) {
                continue;
            }
            if (p.parentId() != null && seen.add(p.parentId())) {
                todo.add(p.parentId());
            }
            for (String basin : p.basinIds()) {
                if (seen.add(basin)) {
                    todo.add(basin);
                }
            }
        }
        seen.remove(id);
        return seen;
    }

    /** The place's ancestor chain through parent_id, nearest first. */
    public List<Place> ancestors(String id) {
        List<Place> chain = new java.util.ArrayList<>();
        Place p = byId.get(id);
        Set<String> guard = new LinkedHashSet<>();
        while (p != null && p.parentId() != null && guard.add(p.parentId())) {
            p = byId.get(p.parentId());
            chain.add(p);
        }
        return chain;
    }

    /** Every written form (names and aliases) for dictionary building, longest first. */
    public List<String> surfaceForms() {
        return byName.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }
}
