package org.ecopolicy.kg.store;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Read access to the database of a {@code --db} folder, wherever it is: the local TDB2 database
 * (when no other process holds the folder) or the {@code ecokg up} process serving it, over HTTP.
 * Obtained from {@link StoreAccess#openForReading}; commands that read ({@code query},
 * {@code table}, {@code export}, {@code eval}, {@code search}) use only this, so they work
 * whether or not a server runs.
 */
public interface ReadAccess extends AutoCloseable {

    /** Runs a SELECT query on {@code dataset} in one read transaction; the answer outlives it. */
    static ResultSetRewindable select(DatasetGraph dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qexec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset)).build()) {
                return ResultSetFactory.copyResults(qexec.execSelect());
            }
        });
    }

    /** Runs a SELECT query and materialises its answer (one read transaction, or one HTTP request). */
    ResultSetRewindable select(Query query);

    /**
     * The whole dataset, union default graph included: the live database itself, or, through a
     * server, a consistent copy of it (one read of the served dataset) in a temporary database.
     */
    DatasetGraph dataset();

    /** Where the answers come from, for messages: a database folder or a SPARQL endpoint. */
    String source();

    /** True when the answers come from a serving process. */
    boolean served();

    @Override
    void close();
}
