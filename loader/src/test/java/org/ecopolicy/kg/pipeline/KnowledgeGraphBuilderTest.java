package org.ecopolicy.kg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.system.Txn;
import org.ecopolicy.kg.it.TestKnowledgeGraph;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds switch generations; loads are idempotent and survive a later rebuild. */
class KnowledgeGraphBuilderTest {

    private static long documents(StoreLayout layout) {
        try (KgStore store = KgStore.connect(layout.current().orElseThrow())) {
            return Txn.calculateRead(store.dataset(), () -> {
                long[] n = {0};
                store.dataset().getUnionGraph().find(null,
                        org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.ecopolicy.kg.vocabulary.EKG.PolicyDocument.asNode()).forEachRemaining(t -> n[0]++);
                return n[0];
            });
        }
    }

    private static long triples(StoreLayout layout) {
        try (KgStore store = KgStore.connect(layout.current().orElseThrow())) {
            return store.tripleCount();
        }
    }

    private static BuildInputs inputs(String version) {
        return new BuildInputs(new java.util.TreeMap<>(java.util.Map.of("code", version)));
    }

    @Test
    void loadedDocumentsSurviveARebuildAndRepeatedLoadsAddNothing(@TempDir Path tmp) throws IOException, URISyntaxException {
        Pipeline pipeline = TestKnowledgeGraph.get().pipeline;
        KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(pipeline);
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of(getClass().getResource("/corpus/004_b6acf62b5d9e0109.txt").toURI()),
                corpus.resolve("004_b6acf62b5d9e0109.txt"));
        Path extra = Files.createDirectories(tmp.resolve("extra"));
        Files.copy(Path.of(getClass().getResource("/gold/ood/900.txt").toURI()), extra.resolve("900.txt"));
        // Companions of documents in a folder are not documents.
        Files.copy(Path.of(getClass().getResource("/gold/ood/900.targets.csv").toURI()), extra.resolve("900.targets.csv"));
        Files.writeString(extra.resolve("README.md"), "# notes");

        StoreLayout layout = new StoreLayout(tmp.resolve("db"));
        Path first = builder.rebuild(layout, List.of(corpus), inputs("v1")).generation();
        assertThat(layout.current()).contains(first);
        assertThat(documents(layout)).isEqualTo(1);

        LoadReport report = builder.load(layout, List.of(extra));
        assertThat(report.loaded()).extracting(LoadReport.Loaded::file).containsExactly("900.txt");
        assertThat(documents(layout)).isEqualTo(2);
        long afterFirstLoad = triples(layout);
        builder.load(layout, List.of(extra));
        assertThat(triples(layout)).isEqualTo(afterFirstLoad);

        List<Path> inputs = new ArrayList<>(List.of(corpus));
        inputs.addAll(KnowledgeGraphBuilder.keptSources(layout));
        Path second = builder.rebuild(layout, inputs, inputs("v2")).generation();
        assertThat(second).isNotEqualTo(first);
        assertThat(layout.current()).contains(second);
        assertThat(Files.exists(first)).isFalse();
        assertThat(documents(layout)).isEqualTo(2);
        assertThat(triples(layout)).isEqualTo(afterFirstLoad);
    }
}
