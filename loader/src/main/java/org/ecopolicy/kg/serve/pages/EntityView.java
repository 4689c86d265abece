package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** Everything a page needs about one entity, gathered once per request (read transaction held). */
record EntityView(Node node, Graph description, Set<Node> types, Labels labels, PageQueries queries,
                  LinkedDataPaths paths, Graph union) {

    boolean is(Resource type) {
        return types.contains(type.asNode());
    }

    /** The objects of {@code subject}'s {@code property} in the description. */
    List<Node> objects(Node subject, Resource property) {
        List<Node> out = new ArrayList<>();
        description.find(subject, property.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    String literal(Node subject, Resource property) {
        for (var it = description.find(subject, property.asNode(), Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            if (t.getObject().isLiteral()) {
                return t.getObject().getLiteralLexicalForm();
            }
        }
        return null;
    }

    /** A link to a resource, labelled (Chinese, else English, else its local name). */
    String link(Node target) {
        if (!target.isURI()) {
            return HtmlPage.esc(target.toString());
        }
        return HtmlPage.anchor(paths.href(target.getURI()), labels.text(target));
    }

    static Set<Node> typesOf(Graph description, Node node) {
        Set<Node> types = new java.util.LinkedHashSet<>();
        description.find(node, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
        return types;
    }
}
