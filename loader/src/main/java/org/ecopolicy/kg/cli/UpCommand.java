package org.ecopolicy.kg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.BuildInputs;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.KnowledgeGraphBuilder;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.ecopolicy.kg.store.DatabaseLock;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", description = "Build the KG from the bundled corpus if needed and serve Fuseki with its console.")
final class UpCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    RuleOptions rules;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--timeout", defaultValue = "30", description = "query timeout in seconds (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--rebuild", description = "rebuild even if the database is up to date")
    boolean rebuild;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "100000",
            description = "most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one query may answer; larger answers are refused (default: ${DEFAULT-VALUE})")
    long maxResults;

    @Option(names = "--max-request-mb", paramLabel = "MB", defaultValue = "10",
            description = "largest request body (query, update or data) in MiB; larger requests get HTTP 413 (default: ${DEFAULT-VALUE})")
    int maxRequestMb;

    @Option(names = "--max-concurrent-queries", paramLabel = "N", defaultValue = "0",
            description = "queries run at once, others wait their turn up to the timeout (default: twice the processors)")
    int maxConcurrentQueries;

    @Option(names = "--discard-edits",
            description = "let a rebuild replace document and reference graphs that were changed through the update endpoint (export them first)")
    boolean discardEdits;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "enable the authenticated update and Graph Store write endpoints with this Jetty password file (user: password per line)")
    Path passwordFile;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "enable the admin endpoints /$/… for localhost with an operator's password from this file (same format); without it there is no administration over HTTP")
    Path adminPasswordFile;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "let SPARQL SERVICE call endpoints under this URL (repeatable); by default SERVICE is refused with HTTP 400")
    List<String> allowedServices = new java.util.ArrayList<>();

    @Option(names = "--allow-load", paramLabel = "URL",
            description = "let SPARQL Update LOAD read from under this http(s) URL (repeatable); by default LOAD is refused, and file: always")
    List<String> allowedLoads = new java.util.ArrayList<>();

    @Option(names = "--max-query-kb", paramLabel = "KB", defaultValue = "1024",
            description = "longest query text in KiB, refused with HTTP 413 before parsing (default: ${DEFAULT-VALUE})")
    int maxQueryKb;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "the server's URL as clients see it (behind a reverse proxy), used in the dataset description and as the site writes may come from")
    String publicUrl;

    @Option(names = "--max-concurrent-dumps", paramLabel = "N", defaultValue = "2",
            description = "dumps and dataset descriptions built at once; more get HTTP 503 (default: ${DEFAULT-VALUE})")
    int maxConcurrentDumps;

    /** Says at once that the port is taken, rather than after a build of a minute or more. */
    private void requireFreePort() {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(port));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot listen on port " + port
                    + ": the port is in use (another server?); choose another with --port N");
        }
    }

    @Override
    public Integer call() {
        // Held until this process ends: no other process opens, rebuilds or deletes what it serves.
        DatabaseLock lock = store.lockForWriting("up");
        try {
            return buildAndServe(lock);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private Integer buildAndServe(DatabaseLock lock) {
        long start = System.nanoTime();
        requireFreePort();
        StoreLayout layout = store.layout();
        rules.apply();
        BuildInputs inputsNow = BuildInputs.current(store.base);
        List<String> changes = rebuild ? List.of("--rebuild given") : layout.current()
                .map(gen -> {
                    try (KgStore s = KgStore.connect(gen)) {
                        return inputsNow.changesSince(BuildInputs.recorded(s.info()));
                    }
                }).orElse(List.of("no database yet"));
        if (!changes.isEmpty()) {
            System.err.println("Building the knowledge graph from the bundled corpus: " + String.join("; ", changes));
            Path corpus = BundledCorpus.materialize(layout.root().resolve("bundled-corpus"));
            Pipeline pipeline = new Pipeline(ReferenceData.load(), store.iris());
            List<Path> inputs = new java.util.ArrayList<>(List.of(corpus));
            // Documents loaded earlier with 'ecokg load' are extracted again, not dropped.
            inputs.addAll(KnowledgeGraphBuilder.keptSources(layout));
            var build = new KnowledgeGraphBuilder(pipeline).discardingEdits(discardEdits).rebuild(layout, inputs, inputsNow);
            LoadCommand.print(build.report());
        } else {
            System.err.println("Database is up to date: " + layout.current().orElseThrow());
        }
        KgStore live = KgStore.connect(layout.current().orElseThrow());
        ServerSettings settings = new ServerSettings(port, layout.root().resolve("fuseki-run"),
                Duration.ofSeconds(timeoutSeconds), passwordFile, maxResults, maxRequestMb * 1024L * 1024L);
        settings = settings.withAdminPasswordFile(adminPasswordFile).withAllowedServices(allowedServices)
                .withAllowedLoads(allowedLoads).withMaxQueryBytes(maxQueryKb * 1024L).withPublicBaseUrl(publicUrl)
                .withMaxConcurrentDumps(maxConcurrentDumps);
        if (maxConcurrentQueries > 0) {
            settings = settings.withMaxConcurrentQueries(maxConcurrentQueries);
        }
        KgServer server = KgServer.start(live.dataset(), settings, store.iris());
        lock.serving(server.port(), server.sparqlEndpoint());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("EcoPolicy KG is up in %.1f s: %s  (SPARQL: %s, %d triples; browse: %sid/)%n",
                ms / 1000.0, server.url(), server.sparqlEndpoint(), live.tripleCount(), server.url());
        System.out.flush();
        server.join();
        return 0;
    }
}
