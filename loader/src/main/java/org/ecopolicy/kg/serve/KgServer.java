package org.ecopolicy.kg.serve;

import java.nio.file.Files;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.FusekiServerModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.Scanner;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
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
    /** The password file's users; it watches the file for changes in a thread of its own. */
    private final UserStore users;

    private KgServer(FusekiServer server, UserStore users) {
        this.server = server;
        this.users = users;
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
        UserStore users = null;
        if (settings.passwordFile() != null) {
            if (!Files.isReadable(settings.passwordFile())) {
                throw new IllegalArgumentException("password file not readable: " + settings.passwordFile());
            }
            // Our own user store rather than builder.passwordFile(): Fuseki starts that one outside
            // Jetty's lifecycle, and its file watcher would outlive the server.
            users = JettySecurityLib.makeUserStore(settings.passwordFile().toString());
            builder.securityHandler(JettySecurityLib.makeSecurityHandler("EcoPolicy KG", users, AuthScheme.BASIC))
                    .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER)
                    .addEndpoint(DATASET, "upload", Operation.Upload, Auth.ANY_USER)
                    .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.ANY_USER);
        }
        FusekiServer server = builder.build();
        try {
            return new KgServer(server.start(), users);
        } catch (RuntimeException e) {
            if (users != null) {
                stopUsers(users);
            }
            throw e;
        }
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
        if (users != null) {
            stopUsers(users);
        }
    }

    /**
     * Stops the user store and the scanner that watches its file with its scheduler: in Jetty 12.1
     * the store only detaches the scanner on stop, and the scanner installs its scheduler as a bean
     * it never stops, so the scheduler's thread would outlive the server.
     */
    private static void stopUsers(UserStore users) {
        List<Scanner> scanners = List.copyOf(users.getBeans(Scanner.class));
        LifeCycle.stop(users);
        for (Scanner scanner : scanners) {
            List<Scheduler> schedulers = List.copyOf(scanner.getBeans(Scheduler.class));
            LifeCycle.stop(scanner);
            schedulers.forEach(scheduler -> LifeCycle.stop(scheduler));
        }
    }
}
