package org.ecopolicy.kg.serve;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.FusekiServerModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.pages.DumpSettings;
import org.ecopolicy.kg.serve.pages.LinkedDataModule;

/**
 * Fuseki Main with the web console ({@code jena-fuseki-ui}) and the server modules. The dataset is
 * published read-only to everyone (SPARQL query, Graph Store read). SPARQL Update and Graph Store
 * writes exist only when a password file is configured, on their own endpoints
 * ({@code /ecokg/update}, {@code /ecokg/data}), guarded by {@link WriteGuard}. The admin endpoints
 * ({@code /$/…}) need localhost and an operator's password ({@link AdminGuard}, and
 * {@code serve/shiro.ini}). Queries may not call out or load Java code ({@link QueryPolicy}); every
 * query has a size, time and result bound ({@link BoundedQueryService}); request bodies larger than
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
        CompactJsonResults.install();
        OutboundPolicy outbound = new OutboundPolicy(settings.allowedServices(), settings.allowedLoads(),
                settings.queryTimeout());
        // Updates run with the dataset's context: the same SERVICE switches and timeouts as queries.
        outbound.configure(dataset.getContext(), settings.queryTimeout().toMillis());
        Optional<PasswordFile> operators = Optional.ofNullable(settings.adminPasswordFile()).map(PasswordFile::read);
        AtomicReference<String> publicDescription = new AtomicReference<>("{\"datasets\":[]}");
        Clock clock = Clock.systemUTC();
        AtomicLong dataVersion = new AtomicLong();
        // Fuseki's own modules, then the linked-data pages, dumps and VoID (a module a stock Fuseki can load too)
        List<FusekiModule> modules = new ArrayList<>(FusekiServerModules.serverModules().asList());
        modules.add(new LinkedDataModule(DATASET, iris, new DumpSettings(settings.publicBaseUrl(),
                settings.runArea().resolve("dumps"), dataVersion::get, settings.maxConcurrentDumps())));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .fusekiModules(FusekiModules.create(modules))
                .addFilter("/*", new RequestSizeFilter(settings.maxRequestBytes()))
                .addFilter("/$/*", new AdminGuard(DATASET, operators, new FailureBackoff(clock), publicDescription::get))
                .registerOperation(Operation.Query,
                        new BoundedQueryService(settings.maxResultRows(), settings.queryTimeout(),
                                settings.maxConcurrentQueries(), settings.maxQueryBytes(), outbound))
                .registerOperation(Operation.Update, new GuardedUpdateService(new QueryPolicy(outbound),
                        EditsGraphRouting.forDataset(dataset, iris.editsGraph())))
                .add(DATASET, dataset, false);
        if (settings.passwordFile() != null) {
            // Writes are guarded by WriteGuard (password, Origin, content type), reads stay open.
            // ("/ecokg/*" also matches "/ecokg" itself.)
            builder.addFilter(DATASET + "/*", new WriteGuard(DATASET, PasswordFile.read(settings.passwordFile()),
                            new FailureBackoff(clock), settings.publicBaseUrl(), dataVersion))
                    .addEndpoint(DATASET, "update", Operation.Update)
                    .addEndpoint(DATASET, "data", Operation.GSP_RW);
            if (EditsGraphRouting.readsUnion(dataset)) {
                builder.addFilter(DATASET + "/data", new DefaultGraphStoreWrites(iris.editsGraph()));
            }
        }
        FusekiServer server = builder.build().start();
        outbound.ownPort(server.getHttpPort());
        KgServer kg = new KgServer(server);
        publicDescription.set(kg.publicDescription());
        return kg;
    }

    /**
     * What {@code /$/server} tells anyone but an operator: the dataset and its public (read)
     * endpoints, which the web console needs, and nothing about the server itself.
     */
    private String publicDescription() {
        Map<String, List<String>> services = new TreeMap<>();
        server.getDataAccessPointRegistry().get(DATASET).getDataService().forEachEndpoint(e -> {
            if (e.getOperation() == Operation.Query || e.getOperation() == Operation.GSP_R) {
                services.computeIfAbsent(e.getOperation().getJsonName(), k -> new ArrayList<>()).add(e.getName());
            }
        });
        JsonBuilder json = JsonBuilder.create().startObject().key("datasets").startArray()
                .startObject().pair("ds.name", DATASET).pair("ds.state", true).key("ds.services").startArray();
        services.forEach((type, names) -> {
            json.startObject().pair("srv.type", type).pair("srv.description", type).key("srv.endpoints").startArray();
            names.forEach(name -> json.value(name));
            json.finishArray().finishObject();
        });
        return JSON.toString(json.finishArray().finishObject().finishArray().finishObject().build());
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
