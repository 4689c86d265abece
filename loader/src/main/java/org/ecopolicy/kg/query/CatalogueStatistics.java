package org.ecopolicy.kg.query;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.Derivation;

/**
 * The counts the catalogue reads instead of counting (measures per place, tasks per department,
 * targets per indicator and per year), computed by the CONSTRUCT queries of {@code queries/statistics/}
 * once per load and kept in their own named graph with its provenance. Every load recomputes them
 * all in its own transaction, so they always describe exactly the documents committed with them.
 */
public final class CatalogueStatistics implements Derivation {

    static final String FOLDER = "queries/statistics";

    private final String graphName;
    private final List<Query> queries;

    /** @param base the instance base IRI; the graph is {@code <base>graph/statistics} */
    public CatalogueStatistics(String base) {
        this.graphName = new Iris(base).statisticsGraph();
        this.queries = QueryCatalogue.load(FOLDER).all().stream().map(q -> prepare(q.sparql(), base)).toList();
    }

    private static Query prepare(String sparql, String base) {
        Query query = QueryFactory.create(sparql, Syntax.syntaxARQ);
        if (!query.isConstructType()) {
            throw new IllegalStateException("statistics queries are CONSTRUCT queries: " + sparql.lines().findFirst().orElse(""));
        }
        return ParameterBinder.bind(query, Map.of("base", base));
    }

    public String graphName() {
        return graphName;
    }

    @Override
    public Map<String, Graph> derive(DatasetGraph written) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Query query : queries) {
            try (QueryExecution qexec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(written)).build()) {
                qexec.execConstructTriples().forEachRemaining(graph::add);
            }
        }
        return Map.of(graphName, graph);
    }
}
