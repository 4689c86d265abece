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

    /** Runs the catalogue against a freshly started server for {@code warmupMs}, untimed (see {@link #measure}). */
    static void warmUp(String endpoint, List<CatalogueQuery> queries, long warmupMs) {
        SparqlHttp http = new SparqlHttp(endpoint);
        long start = System.nanoTime();
        try {
            while ((System.nanoTime() - start) / 1_000_000 < warmupMs) {
                for (CatalogueQuery q : queries) {
                    http.select(q.sparql());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("warm-up failed: " + e.getMessage(), e);
        }
    }

    /** Rounds per query in {@link #interleaved}: each store's p95 is taken over at least this many. */
    static final int ROUNDS = 3;

    /** What {@link #interleaved} measured: per store, per query, a latency or an error; per query, the load average. */
    record Interleaved(Map<String, Map<String, Latency>> latencies, Map<String, Map<String, String>> errors,
                       Map<String, String> loadAverage) {
    }

    /**
     * Every query on every store, interleaved: warm-ups on each store, then {@link #ROUNDS} rounds in
     * which each store runs the query in turn (the order rotating per round), so a busy spell of the
     * machine falls on all stores alike instead of on whichever happened to be measured then. A
     * store that fails a query is left out of its remaining rounds.
     */
    static Interleaved interleaved(Map<String, String> endpoints, List<CatalogueQuery> queries, Latency.Plan plan) {
        Map<String, SparqlHttp> stores = new LinkedHashMap<>();
        endpoints.forEach((store, url) -> stores.put(store, new SparqlHttp(url)));
        Map<String, Map<String, Latency>> latencies = new LinkedHashMap<>();
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        Map<String, String> loads = new LinkedHashMap<>();
        stores.keySet().forEach(st -> {
            latencies.put(st, new LinkedHashMap<>());
            errors.put(st, new LinkedHashMap<>());
        });
        List<String> order = new java.util.ArrayList<>(stores.keySet());
        for (CatalogueQuery q : queries) {
            loads.put(q.name(), Benchmark.loadAverage());
            Map<String, List<List<Double>>> samples = new LinkedHashMap<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String st : order) {
                try {
                    long t0 = System.nanoTime();
                    rows.put(st, stores.get(st).select(q.sparql()));
                    boolean slow = (System.nanoTime() - t0) / 1_000_000 > plan.budgetMs() / 4;
                    for (int i = 1; i < plan.warmups() && !slow; i++) {
                        stores.get(st).select(q.sparql());
                    }
                    samples.put(st, new java.util.ArrayList<>());
                } catch (Exception e) {
                    errors.get(st).put(q.name(), String.valueOf(e.getMessage()));
                }
            }
            int perRound = Math.max(1, Math.max(plan.minRuns(), 1) / ROUNDS);
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < order.size(); k++) {
                    String st = order.get((k + round) % order.size());
                    if (!samples.containsKey(st)) {
                        continue;
                    }
                    List<Double> mine = new java.util.ArrayList<>();
                    long started = System.nanoTime();
                    try {
                        while (mine.size() < Math.max(perRound, plan.maxRuns() / ROUNDS)
                                && (mine.size() < perRound || (System.nanoTime() - started) / 1_000_000 < plan.budgetMs() / ROUNDS)) {
                            long t0 = System.nanoTime();
                            rows.put(st, stores.get(st).select(q.sparql()));
                            mine.add((System.nanoTime() - t0) / 1e6);
                        }
                        samples.get(st).add(mine);
                    } catch (Exception e) {
                        errors.get(st).put(q.name(), String.valueOf(e.getMessage()));
                        samples.remove(st);
                    }
                }
            }
            samples.forEach((st, rounds) -> latencies.get(st).put(q.name(), Latency.ofRounds(rounds, rows.get(st))));
        }
        return new Interleaved(latencies, errors, loads);
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
