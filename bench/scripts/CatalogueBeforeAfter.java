import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;

/**
 * Before/after of the catalogue on one database, in-process, interleaved per query: an earlier
 * version of each query file (BEFORE_DIR, e.g. a checkout of queries/ from an older commit), the
 * current one's first page and its whole answer, ROUNDS rounds after one untimed round.
 *
 * <pre>java -Xmx2g -cp loader/target/ecokg.jar bench/scripts/CatalogueBeforeAfter.java DB_FOLDER BEFORE_DIR queries 3</pre>
 */
public class CatalogueBeforeAfter {
    public static void main(String[] args) throws Exception {
        Path db = new StoreLayout(Path.of(args[0])).current().orElseThrow();
        int rounds = Integer.parseInt(args[3]);
        try (KgStore store = KgStore.connect(db)) {
            QueryRunner runner = new QueryRunner(store.dataset());
            List<Path> files = new ArrayList<>();
            try (var list = Files.list(Path.of(args[2]))) {
                list.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(files::add);
            }
            for (Path file : files) {
                Path before = Path.of(args[1]).resolve(file.getFileName());
                Map<String, String[]> variants = new LinkedHashMap<>();
                if (Files.exists(before)) {
                    variants.put("before", new String[] {Files.readString(before), null});
                }
                variants.put("first page", new String[] {Files.readString(file), null});
                variants.put("all rows", new String[] {Files.readString(file), "all"});
                Map<String, List<Double>> times = new LinkedHashMap<>();
                Map<String, Integer> rows = new HashMap<>();
                for (int round = 0; round <= rounds; round++) {
                    for (var v : variants.entrySet()) {
                        long t0 = System.nanoTime();
                        Query q = QueryRunner.prepare(v.getValue()[0], v.getValue()[1] == null ? Map.of() : Map.of("limit", "all"));
                        int n = runner.select(q).size();
                        double ms = (System.nanoTime() - t0) / 1e6;
                        if (round > 0) {
                            times.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(ms);
                        }
                        rows.put(v.getKey(), n);
                    }
                }
                StringBuilder line = new StringBuilder(String.format("%-22s", file.getFileName().toString().replace(".rq", "")));
                times.forEach((k, l) -> {
                    Collections.sort(l);
                    line.append(String.format(" | %s p50 %.0f max %.0f ms (%d rows)", k, l.get(l.size() / 2), l.get(l.size() - 1), rows.get(k)));
                });
                System.out.println(line);
            }
        }
    }
}
