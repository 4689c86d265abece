package org.ecopolicy.kg.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;

/**
 * What a reader can see of a database: triples per named graph and the answer of the
 * {@code documents} catalogue query (documents with their measure and target counts). Two equal
 * states mean nothing was lost, added or half-written.
 */
record StoreState(Map<String, Long> graphSizes, String documentsAnswer) {

    long triples() {
        return graphSizes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Reads the live database under {@code dbRoot}, then closes it (so another process may open it). */
    static StoreState of(Path dbRoot) {
        try (KgStore store = KgStore.connect(new StoreLayout(dbRoot).current().orElseThrow())) {
            return of(store);
        }
    }

    static StoreState of(KgStore store) {
        Map<String, Long> sizes = Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> m = new TreeMap<>();
            store.dataset().listGraphNodes().forEachRemaining(g -> m.put(g.getURI(), (long) store.dataset().getGraph(g).size()));
            return m;
        });
        Query query = QueryRunner.prepare(QueryCatalogue.load().require("documents").sparql(), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.write(new QueryRunner(store.dataset()).select(query), query, QueryRunner.Format.CSV, out);
        return new StoreState(sizes, out.toString(StandardCharsets.UTF_8));
    }
}
