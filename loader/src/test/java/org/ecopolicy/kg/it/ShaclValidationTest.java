package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.rdf.ReferenceMapper;
import org.junit.jupiter.api.Test;

/**
 * The graph built from the bundled corpus passes the project's SHACL shapes with zero violations,
 * and every literal holding Chinese characters carries its language tag.
 */
class ShaclValidationTest {

    /** Literals in any graph (document, reference, statistics) with CJK characters and no language tag. */
    private static final String UNTAGGED_CHINESE = """
            SELECT ?p (COUNT(*) AS ?n) (SAMPLE(?o) AS ?example) WHERE {
              GRAPH ?g { ?s ?p ?o }
              FILTER(isLiteral(?o) && LANG(?o) = "" && REGEX(STR(?o), "[\\u3400-\\u9fff\\uf900-\\ufaff]"))
            } GROUP BY ?p ORDER BY ?p""";

    @Test
    void everyChineseLiteralIsTaggedZh() {
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        java.util.List<String> untagged = Txn.calculateRead(kg.store.dataset(), () -> {
            java.util.List<String> rows = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(kg.store.dataset())).query(UNTAGGED_CHINESE).build()) {
                qe.execSelect().forEachRemaining(r -> rows.add(r.get("p") + " ×" + r.getLiteral("n").getInt()
                        + " e.g. " + r.get("example")));
            }
            return rows;
        });
        assertThat(untagged).isEmpty();
        // the query sees the tagged ones, so an empty answer is not a query that matches nothing
        long tagged = Txn.calculateRead(kg.store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(kg.store.dataset()))
                    .query(UNTAGGED_CHINESE.replace("LANG(?o) = \"\"", "LANG(?o) = \"zh\"")).build()) {
                long sum = 0;
                for (var rows = qe.execSelect(); rows.hasNext(); ) {
                    sum += rows.next().getLiteral("n").getLong();
                }
                return sum;
            }
        });
        assertThat(tagged).isGreaterThan(3000);
    }

    @Test
    void builtGraphConformsToShapes() {
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        Model shapesModel = ModelFactory.createDefaultModel();
        ReferenceMapper.readOntologyFile(shapesModel, "shapes.ttl");
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        ValidationReport report = Txn.calculateRead(kg.store.dataset(), () -> {
            Graph union = kg.store.dataset().getUnionGraph();
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            union.find().forEachRemaining(copy::add);
            return ShaclValidator.get().validate(shapes, copy);
        });
        assertThat(report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + " " + e.message()).distinct().limit(40).toList())
                .isEmpty();
        assertThat(report.conforms()).isTrue();
        // The shapes really target the data: there are shapes for the central classes.
        assertThat(shapes.numRootShapes()).isGreaterThanOrEqualTo(8);
    }
}
