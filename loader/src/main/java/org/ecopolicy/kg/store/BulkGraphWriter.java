package org.ecopolicy.kg.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Fills an empty TDB2 database with Jena's phased bulk loader (the default of
 * {@code tdb2.tdbloader}): node table first, then the indexes built one after another, much faster
 * than per-quad transactional inserts. The optimizer statistics are gathered on the way and
 * written at the commit. Only for a database nobody else reads yet (a new
 * generation); a failed load leaves that generation unused.
 *
 * <p>The loader's index threads are Jena's own: when one dies (a full disk faults its
 * memory-mapped file) the thread feeding them would wait forever. While this writer is open, such
 * a death is caught, the writing thread interrupted, and the failure thrown from this writer.
 */
final class BulkGraphWriter implements GraphWriter {

    private static final MonitorOutput SILENT = (fmt, args) -> { };

    private final DatasetGraph dataset;
    private final Path location;
    private final OptimizerStatistics statistics = new OptimizerStatistics();
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Map<String, Long> sizes = new LinkedHashMap<>();
    private final AtomicReference<Throwable> loaderFailure = new AtomicReference<>();
    private final Thread.UncaughtExceptionHandler previousHandler;
    private long quads;
    private boolean done;

    BulkGraphWriter(DatasetGraph dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        Thread writer = Thread.currentThread();
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            loaderFailure.compareAndSet(null, failure);
            writer.interrupt();
        });
        loader = LoaderFactory.phasedLoader(dataset, SILENT);
        loader.startBulk();
        stream = loader.stream();
        stream.start();
    }

    @Override
    public void replaceGraph(String name, Graph graph) {
        Node graphName = NodeFactory.createURI(name);
        guarded(() -> graph.find().forEachRemaining(t -> {
            Quad quad = Quad.create(graphName, t);
            statistics.record(quad);
            stream.quad(quad);
        }));
        long size = graph.size();
        sizes.merge(name, size, Long::sum);
        quads += size;
    }

    @Override
    public void commit() {
        guarded(() -> {
            stream.finish();
            loader.finishBulk();
        });
        statistics.write(dataset);
        done = true;
    }

    /** Runs a step of the load; a failure of the loader's own threads is thrown here, naming the folder. */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            Throwable cause = loaderFailure.get() != null ? loaderFailure.get() : e;
            Thread.interrupted();
            throw StorageFailure.rethrow(cause, location);
        }
        if (loaderFailure.get() != null) {
            Thread.interrupted();
            throw StorageFailure.rethrow(loaderFailure.get(), location);
        }
    }

    /**
     * After a failure the loader's threads may still die of it (aborting on a closed database);
     * that is already reported: their traces are dropped, everything else goes where it went.
     */
    private static Thread.UncaughtExceptionHandler afterFailure(Thread.UncaughtExceptionHandler previous) {
        return (thread, failure) -> {
            boolean loaderThread = java.util.Arrays.stream(failure.getStackTrace())
                    .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.tdb2.loader"));
            if (loaderThread) {
                return;
            }
            if (previous != null) {
                previous.uncaughtException(thread, failure);
            } else {
                thread.getThreadGroup().uncaughtException(thread, failure);
            }
        };
    }

    @Override
    public long quads() {
        return quads;
    }

    @Override
    public Map<String, Long> sizes() {
        return Map.copyOf(sizes);
    }

    @Override
    public void close() {
        try {
            if (!done && loaderFailure.get() == null) {
                loader.finishException(new IllegalStateException("bulk load abandoned"));
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(loaderFailure.get() == null ? previousHandler : afterFailure(previousHandler));
            Thread.interrupted();
        }
    }
}
