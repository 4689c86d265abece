package org.ecopolicy.kg.serve.pages;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ecopolicy.kg.export.Prefixes;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * The RDF answer for an entity: its concise bounded description (its triples, following blank
 * nodes) extended by the nodes it owns — its evidence, and its place, project and department
 * mentions with their evidence — so the quotes travel with the entity. The ontology document
 * also carries the terms it defines. Callers hold a read transaction.
 */
final class EntityDescriber {

    private static final Set<Node> OWNING = Set.of(EKG.evidence.asNode(), EKG.hasPlaceMention.asNode(),
            EKG.hasProjectMention.asNode(), EKG.hasAssignment.asNode());

    private final DatasetGraph dataset;

    EntityDescriber(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Whether the store says anything about {@code entity}. */
    boolean exists(Node entity) {
        return dataset.getUnionGraph().contains(entity, Node.ANY, Node.ANY);
    }

    Graph describe(Node entity) {
        Graph union = dataset.getUnionGraph();
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.MAPPING);
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(entity);
        if (entity.isURI() && entity.getURI().equals(LinkedDataPaths.ONTOLOGY_IRI)) {
            union.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(EKG.NS)) {
                    todo.add(t.getSubject());
                }
            });
        }
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            if (!seen.add(node)) {
                continue;
            }
            for (var it = union.find(node, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                out.add(t);
                if (t.getObject().isBlank() || OWNING.contains(t.getPredicate())) {
                    todo.add(t.getObject());
                }
            }
        }
        return out;
    }
}
