package org.ecopolicy.kg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import org.ecopolicy.kg.rules.CsvTable;

/**
 * The township-level divisions of the statistical table (ontology/gazetteer/townships.csv, 41,000 rows),
 * matched only under a document whose jurisdiction contains them: a township name repeats across the
 * country (官埠桥镇 of 安徽 and of 湖北), so only the jurisdiction makes it a place. A name that two
 * townships of the jurisdiction share is left out. Tries are built once per jurisdiction.
 */
public final class Townships {

    public static final String RESOURCE = "/ontology/gazetteer/townships.csv";

    /** A township the jurisdiction holds: its name and the county it lies in (a gazetteer place id). */
    public record Township(String name, String code, String countyId) {
    }

    private final Map<String, List<Township>> byCounty;
    private final Gazetteer gazetteer;
    private final Map<String, java.util.Optional<AhoCorasickDoubleArrayTrie<Township>>> tries = new ConcurrentHashMap<>();

    private Townships(Map<String, List<Township>> byCounty, Gazetteer gazetteer) {
        this.byCounty = byCounty;
        this.gazetteer = gazetteer;
    }

    public static Townships load(Gazetteer gazetteer) {
        Map<String, String> countyIdByCode = new HashMap<>();
        for (Place p : gazetteer.all()) {
            if (p.code() != null && p.code().length() >= 6 && p.code().endsWith("000000")) {
                countyIdByCode.putIfAbsent(p.code().substring(0, 6), p.id());
            }
        }
        Map<String, List<Township>> byCounty = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(RESOURCE, "code", "name_zh", "county_code")) {
            String county = countyIdByCode.get(row.get("county_code"));
            if (county != null) {
                byCounty.computeIfAbsent(county, k -> new ArrayList<>())
                        .add(new Township(row.get("name_zh"), row.get("code"), county));
            }
        }
        return new Townships(byCounty, gazetteer);
    }

    /** The townships of the jurisdiction whose names are unique in it, as a trie; null when it holds none. */
    public AhoCorasickDoubleArrayTrie<Township> within(String jurisdictionId) {
        if (jurisdictionId == null) {
            return null;
        }
        return tries.computeIfAbsent(jurisdictionId, this::build).orElse(null);
    }

    private java.util.Optional<AhoCorasickDoubleArrayTrie<Township>> build(String jurisdictionId) {
        TreeMap<String, Township> unique = new TreeMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<String, List<Township>> e : byCounty.entrySet()) {
            String county = e.getKey();
            if (!county.equals(jurisdictionId) && !gazetteer.closure(county).contains(jurisdictionId)) {
                continue;
            }
            for (Township t : e.getValue()) {
                if (seen.merge(t.name(), 1, Integer::sum) == 1) {
                    unique.put(t.name(), t);
                } else {
                    unique.remove(t.name());
                }
            }
        }
        if (unique.isEmpty()) {
            return java.util.Optional.empty();
        }
        AhoCorasickDoubleArrayTrie<Township> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(unique);
        return java.util.Optional.of(trie);
    }
}
