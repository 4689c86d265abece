package org.ecopolicy.kg.link;

import org.ecopolicy.kg.rules.CsvTable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The place gazetteer: every division of China down to county level from the national statistical
 * table ({@code divisions.csv}, generated), the curated places of Inner Mongolia ({@code places.csv})
 * and the national natural and planning geography ({@code geography.csv}): rivers, basins, lakes,
 * deserts, mountains, plains, ecological zones and the groupings policy text names as one (京津冀).
 * Containment is {@code parent_id}, basin membership {@code basin_ids}; {@code division-basins.csv}
 * puts divisions into basins. A curated row carrying a division code replaces the generated row
 * of that code and keeps its id, so existing place IRIs stay; references to the generated id
 * ({@code cn-150100}) resolve to the curated one.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/ontology/gazetteer/places.csv";
    public static final String GEOGRAPHY = "/ontology/gazetteer/geography.csv";
    public static final String DIVISIONS = "/ontology/gazetteer/divisions.csv";
    public static final String DIVISION_BASINS = "/ontology/gazetteer/division-basins.csv";
    private static final String[] COLUMNS =
            {"id", "name_zh", "name_en", "pinyin", "type", "level", "parent_id", "basin_ids", "aliases"};

    private final Map<String, Place> byId;
    private final Map<String, List<String>> members;
    private final Map<String, List<Place>> byName = new LinkedHashMap<>();
    private final Map<String, List<Place>> byAlias = new LinkedHashMap<>();
    private final Map<String, List<Place>> byShortForm = new LinkedHashMap<>();
    private final List<String> surfaceForms;
    private final int longestName;

    private Gazetteer(Map<String, Place> byId, Map<String, List<String>> members) {
        this.byId = byId;
        this.members = members;
        for (Place p : byId.values()) {
            index(byName, p.nameZh(), p);
            p.aliases().forEach(a -> index(byAlias, a, p));
            p.shortForms().forEach(s -> index(byShortForm, s, p));
        }
        Set<String> all = new LinkedHashSet<>();
        all.addAll(byName.keySet());
        all.addAll(byAlias.keySet());
        all.addAll(byShortForm.keySet());
        surfaceForms = all.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        longestName = Stream.concat(byName.keySet().stream(), byAlias.keySet().stream())
                .mapToInt(String::length).max().orElse(0);
    }

    private static void index(Map<String, List<Place>> map, String form, Place p) {
        List<Place> list = map.computeIfAbsent(form, k -> new ArrayList<>(1));
        if (!list.contains(p)) {
            list.add(p);
        }
    }

    /** Loads the bundled gazetteer; a bad row fails with the file's line number. */
    public static Gazetteer load() {
        List<CsvTable.Row> curated = new ArrayList<>();
        Map<CsvTable.Row, String> source = new HashMap<>();
        for (String file : List.of(RESOURCE, GEOGRAPHY)) {
            for (CsvTable.Row row : CsvTable.read(file, COLUMNS)) {
                curated.add(row);
                source.put(row, file);
            }
        }
        return build(curated, source::get, CsvTable.read(DIVISIONS, "id", "code", "name_zh", "level", "parent_id"),
                CsvTable.read(DIVISION_BASINS, "code", "name_zh", "basin_ids"));
    }

    /** A gazetteer of curated rows only (tests, and the error messages of one file). */
    static Gazetteer fromRows(String name, List<CsvTable.Row> rows) {
        return build(rows, r -> name, List.of(), List.of());
    }

    private interface FileOf {
        String of(CsvTable.Row row);
    }

    private static Gazetteer build(List<CsvTable.Row> curated, FileOf file, List<CsvTable.Row> divisions,
                                   List<CsvTable.Row> divisionBasins) {
        Map<String, CsvTable.Row> divisionByCode = new LinkedHashMap<>();
        divisions.forEach(d -> divisionByCode.put(d.get("code"), d));
        // generated id -> curated id, for every division a curated row claims by its code
        Map<String, String> claimed = new HashMap<>();
        Map<String, CsvTable.Row> curatedById = new LinkedHashMap<>();
        for (CsvTable.Row row : curated) {
            String id = row.get("id");
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw bad(file.of(row), row, "id '" + id + "' is not lower-case ASCII");
            }
            if (row.get("name_zh").isEmpty() || row.get("type").isEmpty()) {
                throw bad(file.of(row), row, "name_zh and type are required");
            }
            if (curatedById.put(id, row) != null) {
                throw bad(file.of(row), row, "duplicate id '" + id + "'");
            }
            String code = row.optional("code");
            if (!code.isEmpty() && divisionByCode.containsKey(code)) {
                claimed.put(divisionByCode.get(code).get("id"), id);
            }
        }
        Map<String, List<String>> basinsByCode = new HashMap<>();
        for (CsvTable.Row row : divisionBasins) {
            CsvTable.Row d = divisionByCode.get(row.get("code"));
            if (d == null || !d.get("name_zh").equals(row.get("name_zh"))) {
                throw bad(DIVISION_BASINS, row, "no division " + row.get("code") + " named " + row.get("name_zh"));
            }
            basinsByCode.put(row.get("code"), CsvTable.list(row.get("basin_ids")));
        }

        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, CsvTable.Row> rowOf = new HashMap<>();
        for (CsvTable.Row row : curated) {
            String id = row.get("id");
            String code = row.optional("code");
            CsvTable.Row generated = divisionByCode.get(code);
            List<String> aliases = new ArrayList<>(CsvTable.list(row.get("aliases")));
            List<String> shortForms = new ArrayList<>(CsvTable.list(row.optional("short_forms")));
            List<String> basins = new ArrayList<>(CsvTable.list(row.get("basin_ids")));
            if (generated != null) {
                // the curated row keeps its own forms and gains the standard's
                CsvTable.list(generated.optional("aliases")).stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                CsvTable.list(generated.optional("short_forms")).stream()
                        .filter(s -> !aliases.contains(s) && !shortForms.contains(s)).forEach(shortForms::add);
                basinsByCode.getOrDefault(code, List.of()).stream().filter(b -> !basins.contains(b)).forEach(basins::add);
            }
            places.put(id, new Place(id, row.get("name_zh"), row.get("name_en"), row.get("pinyin"),
                    row.get("type"), emptyToNull(row.get("level")), emptyToNull(row.get("parent_id")),
                    basins, aliases, emptyToNull(code), shortForms));
            members.put(id, CsvTable.list(row.optional("members")));
            rowOf.put(id, row);
        }
        for (CsvTable.Row d : divisions) {
            String id = d.get("id");
            if (claimed.containsKey(id)) {
                continue;
            }
            if (places.containsKey(id)) {
                throw bad(DIVISIONS, d, "duplicate id '" + id + "'");
            }
            String level = d.get("level");
            places.put(id, new Place(id, d.get("name_zh"), "", "",
                    "development-zone".equals(level) ? "DevelopmentZone" : "AdministrativeRegion", level,
                    emptyToNull(d.get("parent_id")), basinsByCode.getOrDefault(d.get("code"), List.of()),
                    CsvTable.list(d.optional("aliases")), d.get("code"), CsvTable.list(d.optional("short_forms"))));
            members.put(id, List.of());
            rowOf.put(id, d);
        }
        // references may name a division by its generated id; point them at the curated row
        for (Map.Entry<String, Place> e : places.entrySet()) {
            Place p = e.getValue();
            CsvTable.Row row = rowOf.get(p.id());
            String where = curatedById.containsKey(p.id()) ? file.of(row) : DIVISIONS;
            String parent = p.parentId() == null ? null : claimed.getOrDefault(p.parentId(), p.parentId());
            if (parent != null && !places.containsKey(parent)) {
                throw bad(where, row, "unknown parent_id '" + p.parentId() + "'");
            }
            List<String> basins = p.basinIds().stream().map(b -> claimed.getOrDefault(b, b)).toList();
            List<String> memberIds = members.get(p.id()).stream().map(m -> claimed.getOrDefault(m, m)).toList();
            for (String ref : concat(basins, memberIds)) {
                if (!places.containsKey(ref)) {
                    throw bad(where, row, "unknown place id '" + ref + "'");
                }
            }
            members.put(p.id(), memberIds);
            e.setValue(new Place(p.id(), p.nameZh(), p.nameEn(), p.pinyin(), p.type(), p.level(), parent, basins,
                    p.aliases(), p.code(), p.shortForms()));
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
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Collection<Place> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /**
     * The place {@code name} names when only one does: a name first, else an alias, else a short
     * form. Empty when the form is unknown or names several places (新城区 of 呼和浩特 and of 西安).
     */
    public Optional<Place> byName(String name) {
        List<Place> c = candidates(name);
        return c.size() == 1 ? Optional.of(c.get(0)) : Optional.empty();
    }

    /** Every place a written form may name, at the first tier that knows it: names, aliases, short forms. */
    public List<Place> candidates(String form) {
        if (form == null) {
            return List.of();
        }
        String f = form.trim();
        for (Map<String, List<Place>> tier : List.of(byName, byAlias, byShortForm)) {
            List<Place> found = tier.get(f);
            if (found != null) {
                return Collections.unmodifiableList(found);
            }
        }
        return List.of();
    }

    /** True when {@code form} is known only as a generated short form (武川), not a name or alias. */
    public boolean onlyShortForm(String form) {
        return !byName.containsKey(form) && !byAlias.containsKey(form) && byShortForm.containsKey(form);
    }

    /**
     * The one candidate that is {@code contextId} or lies within it; with {@code upwards}, tried for the
     * context and then each of its ancestors in turn (a banner's document reaches its city, then its
     * province). Null when none or several qualify at the first level where any does.
     */
    public Place within(List<Place> candidates, String contextId, boolean upwards) {
        List<String> contexts = new ArrayList<>();
        contexts.add(contextId);
        if (upwards) {
            ancestors(contextId).forEach(a -> contexts.add(a.id()));
        }
        for (String context : contexts) {
            List<Place> inside = candidates.stream()
                    .filter(p -> p.id().equals(context) || closure(p.id()).contains(context)).toList();
            if (!inside.isEmpty()) {
                return inside.size() == 1 ? inside.get(0) : null;
            }
        }
        return null;
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
        List<Place> chain = new ArrayList<>();
        Place p = byId.get(id);
        Set<String> guard = new LinkedHashSet<>();
        while (p != null && p.parentId() != null && guard.add(p.parentId())) {
            p = byId.get(p.parentId());
            chain.add(p);
        }
        return chain;
    }

    /** Every written form (names, aliases, short forms) for dictionary building, longest first. */
    public List<String> surfaceForms() {
        return surfaceForms;
    }

    /**
     * The places whose name (else alias) is the longest prefix of {@code text} shorter than the text
     * itself and held by a place {@code wanted} accepts (鄂尔多斯市 of 鄂尔多斯市生态环境局); bare short
     * forms do not count (公安 of 公安局 is no 公安县). Empty when none.
     */
    public List<Place> longestNamePrefix(String text, java.util.function.Predicate<Place> wanted) {
        for (int len = Math.min(text.length() - 1, longestName); len > 0; len--) {
            String prefix = text.substring(0, len);
            List<Place> named = byName.containsKey(prefix) ? byName.get(prefix) : byAlias.getOrDefault(prefix, List.of());
            List<Place> fit = named.stream().filter(wanted).toList();
            if (!fit.isEmpty()) {
                return fit;
            }
        }
        return List.of();
    }
}
