package org.ecopolicy.kg.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.KnowledgeGraphBuilder;
import org.ecopolicy.kg.pipeline.LoadReport;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;

/**
 * The bundled corpus built once per test JVM into a real TDB2 database in a temporary folder,
 * through the same builder {@code ecokg up} uses.
 */
public final class TestKnowledgeGraph {

    private static TestKnowledgeGraph instance;

    public final Path dbRoot;
    public final StoreLayout layout;
    public final KgStore store;
    public final LoadReport report;
    public final Pipeline pipeline;

    private TestKnowledgeGraph() throws IOException {
        dbRoot = Files.createTempDirectory("ecokg-test-db");
        layout = new StoreLayout(dbRoot);
        pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        Path corpus = BundledCorpus.materialize(dbRoot.resolve("bundled-corpus"));
        report = new KnowledgeGraphBuilder(pipeline).rebuild(layout, List.of(corpus), org.ecopolicy.kg.pipeline.BuildInputs.current(pipeline.iris().base())).report();
        store = KgStore.connect(layout.current().orElseThrow());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            deleteTree(dbRoot);
        }));
    }

    public static synchronized TestKnowledgeGraph get() {
        if (instance == null) {
            try {
                instance = new TestKnowledgeGraph();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temp folder; nothing to do
        }
    }
}
