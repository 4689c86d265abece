package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ecopolicy.kg.export.DumpFormat;
import org.ecopolicy.kg.export.Exporter;
import org.ecopolicy.kg.pipeline.BuildInputs;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.KnowledgeGraphBuilder;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read capacity scales by replicas, because the graph is a function of its inputs: an N-Quads
 * export bulk-loaded into another TDB2 database, and a database rebuilt independently from the same
 * corpus and rules, hold exactly the quads of the original: the same sorted N-Quads (same SHA-256)
 * for every statement without a blank node, and isomorphic graphs for the few with one (the OWL
 * class expressions of the ontology, whose blank node labels every store chooses anew).
 */
class ReplicaTest {

    @TempDir
    Path tmp;

    @Test
    void anExportBulkLoadedElsewhereAndAnIndependentRebuildAreTheSameGraph() throws IOException {
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        Path original = export(kg.store.dataset(), tmp.resolve("original.nq"));
        List<String> originalQuads = sortedLines(original);
        assertThat(originalQuads).hasSizeGreaterThan(20_000);
        // blank nodes only in the reference graph (the ontology's class expressions), and few
        List<String> withBlankNodes = originalQuads.stream().filter(ReplicaTest::hasBlankNode).toList();
        assertThat(withBlankNodes).allMatch(q -> q.endsWith("<https://w3id.org/ecokg/id/graph/reference> ."))
                .hasSizeLessThan(originalQuads.size() / 50);
        // the statistics travel with the data
        assertThat(originalQuads).anyMatch(q -> q.endsWith("<https://w3id.org/ecokg/id/graph/statistics> ."));

        // another database, filled by Jena's bulk loader (what tdb2.tdbloader runs) from the dump
        Path elsewhere = tmp.resolve("elsewhere");
        DatasetGraph other = DatabaseMgr.connectDatasetGraph(elsewhere.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(other, (MonitorOutput) (fmt, args) -> { });
            loader.startBulk();
            loader.load(original.toString());
            loader.finishBulk();
            assertSameGraph(kg.store.dataset(), other, originalQuads, sortedLines(export(other, tmp.resolve("elsewhere.nq"))));
        } finally {
            TDBInternal.expel(other);
        }

        // a replica rebuilt from the same inputs, by the builder ecokg up uses
        StoreLayout layout = new StoreLayout(tmp.resolve("rebuilt"));
        new KnowledgeGraphBuilder(kg.pipeline).rebuild(layout,
                List.of(BundledCorpus.materialize(tmp.resolve("corpus"))), BuildInputs.current(kg.pipeline.iris().base()));
        try (KgStore rebuilt = KgStore.connect(layout.current().orElseThrow())) {
            assertSameGraph(kg.store.dataset(), rebuilt.dataset(), originalQuads,
                    sortedLines(export(rebuilt.dataset(), tmp.resolve("rebuilt.nq"))));
        }
    }

    /** Same checksum of the sorted quads without blank nodes; the graphs holding blank nodes isomorphic. */
    private static void assertSameGraph(DatasetGraph a, DatasetGraph b, List<String> quadsA, List<String> quadsB) {
        assertThat(quadsB).hasSameSizeAs(quadsA);
        assertThat(sha256(quadsB.stream().filter(q -> !hasBlankNode(q)).toList()))
                .isEqualTo(sha256(quadsA.stream().filter(q -> !hasBlankNode(q)).toList()));
        Node reference = NodeFactory.createURI(Iris.defaults().referenceGraph());
        Txn.executeRead(a, () -> Txn.executeRead(b, () ->
                assertThat(copy(a.getGraph(reference)).isIsomorphicWith(copy(b.getGraph(reference)))).isTrue()));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static boolean hasBlankNode(String quad) {
        return quad.startsWith("_:") || quad.contains(" _:");
    }

    private static Path export(DatasetGraph dataset, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new Exporter(dataset).write(DumpFormat.NQ, out);
        }
        return file;
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
    }

    private static String sha256(List<String> lines) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
