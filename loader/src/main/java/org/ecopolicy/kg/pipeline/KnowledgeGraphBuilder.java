package org.ecopolicy.kg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.read.DocumentReader;
import org.ecopolicy.kg.store.GraphSizes;
import org.ecopolicy.kg.store.GraphWriter;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StorageFailure;
import org.ecopolicy.kg.store.StoreLayout;

/**
 * Builds and updates the database under a {@code --db} folder. A full build goes into a new
 * generation that is switched in only when complete; an incremental load is one TDB2 write
 * transaction on the live generation. Either way a failure leaves the previous data as it was.
 * The caller holds the folder's {@link org.ecopolicy.kg.store.DatabaseLock}.
 */
public final class KnowledgeGraphBuilder {

    public static final String FINGERPRINT = "fingerprint";
    public static final String BASE = "base";
    static final String SOURCES = "sources";

    private final Pipeline pipeline;
    private final LoadOptions options;
    private final boolean discardEdits;

    public KnowledgeGraphBuilder(Pipeline pipeline) {
        this(pipeline, LoadOptions.defaults());
    }

    public KnowledgeGraphBuilder(Pipeline pipeline, LoadOptions options) {
        this(pipeline, options, false);
    }

    private KnowledgeGraphBuilder(Pipeline pipeline, LoadOptions options, boolean discardEdits) {
        this.pipeline = pipeline;
        this.options = options;
        this.discardEdits = discardEdits;
    }

    /** A builder whose rebuilds and loads replace loader graphs even when the update endpoint changed them. */
    public KnowledgeGraphBuilder discardingEdits(boolean discard) {
        return new KnowledgeGraphBuilder(pipeline, options, discard);
    }

    public record Build(Path generation, LoadReport report) {
    }

    /**
     * Builds a fresh database from {@code inputs} beside the live one and switches to it. Graphs
     * written through the update endpoint that the loader does not produce are carried over; a
     * rebuild that would replace changes made inside the loader's graphs refuses (see
     * {@link #discardingEdits}). A failed build leaves no generation behind.
     */
    public Build rebuild(StoreLayout layout, List<Path> inputs, BuildInputs buildInputs) {
        // Left-overs of a build that was killed or failed: nobody else uses them (we hold the lock).
        layout.removeStaleGenerations();
        LiveEdits edits = layout.current().map(this::liveEdits).orElse(LiveEdits.none());
        if (!edits.changed().isEmpty() && !discardEdits) {
            throw new IllegalStateException(edits.refusal(layout.root()));
        }
        Path generation = layout.newGeneration();
        LoadReport report;
        try {
            try (KgStore store = KgStore.connect(generation);
                 GraphWriter writer = store.bulkWriter()) {
                // a new generation nobody reads yet: the bulk loader may fill it; it is switched in only when complete
                report = new CorpusLoader(pipeline, options).load(writer, inputs, (loaded, w) -> {
                    edits.copyInto(w);
                    edits.kept().forEach((graph, size) -> loaded.note("kept " + size + " triples of "
                            + (graph.equals(LiveEdits.DEFAULT_GRAPH) ? "the default graph" : "<" + graph + ">")
                            + ", written through the update endpoint"));
                });
                Properties info = new Properties();
                buildInputs.store(info);
                info.setProperty(BASE, pipeline.iris().base());
                store.writeInfo(info);
                GraphSizes.record(generation, writer.sizes(), true);
            }
        } catch (RuntimeException | Error e) {
            StorageFailure storage = StorageFailure.of(e, generation);  // before the clean-up frees space
            StoreLayout.deleteGeneration(generation);
            throw StorageFailure.rethrow(storage != null ? storage : e, generation);
        }
        layout.switchTo(generation);
        layout.removeStaleGenerations();
        return new Build(generation, report);
    }

    private LiveEdits liveEdits(Path live) {
        String base;
        try (KgStore store = KgStore.connect(live)) {
            base = store.info().getProperty(BASE, pipeline.iris().base());
        }
        return LiveEdits.find(live, new Iris(base));
    }

    /**
     * Loads documents into the live database (created empty if there is none). The loaded files
     * are kept under {@code sources/} of the database folder, so a later rebuild (a new version of
     * the pipeline, say) extracts them again instead of dropping them; the copies are written
     * before the commit, so no committed document lacks its copy.
     */
    public LoadReport load(StoreLayout layout, List<Path> inputs) {
        layout.removeStaleGenerations();
        boolean created = layout.current().isEmpty();
        Path live = layout.current().orElseGet(() -> {
            Path generation = layout.newGeneration();
            try {
                KgStore.connect(generation).close();
            } catch (RuntimeException | Error e) {
                StoreLayout.deleteGeneration(generation);
                throw StorageFailure.rethrow(e, generation);
            }
            layout.switchTo(generation);
            return generation;
        });
        LoadedSources sources = new LoadedSources(layout.root().resolve(SOURCES));
        Iris iris = pipeline.iris();
        if (!discardEdits) {
            // the load replaces the graphs of its documents and the reference graph
            List<String> replaced = new java.util.ArrayList<>(List.of(iris.referenceGraph()));
            CorpusLoader.expand(inputs, new LoadReport()).forEach(f ->
                    replaced.add(iris.documentGraph(DocumentReader.idOf(f.getFileName().toString()))));
            java.util.Map<String, String> changed = LiveEdits.changedAmong(live, replaced);
            if (!changed.isEmpty()) {
                throw new IllegalStateException(LiveEdits.refusal(live, changed, "this load", layout.root()));
            }
        }
        Path[] batch = {null};
        LoadReport report = null;
        try {
            try (KgStore store = KgStore.connect(live)) {
                // copies left by a load that died before its commit: their documents are not in the database
                sources.dropUncommitted(file -> store.containsGraph(iris.documentGraph(DocumentReader.idOf(file))));
                try (GraphWriter writer = store.transactionalWriter()) {
                    report = new CorpusLoader(pipeline, options).load(writer, inputs, (loaded, w) -> {
                        batch[0] = sources.keep(loaded.loaded());
                        GraphSizes.recordPending(live, w.sizes());
                    });
                    GraphSizes.record(live, writer.sizes(), false);
                }
            }
        } catch (RuntimeException | Error e) {
            StorageFailure storage = StorageFailure.of(e, live);  // before the clean-up frees space
            if (report == null && batch[0] != null) {
                sources.discard(batch[0]);  // copies of documents that were never committed
            }
            if (report == null && created) {
                layout.forget(live);  // the first load failed: no database, as before
            }
            throw StorageFailure.rethrow(storage != null ? storage : e, live);
        }
        return report;
    }

    /** Folders of documents loaded earlier with {@link #load}, to include in a rebuild. */
    public static List<Path> keptSources(StoreLayout layout) {
        return new LoadedSources(layout.root().resolve(SOURCES)).folders();
    }
}
