package org.ecopolicy.kg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.ecopolicy.kg.store.GraphWriter;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;

/**
 * Builds and updates the database under a {@code --db} folder. A full build goes into a new
 * generation that is switched in only when complete; an incremental load is one TDB2 write
 * transaction on the live generation. Either way a failure leaves the previous data as it was.
 */
public final class KnowledgeGraphBuilder {

    public static final String FINGERPRINT = "fingerprint";
    public static final String BASE = "base";
    static final String SOURCES = "sources";

    private final Pipeline pipeline;
    private final LoadOptions options;

    public KnowledgeGraphBuilder(Pipeline pipeline) {
        this(pipeline, LoadOptions.defaults());
    }

    public KnowledgeGraphBuilder(Pipeline pipeline, LoadOptions options) {
        this.pipeline = pipeline;
        this.options = options;
    }

    public record Build(Path generation, LoadReport report) {
    }

    /** Builds a fresh database from {@code inputs} beside the live one and switches to it. */
    public Build rebuild(StoreLayout layout, List<Path> inputs, BuildInputs buildInputs) {
        Path generation = layout.newGeneration();
        LoadReport report;
        try (KgStore store = KgStore.connect(generation);
             GraphWriter writer = store.bulkWriter()) {
            // a new generation nobody reads yet: the bulk loader may fill it; it is switched in only when complete
            report = new CorpusLoader(pipeline, options).load(writer, inputs);
            Properties info = new Properties();
            buildInputs.store(info);
            info.setProperty(BASE, pipeline.iris().base());
            store.writeInfo(info);
        }
        layout.switchTo(generation);
        layout.removeStaleGenerations();
        return new Build(generation, report);
    }

    /**
     * Loads documents into the live database (created empty if there is none). The loaded files
     * are kept under {@code sources/} of the database folder, so a later rebuild (a new version of
     * the pipeline, say) extracts them again instead of dropping them.
     */
    public LoadReport load(StoreLayout layout, List<Path> inputs) {
        Path live = layout.current().orElseGet(() -> {
            Path generation = layout.newGeneration();
            KgStore.connect(generation).close();
            layout.switchTo(generation);
            return generation;
        });
        LoadReport report;
        try (KgStore store = KgStore.connect(live)) {
            report = new CorpusLoader(pipeline, options).load(store, inputs);
        }
        new LoadedSources(layout.root().resolve(SOURCES)).keep(report.loaded());
        return report;
    }

    /** Folders of documents loaded earlier with {@link #load}, to include in a rebuild. */
    public static List<Path> keptSources(StoreLayout layout) {
        return new LoadedSources(layout.root().resolve(SOURCES)).folders();
    }
}
