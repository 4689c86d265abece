package org.ecopolicy.kg.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.ecopolicy.kg.query.CatalogueQuery;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.KgStore;

/** Latency of every catalogue query (as written, default parameters) in-process and over HTTP. */
final class QueryBench {

    private QueryBench() {
    }

    /** Through {@link QueryRunner}, as {@code ecokg query} runs them: parse, execute, materialise. */
    static Map<String, Latency> inProcess(KgStore store, List<CatalogueQuery> queries, Latency.Plan plan) {
        QueryRunner runner = new QueryRunner(store.dataset());
        Map<String, Latency> out = new LinkedHashMap<>();
        for (CatalogueQuery q : queries) {
            out.put(q.name(), Latency.measure(plan, () -> {
                Query query = QueryRunner.prepare(q.sparql(), Map.of());
                return (long) runner.select(query).size();
            }));
        }
        return out;
    }

    /** Over the SPARQL protocol (POST, JSON results read completely) against a running server. */
    static Map<String, Latency> http(String endpoint, List<CatalogueQuery> queries, Latency.Plan plan) {
        SparqlHttp http = new SparqlHttp(endpoint);
        Map<String, Latency> out = new LinkedHashMap<>();
        for (CatalogueQuery q : queries) {
            out.put(q.name(), Latency.measure(plan, () -> http.select(q.sparql())));
        }
        return out;
    }
}
