package org.ecopolicy.kg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One TDB2 write transaction on a live database, held by the thread that opened it: readers keep
 * seeing the data before it until the commit.
 */
final class TransactionalGraphWriter implements GraphWriter {

    private final DatasetGraph dataset;
    private final java.util.Map<String, Long> sizes = new java.util.LinkedHashMap<>();
    private long quads;
    private boolean done;

    TransactionalGraphWriter(DatasetGraph dataset) {
        this.dataset = dataset;
        dataset.begin(TxnType.WRITE);
    }

    @Override
    public void replaceGraph(String name, Graph graph) {
        Node graphName = NodeFactory.createURI(name);
        dataset.removeGraph(graphName);
        // quads straight into the dataset: no per-triple graph-view indirection
        graph.find().forEachRemaining(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        long size = graph.size();
        sizes.put(name, size);
        quads += size;
    }

    @Override
    public java.util.Map<String, Long> sizes() {
        return java.util.Map.copyOf(sizes);
    }

    @Override
    public void commit() {
        dataset.commit();
        done = true;
    }

    @Override
    public long quads() {
        return quads;
    }

    @Override
    public void close() {
        if (!done) {
            dataset.abort();
        }
        dataset.end();
    }
}
