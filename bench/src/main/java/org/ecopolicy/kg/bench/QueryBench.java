package org.ecopolicy.kg.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.ecopolicy.kg.query.CatalogueQuery;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.KgStore;

/** Latency of every catalogue query (as written, default parameters) in-process and over HTTP. */
final class QueryBench {

    private QueryBench() {
    }

    /** Through {@link QueryRunner}, as {@code ecokg query} runs them: parse, execute, materialise. */
    static Map<String, Latency> inProcess(KgStore store, List<CatalogueQuery> queries, Latency.Plan plan, long warmupMs) {
        QueryRunner runner = new QueryRunner(store.dataset());
        return measure(queries, plan, warmupMs, q -> () -> {
            Query query = QueryRunner.prepare(q.sparql(), Map.of());
            return (long) runner.select(query).size();
        });
    }

    /** Over the SPARQL protocol (POST, JSON results read completely) against a running server. */
    static Map<String, Latency> http(String endpoint, List<CatalogueQuery> queries, Latency.Plan plan, long warmupMs) {
        SparqlHttp http = new SparqlHttp(endpoint);
        return measure(queries, plan, warmupMs, q -> () -> http.select(q.sparql()));
    }

    /**
     * Runs the whole catalogue round after round for {@code warmupMs} (a freshly started JVM runs
     * interpreted code for its first few thousand calls: those figures would be the JIT's, not the
     * store's), then times each query by {@code plan}.
     */
    private static Map<String, Latency> measure(List<CatalogueQuery> queries, Latency.Plan plan, long warmupMs,
                                                java.util.function.Function<CatalogueQuery, Callable<Long>> runOf) {
        long start = System.nanoTime();
        try {
            while ((System.nanoTime() - start) / 1_000_000 < warmupMs) {
                for (CatalogueQuery q : queries) {
                    runOf.apply(q).call();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("warm-up failed: " + e.getMessage(), e);
        }
        Map<String, Latency> out = new LinkedHashMap<>();
        for (CatalogueQuery q : queries) {
            out.put(q.name(), Latency.measure(plan, runOf.apply(q)));
        }
        return out;
    }
}
