package org.ecopolicy.kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 database holding one named graph per document plus the reference graph. Queries see the
 * union of all named graphs as the default graph. Every change is one write transaction: it
 * commits whole or not at all, and concurrent readers see the graph before or after it.
 */
public final class KgStore implements AutoCloseable {

    private static final String INFO_FILE = "ecokg.properties";

    private final Path location;
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;

    private KgStore(Path location, DatasetGraph tdb, DatasetGraph dataset) {
        this.location = location;
        this.tdb = tdb;
        this.dataset = dataset;
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    // TDB2 hands out one shared dataset per folder; it is released when the last user closes it.
    private static final Map<Path, Integer> OPEN = new HashMap<>();
    // The same for the full-text index beside it (Lucene allows one writer per folder).
    private static final Map<Path, DatasetGraph> INDEXED = new HashMap<>();

    /** Opens (or creates) the TDB2 database in {@code location}. */
    public static KgStore connect(Path location) {
        Path key = location.toAbsolutePath().normalize();
        synchronized (OPEN) {
            OPEN.merge(key, 1, Integer::sum);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(key.toString());
            return new KgStore(key, tdb, INDEXED.computeIfAbsent(key, k -> TextIndex.open(tdb, k)));
        }
    }

    public Path location() {
        return location;
    }

    /** The TDB2 database alone, past the full-text index: for bulk loading a copy nobody searches. */
    DatasetGraph database() {
        return tdb;
    }

    /** The database with its full-text index: every read and write goes through it. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * A writer holding one write transaction, for the calling thread: everything it writes becomes
     * visible at its commit, or never.
     */
    public GraphWriter transactionalWriter() {
        return new TransactionalGraphWriter(dataset);
    }

    /**
     * A writer using TDB2's bulk loader, several times faster than transactional inserts, for a
     * database that is empty and that nobody reads yet (a new generation). Statistics for the query
     * optimiser are written when it commits.
     */
    public GraphWriter bulkWriter() {
        if (!isEmpty()) {
            throw new IllegalStateException("bulk loading needs an empty database: " + location);
        }
        // the bulk loader writes TDB2's files directly, past the index: index everything at its commit
        return new IndexAfterCommit(new BulkGraphWriter(tdb, location), () -> TextIndex.reindex(dataset));
    }

    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.listGraphNodes().forEachRemaining(g -> n[0] += dataset.getGraph(g).size());
            return n[0];
        });
    }

    public boolean containsGraph(String name) {
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(org.apache.jena.graph.NodeFactory.createURI(name)));
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.listGraphNodes().hasNext());
    }

    /** Build facts kept beside the database (corpus fingerprint, base IRI). */
    public Properties info() {
        Properties props = new Properties();
        Path file = location.resolve(INFO_FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return props;
    }

    public void writeInfo(Properties props) {
        Path file = location.resolve(INFO_FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "EcoPolicy KG build information");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        synchronized (OPEN) {
            int users = OPEN.merge(location, -1, Integer::sum);
            if (users <= 0) {
                OPEN.remove(location);
                DatasetGraph indexed = INDEXED.remove(location);
                if (indexed instanceof org.apache.jena.query.text.DatasetGraphText text) {
                    text.getTextIndex().close();
                }
                // Releases the connection cache entry and the file lock, so the folder can be reopened or removed.
                TDBInternal.expel(tdb);
            }
        }
    }

    /** A writer whose commit is followed by an action (indexing what a bulk load wrote). */
    private record IndexAfterCommit(GraphWriter writer, Runnable after) implements GraphWriter {
        @Override
        public void replaceGraph(String name, org.apache.jena.graph.Graph graph) {
            writer.replaceGraph(name, graph);
        }

        @Override
        public void commit() {
            writer.commit();
            after.run();
        }

        @Override
        public long quads() {
            return writer.quads();
        }

        @Override
        public java.util.Map<String, Long> sizes() {
            return writer.sizes();
        }

        @Override
        public void close() {
            writer.close();
        }
    }
}
