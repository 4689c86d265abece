package org.ecopolicy.kg.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.CorpusLoader;
import org.ecopolicy.kg.pipeline.LoadReport;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading again is idempotent (the same graphs, isomorphic, no duplicates), and a changed
 * document replaces its own graph and nothing else.
 */
class ReloadTest {

    static final String DOC_004 = "004_b6acf62b5d9e0109.txt";

    @TempDir
    Path tmp;

    private static Map<String, Graph> snapshot(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Graph> graphs = new HashMap<>();
            store.dataset().listGraphNodes().forEachRemaining(name -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().getGraph(name).find().forEachRemaining(copy::add);
                graphs.put(name.getURI(), copy);
            });
            return graphs;
        });
    }

    private static boolean contains(Graph graph, String literal) {
        return graph.find().filterKeep(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().contains(literal)).hasNext();
    }

    /** Triples in the union graph whose object is a literal with lexical form {@code value}. */
    private static long valueCount(KgStore store, String value) {
        return Txn.calculateRead(store.dataset(), () -> valueCount(store.dataset().getUnionGraph(), value));
    }

    private static long valueCount(Graph graph, String value) {
        return graph.find().filterKeep(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals(value)).toList().size();
    }

    @Test
    void loadingTheSameCorpusTwiceGivesIsomorphicGraphsAndAChangedDocumentReplacesOnlyItsOwn() throws Exception {
        Pipeline pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        Path corpus = BundledCorpus.materialize(tmp.resolve("corpus"));
        try (KgStore store = KgStore.connect(tmp.resolve("db"))) {
            CorpusLoader loader = new CorpusLoader(pipeline);
            assertThat(loader.load(store, List.of(corpus)).problems()).isEmpty();
            Map<String, Graph> first = snapshot(store);
            long triples = store.tripleCount();

            assertThat(new CorpusLoader(pipeline).load(store, List.of(corpus)).problems()).isEmpty();
            Map<String, Graph> second = snapshot(store);
            // five documents, the reference graph and the statistics
            assertThat(second.keySet()).isEqualTo(first.keySet()).hasSize(7);
            first.forEach((name, graph) -> {
                assertThat(second.get(name).isIsomorphicWith(graph)).as(name).isTrue();
                assertThat(second.get(name).size()).as(name).isEqualTo(graph.size());
            });
            assertThat(store.tripleCount()).isEqualTo(triples);

            // A new version of 004: one target changes its value; the file keeps its name.
            Path edited = tmp.resolve("edited");
            Files.createDirectories(edited);
            String text = Files.readString(corpus.resolve(DOC_004));
            assertThat(text).contains("22.4%");
            Files.writeString(edited.resolve(DOC_004), text.replace("22.4%", "23.9%"));
            LoadReport report = new CorpusLoader(pipeline).load(store, List.of(edited.resolve(DOC_004)));
            assertThat(report.problems()).isEmpty();
            assertThat(report.loaded()).hasSize(1);

            Map<String, Graph> third = snapshot(store);
            String g004 = Iris.defaults().documentGraph("004_b6acf62b5d9e0109");
            assertThat(third.keySet()).isEqualTo(first.keySet());
            assertThat(contains(first.get(g004), "22.4%")).isTrue();
            assertThat(contains(third.get(g004), "22.4%")).as("old quote gone").isFalse();
            assertThat(contains(third.get(g004), "23.9%")).as("new quote there").isTrue();
            assertThat(third.get(g004).isIsomorphicWith(first.get(g004))).isFalse();
            first.forEach((name, graph) -> {
                if (!name.equals(g004)) {
                    assertThat(third.get(name).isIsomorphicWith(graph)).as("untouched " + name).isTrue();
                }
            });
            // The new value is in the union graph exactly once, the old one not at all.
            assertThat(valueCount(store, "23.9")).isEqualTo(1);
            assertThat(valueCount(first.get(g004), "22.4")).isEqualTo(1);
            assertThat(valueCount(store, "22.4")).isZero();
        }
    }
}
