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

/** The graph built from the bundled corpus passes the project's SHACL shapes with zero violations. */
class ShaclValidationTest {

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
