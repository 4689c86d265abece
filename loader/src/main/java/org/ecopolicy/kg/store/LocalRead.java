package org.ecopolicy.kg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;

/** The live generation opened in this process, under the folder's lock (released on close). */
final class LocalRead implements ReadAccess {

    private final DatabaseLock lock;
    private final KgStore store;

    LocalRead(DatabaseLock lock, KgStore store) {
        this.lock = lock;
        this.store = store;
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return ReadAccess.select(store.dataset(), query);
    }

    @Override
    public DatasetGraph dataset() {
        return store.dataset();
    }

    @Override
    public String source() {
        return store.location().toString();
    }

    @Override
    public boolean served() {
        return false;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
