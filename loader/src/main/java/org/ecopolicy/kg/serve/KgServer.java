package org.ecopolicy.kg.serve;

import java.nio.file.Files;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.FusekiServerModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.pages.LinkedDataSite;

/**
 * Fuseki Main with the web console ({@code jena-fuseki-ui}) and the server modules. The dataset is
 * published read-only to everyone (SPARQL query, Graph Store read). SPARQL Update and uploads exist
 * only when a password file is configured, on their own endpoints ({@code /ecokg/update},
 * {@code /ecokg/upload}, {@code /ecokg/data}) behind HTTP basic authentication. The admin
 * endpoints ({@code /$/…}) answer only to localhost (see {@code serve/shiro.ini}). Every query
 * has a timeout and a result-size bound ({@link BoundedQueryService}); request bodies larger than
 * the configured limit are refused with HTTP 413 before they are read.
 */
public final class KgServer implements AutoCloseable {

    public static final String DATASET = "/ecokg";

    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    public static KgServer start(DatasetGraph dataset, ServerSettings settings) {
        return start(dataset, settings, Iris.defaults());
    }

    /** Starts the server; entity IRIs under {@code iris.base()} are served at {@code /id/…}. */
    public static KgServer start(DatasetGraph dataset, ServerSettings settings, Iris iris) {
        AdminAccess.prepare(settings.runArea());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .fusekiModules(FusekiServerModules.serverModules())
                .addFilter("/*", new RequestSizeFilter(settings.maxRequestBytes()))
                .registerOperation(Operation.Query,
                        new BoundedQueryService(settings.maxResultRows(), settings.queryTimeout(),
                                settings.maxConcurrentQueries()))
                .add(DATASET, dataset, false);
        LinkedDataSite.install(builder, dataset, iris);
        if (settings.passwordFile() != null) {
            if (!Files.isReadable(settings.passwordFile())) {
                throw new IllegalArgumentException("password file not readable: " + settings.passwordFile());
            }
            builder.passwordFile(settings.passwordFile().toString())
                    .auth(AuthScheme.BASIC)
                    .realm("EcoPolicy KG")
                    .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER)
                    .addEndpoint(DATASET, "upload", Operation.Upload, Auth.ANY_USER)
                    .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.ANY_USER);
        }
        FusekiServer server = builder.build();
        return new KgServer(server.start());
    }

    /** The dataset's endpoints as {@code name=operation} ({@code ""} names the dataset URL itself). */
    public java.util.SortedSet<String> endpoints() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        server.getDataAccessPointRegistry().get(DATASET).getDataService()
                .forEachEndpoint(e -> names.add(e.getName() + "=" + e.getOperation().getName()));
        return names;
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
