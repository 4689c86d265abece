package org.ecopolicy.kg.serve;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.FusekiServerModules;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki Main with the web console ({@code jena-fuseki-ui}) and the server modules. The dataset is
 * published read-only (SPARQL query and Graph Store read); the admin endpoints ({@code /$/…}) are
 * guarded by the Shiro configuration that restricts them to localhost.
 */
public final class KgServer implements AutoCloseable {

    public static final String DATASET = "/ecokg";

    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts serving {@code dataset}.
     *
     * @param port       0 for any free port
     * @param runArea    folder for Fuseki's own run files (configuration, logs, shiro.ini)
     * @param queryTimeout upper bound on any one query
     */
    public static KgServer start(DatasetGraph dataset, int port, Path runArea, Duration queryTimeout) {
        AdminAccess.prepare(runArea);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        FusekiServer server = FusekiServer.create()
                .port(port)
                .fusekiModules(FusekiServerModules.serverModules())
                .add(DATASET, dataset, false)
                .build()
                .start();
        return new KgServer(server);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** Base URL of the server, e.g. http://localhost:3030/ */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public String sparqlEndpoint() {
        return url() + DATASET.substring(1) + "/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
