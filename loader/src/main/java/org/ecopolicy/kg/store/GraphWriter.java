package org.ecopolicy.kg.store;

import org.apache.jena.graph.Graph;

/**
 * Writes whole named graphs into a store, one after another, as they are produced, so a large
 * corpus never has to sit in memory at once. Nothing is visible to readers before {@link #commit()};
 * closing without a commit discards everything written.
 */
public interface GraphWriter extends AutoCloseable {

    /** Replaces the named graph {@code name} with the triples of {@code graph}. */
    void replaceGraph(String name, Graph graph);

    /** Makes everything written visible, atomically. */
    void commit();

    /** Quads written so far. */
    long quads();

    /** Triples written so far per graph name, to tell later whether anyone else changed the graph. */
    java.util.Map<String, Long> sizes();

    /** Aborts unless committed. */
    @Override
    void close();
}
