package org.ecopolicy.kg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The loader graphs among {@code graphs} that someone else changed in {@code generation} (a
     * load is about to replace them), with what was seen; empty when no sizes were recorded.
     */
    static Map<String, String> changedAmong(Path generation, java.util.Collection<String> graphs) {
        Optional<Map<String, Set<Long>>> recorded = GraphSizes.read(generation);
        Map<String, String> changed = new LinkedHashMap<>();
        if (recorded.isEmpty()) {
            return changed;
        }
        try (KgStore store = KgStore.connect(generation)) {
            DatasetGraph dsg = store.dataset();
            Txn.executeRead(dsg, () -> {
                for (String iri : graphs) {
                    Node name = NodeFactory.createURI(iri);
                    if (!dsg.containsGraph(name)) {
                        continue;
                    }
                    long now = dsg.getGraph(name).size();
                    String seen = compare(recorded.get().get(iri), now);
                    if (seen != null) {
                        changed.put(iri, seen);
                    }
                }
            });
        }
        return changed;
    }

    /** Looks through {@code generation}, whose loader graphs are named under {@code iris}. */
    static LiveEdits find(Path generation, Iris iris) {
        Optional<Map<String, Set<Long>>> recorded = GraphSizes.read(generation);
        String docPrefix = iris.documentGraph("x");
        docPrefix = docPrefix.substring(0, docPrefix.length() - 1);
        String reference = iris.referenceGraph();
        // derived from the document graphs by every build and load: recomputed, never carried
        String statistics = iris.statisticsGraph();
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
                    if (iri.equals(statistics)) {
                        continue;
                    }
                    boolean loaderGraph = iri.equals(reference) || iri.startsWith(prefix);
                    if (!loaderGraph) {
                        kept.put(iri, (long) dsg.getGraph(name).size());
                    } else if (recorded.isPresent()) {
                        String seen = compare(recorded.get().get(iri), dsg.getGraph(name).size());
                        if (seen != null) {
                            changed.put(iri, seen);
                        }
                    }
                }
            });
        }
        return new LiveEdits(generation, kept, changed);
    }

    /** What differs between the recorded sizes of a graph and its size now; null when nothing does. */
    private static String compare(Set<Long> recorded, long now) {
        if (recorded == null) {
            return "not written by the loader, " + now + " triples";
        }
        if (recorded.contains(now)) {
            return null;
        }
        return recorded.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" or "))
                + " triples when loaded, " + now + " now";
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
        return refusal(generation, changed, "a rebuild", dbRoot);
    }

    /** The message of a rebuild or load ({@code what}) that refuses to replace {@code changed} graphs. */
    static String refusal(Path generation, Map<String, String> changed, String what, Path dbRoot) {
        StringBuilder sb = new StringBuilder("the live database " + generation + " holds changes made through the update "
                + "endpoint in graphs " + what + " would replace: ");
        List<String> items = new ArrayList<>();
        changed.forEach((graph, seen) -> items.add("<" + graph + "> (" + seen + ")"));
        sb.append(String.join(", ", items.subList(0, Math.min(5, items.size()))));
        if (items.size() > 5) {
            sb.append(" and ").append(items.size() - 5).append(" more");
        }
        sb.append(". Export them first (ecokg export --db ").append(dbRoot).append(" --format trig --out DIR), ")
                .append("put what should stay into a graph of its own (kept across rebuilds), ")
                .append("then ").append(what.equals("a rebuild") ? "rebuild" : "load").append(" with --discard-edits");
        return sb.toString();
    }
}
