package org.ecopolicy.kg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Fills an empty TDB2 database with Jena's phased bulk loader (the default of
 * {@code tdb2.tdbloader}): node table first, then the indexes built one after another, much faster
 * than per-quad transactional inserts. The optimizer statistics are gathered on the way and
 * written at the commit. Only for a database nobody else reads yet (a new
 * generation); a failed load leaves that generation unused.
 */
final class BulkGraphWriter implements GraphWriter {

    private static final MonitorOutput SILENT = (fmt, args) -> { };

    private final DatasetGraph dataset;
    private final OptimizerStatistics statistics = new OptimizerStatistics();
    private final DataLoader loader;
    private final StreamRDF stream;
    private long quads;
    private boolean done;

    BulkGraphWriter(DatasetGraph dataset) {
        this.dataset = dataset;
        loader = LoaderFactory.phasedLoader(dataset, SILENT);
        loader.startBulk();
        stream = loader.stream();
        stream.start();
    }

    @Override
    public void replaceGraph(String name, Graph graph) {
        Node graphName = NodeFactory.createURI(name);
        graph.find().forEachRemaining(t -> {
            Quad quad = Quad.create(graphName, t);
            statistics.record(quad);
            stream.quad(quad);
        });
        quads += graph.size();
    }

    @Override
    public void commit(Derivation derivation) {
        stream.finish();
        loader.finishBulk();
        // The bulk-loaded data is readable only now; the generation is not live yet, so a second
        // transaction is still invisible to every reader.
        Txn.executeWrite(dataset, () -> derivation.derive(dataset).forEach((name, graph) -> {
            Node graphName = NodeFactory.createURI(name);
            graph.find().forEachRemaining(t -> {
                Quad quad = Quad.create(graphName, t);
                statistics.record(quad);
                dataset.add(quad);
            });
            quads += graph.size();
        }));
        statistics.write(dataset);
        done = true;
    }

    @Override
    public long quads() {
        return quads;
    }

    @Override
    public void close() {
        if (!done) {
            loader.finishException(new IllegalStateException("bulk load abandoned"));
        }
    }
}
