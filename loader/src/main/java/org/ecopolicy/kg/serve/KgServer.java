package org.ecopolicy.kg.serve;

import java.nio.file.Files;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.FusekiServerModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.pages.LinkedDataSite;

/**
 * Fuseki Main with the web console ({@code jena-fuseki-ui}) and the server modules. The dataset is
 * published read-only to everyone (SPARQL query, Graph Store read). SPARQL Update and uploads exist
 * only when a password file is configured, on their own endpoints ({@code /ecokg/update},
 * {@code /ecokg/upload}, {@code /ecokg/data}) behind HTTP basic authentication. The admin
 * endpoints ({@code /$/…}) answer only to localhost (see {@code serve/shiro.ini}).
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
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .fusekiModules(FusekiServerModules.serverModules())
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
        return new KgServer(builder.build().start());
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
