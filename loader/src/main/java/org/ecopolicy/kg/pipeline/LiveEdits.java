package org.ecopolicy.kg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.GraphSizes;
import org.ecopolicy.kg.store.GraphWriter;
import org.ecopolicy.kg.store.KgStore;

/**
 * What the live generation holds that the loader did not write: triples written through the
 * authenticated update endpoint (SPARQL Update, Graph Store, upload). Graphs the loader never
 * produces (the stored default graph, named graphs outside {@code graph/doc/} and the reference
 * graph) are carried into a new generation as they are. Changes inside the loader's own graphs,
 * seen as a size other than the one recorded when it wrote them, would be replaced by a rebuild,
 * so the rebuild refuses and says how to keep them.
 */
final class LiveEdits {

    /** The stored default graph, named as Jena names it in quads. */
    static final String DEFAULT_GRAPH = Quad.defaultGraphIRI.getURI();

    private final Path generation;
    private final Map<String, Long> kept;
    private final Map<String, String> changed;

    private LiveEdits(Path generation, Map<String, Long> kept, Map<String, String> changed) {
        this.generation = generation;
        this.kept = kept;
        this.changed = changed;
    }

    static LiveEdits none() {
        return new LiveEdits(null, Map.of(), Map.of());
    }

    /** Looks through {@code generation}, whose loader graphs are named under {@code iris}. */
    static LiveEdits find(Path generation, Iris iris) {
        Optional<Map<String, Long>> recorded = GraphSizes.read(generation);
        String docPrefix = iris.documentGraph("x");
        docPrefix = docPrefix.substring(0, docPrefix.length() - 1);
        String reference = iris.referenceGraph();
        Map<String, Long> kept = new LinkedHashMap<>();
        Map<String, String> changed = new LinkedHashMap<>();
        try (KgStore store = KgStore.connect(generation)) {
            DatasetGraph dsg = store.dataset();
            String prefix = docPrefix;
            Txn.executeRead(dsg, () -> {
                long defaultSize = dsg.getDefaultGraph().size();
                if (defaultSize > 0) {
                    kept.put(DEFAULT_GRAPH, defaultSize);
                }
                List<Node> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                for (Node name : names) {
                    String iri = name.getURI();
                    boolean loaderGraph = iri.equals(reference) || iri.startsWith(prefix);
                    if (!loaderGraph) {
                        kept.put(iri, (long) dsg.getGraph(name).size());
                    } else if (recorded.isPresent()) {
                        long now = dsg.getGraph(name).size();
                        Long then = recorded.get().get(iri);
                        if (then == null || then != now) {
                            changed.put(iri, then == null ? "not written by the loader, " + now + " triples"
                                    : then + " triples when loaded, " + now + " now");
                        }
                    }
                }
            });
        }
        return new LiveEdits(generation, kept, changed);
    }

    /** Graphs to carry over, with their sizes. */
    Map<String, Long> kept() {
        return kept;
    }

    /** Loader graphs someone else changed, with what was seen. */
    Map<String, String> changed() {
        return changed;
    }

    /** Copies the kept graphs into {@code writer} (a new generation), read in one transaction. */
    void copyInto(GraphWriter writer) {
        if (kept.isEmpty()) {
            return;
        }
        try (KgStore store = KgStore.connect(generation)) {
            DatasetGraph dsg = store.dataset();
            Txn.executeRead(dsg, () -> kept.keySet().forEach(name -> {
                Graph graph = name.equals(DEFAULT_GRAPH) ? dsg.getDefaultGraph() : dsg.getGraph(NodeFactory.createURI(name));
                writer.replaceGraph(name, graph);
            }));
        }
    }

    /** The message of a rebuild that refuses, naming the graphs and how to keep their changes. */
    String refusal(Path dbRoot) {
        StringBuilder sb = new StringBuilder("the live database " + generation + " holds changes made through the update "
                + "endpoint in graphs a rebuild would replace: ");
        List<String> items = new ArrayList<>();
        changed.forEach((graph, what) -> items.add("<" + graph + "> (" + what + ")"));
        sb.append(String.join(", ", items.subList(0, Math.min(5, items.size()))));
        if (items.size() > 5) {
            sb.append(" and ").append(items.size() - 5).append(" more");
        }
        sb.append(". Export them first (ecokg export --db ").append(dbRoot).append(" --format trig --out DIR), ")
                .append("put what should stay into a graph of its own (kept across rebuilds), ")
                .append("then rebuild with --discard-edits");
        return sb.toString();
    }
}
