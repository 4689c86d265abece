package org.ecopolicy.kg.link;

import org.ecopolicy.kg.rules.CsvTable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.hankcs.hanlp.HanLP;

/**
 * Normalises department names as written ("旗林草局") to organisations ("鄂托克旗林业和草原局" within
 * "鄂托克旗人民政府"), using the department table, the government prefixes and the gazetteer.
 * Organisations are created on first resolution and kept, so {@link #all()} lists every body resolved
 * so far together with the governments and party committees they belong to.
 */
public final class DepartmentDirectory {

    public static final String DEPARTMENTS = "/ontology/departments.csv";
    public static final String PREFIXES = "/ontology/government-prefixes.csv";

    /** One row of the department table. */
    record Department(String shortForm, String full, String nameEn, String kind, String code) {
    }

    private final Gazetteer gazetteer;
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<String, List<String>> prefixLevels = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();

    private DepartmentDirectory(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static DepartmentDirectory load(Gazetteer gazetteer) {
        DepartmentDirectory dir = new DepartmentDirectory(gazetteer);
        for (CsvTable.Row row : CsvTable.read(DEPARTMENTS, "short", "full", "name_en", "kind", "code")) {
            String kind = row.get("kind");
            if (!Set.of("department", "party", "park", "collective").contains(kind)
                    || !row.get("code").matches("[a-z0-9-]+") || row.get("short").isEmpty()) {
                throw new IllegalStateException(DEPARTMENTS + " line " + row.line() + ": bad row " + row.record());
            }
            dir.departments.putIfAbsent(row.get("short"), new Department(row.get("short"),
                    row.get("full").isEmpty() ? row.get("short") : row.get("full"), row.get("name_en"), kind,
                    row.get("code")));
        }
        for (CsvTable.Row row : CsvTable.read(PREFIXES, "prefix", "level")) {
            dir.prefixLevels.computeIfAbsent(row.get("prefix"), k -> new ArrayList<>()).add(row.get("level"));
        }
        return dir;
    }

    /** Written department forms (short and full) of the table, for recognisers. */
    public Set<String> departmentForms() {
        Set<String> forms = new LinkedHashSet<>();
        departments.values().forEach(d -> {
            forms.add(d.shortForm());
            forms.add(d.full());
        });
        return forms;
    }

    /** Government prefixes (旗, 市, 自治区 …). */
    public Set<String> governmentPrefixes() {
        return prefixLevels.keySet();
    }

    /**
     * The organisation a written department name denotes in a document governing
     * {@code jurisdictionPlaceId} (may be null). Never empty for a non-blank surface: an unknown
     * name becomes an organisation named as written within the jurisdiction's government.
     */
    public synchronized Optional<Organisation> resolve(String surface, String jurisdictionPlaceId) {
        if (surface == null || surface.isBlank()) {
            return Optional.empty();
        }
        String written = surface.strip();
        Place jurisdiction = gazetteer.byId(jurisdictionPlaceId).orElse(null);

        // 1. an explicit place name in front: 鄂托克经济开发区管委会, 鄂尔多斯市生态环境局; a name several
        //    places share (新城区) counts for the one nearest the jurisdiction
        List<Place> named = gazetteer.longestNamePrefix(written, p -> "AdministrativeRegion".equals(p.type()));
        Place namedPlace = named.size() == 1 ? named.get(0)
                : named.isEmpty() || jurisdiction == null ? null : gazetteer.within(named, jurisdiction.id(), true);
        if (namedPlace != null) {
            String form = written.substring(0, prefixLength(written, namedPlace));
            return Optional.of(department(namedPlace, form, written.substring(form.length()), written));
        }
        // 2. a government prefix: 旗林草局 = the banner's 林草局, 市交通运输局 = the city's
        for (String prefix : prefixesLongestFirst()) {
            if (written.startsWith(prefix) && written.length() > prefix.length()) {
                String rest = written.substring(prefix.length());
                Place place = placeAtLevel(jurisdiction, prefixLevels.get(prefix));
                if (place != null && (departments.containsKey(rest) || !departments.containsKey(written))) {
                    return Optional.of(department(place, place.nameZh(), rest, written));
                }
            }
        }
        // 3. no prefix: a department of the jurisdiction itself, or a name kept as written
        if (jurisdiction != null) {
            Department dept = departments.get(written);
            return Optional.of(dept != null ? department(jurisdiction, jurisdiction.nameZh(), written, written)
                    : asWritten(jurisdiction, written));
        }
        return Optional.of(register(new Organisation("org-" + pinyinKey(written), written, null, null, null,
                List.of(written))));
    }

    /** The length of the place's name or alias that opens {@code written} (the longest one). */
    private static int prefixLength(String written, Place place) {
        int best = written.startsWith(place.nameZh()) ? place.nameZh().length() : 0;
        for (String alias : place.aliases()) {
            if (written.startsWith(alias) && alias.length() > best && alias.length() < written.length()) {
                best = alias.length();
            }
        }
        return best;
    }

    /** Every organisation resolved so far, with their governments and party committees. */
    public synchronized Collection<Organisation> all() {
        return List.copyOf(organisations.values());
    }

    /** An organisation resolved earlier (or a government or party committee created with it). */
    public synchronized Optional<Organisation> byId(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    /** The people's government of an administrative place (人民政府, or 行政公署 for a league). */
    public synchronized Organisation government(Place place) {
        String name = place.nameZh() + (place.nameZh().endsWith("盟") ? "行政公署" : "人民政府");
        String en = "People's Government of " + place.nameEn();
        return register(new Organisation(place.id() + "-gov", name, en, null, place.id(), List.of()));
    }

    /** The party committee of an administrative place (中共…委员会). */
    public synchronized Organisation partyCommittee(Place place) {
        return register(new Organisation(place.id() + "-party", "中共" + place.nameZh() + "委员会",
                "CPC Committee of " + place.nameEn(), null, place.id(), List.of()));
    }

    private Organisation department(Place place, String writtenPlace, String rest, String surface) {
        Department dept = departments.get(rest);
        if (dept == null) {
            return asWritten(place, surface);
        }
        Organisation parent = "party".equals(dept.kind()) ? partyCommittee(place) : government(place);
        if ("collective".equals(dept.kind()) || "park".equals(dept.kind())) {
            // parks keep the place form they are named by (鄂托克经济开发区, not 鄂托克旗经济开发区)
            writtenPlace = "collective".equals(dept.kind()) ? place.nameZh() : writtenPlace;
        } else {
            writtenPlace = place.nameZh();
        }
        String en = dept.nameEn() + ", " + place.nameEn();
        return register(new Organisation(place.id() + "-" + dept.code(), writtenPlace + dept.full(), en,
                parent.id(), place.id(), List.of(surface)));
    }

    /** An unknown body (西保局): named exactly as written, inside the place's government. */
    private Organisation asWritten(Place place, String surface) {
        Organisation parent = government(place);
        return register(new Organisation(place.id() + "-" + pinyinKey(surface), surface, null, parent.id(),
                place.id(), List.of(surface)));
    }

    private Organisation register(Organisation org) {
        Organisation known = organisations.get(org.id());
        if (known == null) {
            organisations.put(org.id(), org);
            return org;
        }
        Set<String> aliases = new LinkedHashSet<>(known.aliases());
        if (aliases.addAll(org.aliases())) {
            known = new Organisation(known.id(), known.nameZh(), known.nameEn(), known.parentId(), known.placeId(),
                    List.copyOf(aliases));
            organisations.put(known.id(), known);
        }
        return known;
    }

    /** The jurisdiction or its nearest ancestor whose level is one of {@code levels}. */
    private Place placeAtLevel(Place jurisdiction, List<String> levels) {
        if (jurisdiction == null) {
            return null;
        }
        List<Place> chain = new ArrayList<>();
        chain.add(jurisdiction);
        chain.addAll(gazetteer.ancestors(jurisdiction.id()));
        for (Place p : chain) {
            if (p.level() != null && levels.contains(p.level())) {
                return p;
            }
        }
        return null;
    }

    private List<String> prefixesLongestFirst() {
        return prefixLevels.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Deterministic ASCII key from Chinese text (pinyin, letters and digits only). */
    static String pinyinKey(String text) {
        String key = HanLP.convertToPinyinString(text, "", false).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return key.isEmpty() ? Integer.toHexString(text.hashCode()) : key;
    }
}
