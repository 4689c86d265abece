package org.ecopolicy.kg.serve.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * Display names: the Chinese and English label of each resource, picked from skos:prefLabel,
 * rdfs:label, dcterms:title, then a mention's surface form or a target's indicator and year.
 */
final class Labels {

    record Label(String zh, String en) {
        String best() {
            return zh != null ? zh : en;
        }
    }

    private static final List<String> PRIORITY = List.of(
            "http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://www.w3.org/2000/01/rdf-schema#label",
            "http://purl.org/dc/terms/title",
            EKG.surfaceForm.getURI(),
            EKG.indicatorText.getURI(),
            EKG.numbering.getURI());

    private final Map<Node, Label> labels = new HashMap<>();
    private final Graph fallback;

    /** @param fallback graph to look up labels of nodes the rows did not cover (read transaction held) */
    Labels(List<QuerySolution> rows, Graph fallback) {
        this.fallback = fallback;
        Map<Node, String[]> zh = new HashMap<>();
        Map<Node, String[]> en = new HashMap<>();
        Map<Node, String> years = new HashMap<>();
        for (QuerySolution row : rows) {
            Node r = row.getResource("r").asNode();
            String p = row.getResource("p").getURI();
            Literal l = row.getLiteral("l");
            if (p.equals(EKG.targetYear.getURI())) {
                years.put(r, l.getLexicalForm());
                continue;
            }
            int rank = PRIORITY.indexOf(p);
            String lang = l.getLanguage();
            Map<Node, String[]> into = lang.startsWith("en") ? en : zh;
            String[] current = into.get(r);
            if (current == null || Integer.parseInt(current[1]) > rank) {
                into.put(r, new String[] {l.getLexicalForm(), Integer.toString(rank)});
            }
        }
        for (Node r : union(zh, en, years)) {
            String z = zh.containsKey(r) ? zh.get(r)[0] : null;
            if (years.containsKey(r)) {
                z = (z == null ? "" : z + " ") + "（" + years.get(r) + "年）";
            }
            labels.put(r, new Label(z, en.containsKey(r) ? en.get(r)[0] : null));
        }
    }

    private static java.util.Set<Node> union(Map<Node, ?> a, Map<Node, ?> b, Map<Node, ?> c) {
        java.util.Set<Node> all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        all.addAll(c.keySet());
        return all;
    }

    Label of(Node node) {
        return labels.computeIfAbsent(node, this::lookUp);
    }

    private Label lookUp(Node node) {
        String zh = null;
        String en = null;
        for (int i = PRIORITY.size() - 1; i >= 0; i--) {
            Node p = NodeFactory.createURI(PRIORITY.get(i));
            for (var it = fallback.find(node, p, Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    if (o.getLiteralLanguage().startsWith("en")) {
                        en = o.getLiteralLexicalForm();
                    } else {
                        zh = o.getLiteralLexicalForm();
                    }
                }
            }
        }
        return new Label(zh, en);
    }

    /** The Chinese label, else English, else a short form of the IRI. */
    String text(Node node) {
        Label l = node.isURI() ? of(node) : null;
        if (l != null && l.best() != null) {
            return l.best();
        }
        return shortName(node);
    }

    static String shortName(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
