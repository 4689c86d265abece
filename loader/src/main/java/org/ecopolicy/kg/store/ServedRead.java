package org.ecopolicy.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.http.HttpRDF;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The database as the {@code ecokg up} process serving it answers: queries go to its SPARQL
 * endpoint (so its limits apply), and the whole dataset, when a command needs it, is read once
 * from its Graph Store endpoint into a temporary TDB2 database (a consistent snapshot: one read
 * transaction on the server) that is deleted on close.
 */
final class ServedRead implements ReadAccess {

    private final String sparqlUrl;
    private Path snapshotDir;
    private KgStore snapshot;

    ServedRead(String sparqlUrl) {
        this.sparqlUrl = sparqlUrl;
    }

    /** True when the endpoint answers a trivial query. */
    static boolean answers(String sparqlUrl) {
        try {
            return QueryExecHTTP.service(sparqlUrl).query("ASK {}").timeout(5, java.util.concurrent.TimeUnit.SECONDS).ask();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ResultSetRewindable select(Query query) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(sparqlUrl).query(query).build()) {
            return ResultSetFactory.copyResults(ResultSet.adapt(exec.select()));
        }
    }

    @Override
    public synchronized DatasetGraph dataset() {
        if (snapshot == null) {
            String datasetUrl = sparqlUrl.substring(0, sparqlUrl.lastIndexOf('/'));
            try {
                snapshotDir = Files.createTempDirectory("ecokg-snapshot");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary folder for a copy of the served database: "
                        + e.getMessage(), e);
            }
            snapshot = KgStore.connect(snapshotDir);
            DataLoader loader = LoaderFactory.phasedLoader(snapshot.database(), (MonitorOutput) (fmt, args) -> { });
            loader.startBulk();
            try {
                HttpRDF.httpGetToStream(datasetUrl + "/get", Lang.NQUADS.getHeaderString(), loader.stream());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        }
        return snapshot.dataset();
    }

    @Override
    public String source() {
        return sparqlUrl;
    }

    @Override
    public boolean served() {
        return true;
    }

    @Override
    public synchronized void close() {
        if (snapshot != null) {
            snapshot.close();
            StoreLayout.deleteTree(snapshotDir);
            snapshot = null;
        }
    }
}
