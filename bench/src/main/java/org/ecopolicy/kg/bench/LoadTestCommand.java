package org.ecopolicy.kg.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ecopolicy.kg.cli.RuleOptions;
import org.ecopolicy.kg.cli.StoreOptions;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.BuildInputs;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.CorpusLoader;
import org.ecopolicy.kg.pipeline.KnowledgeGraphBuilder;
import org.ecopolicy.kg.pipeline.LoadReport;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.ecopolicy.kg.store.DatabaseLock;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ecokg loadtest}: serves the database on a free loopback port (never on the network) and
 * runs the whole query catalogue from concurrent clients, reloading documents into the served store
 * part-way through, then prints requests, failures, throughput and latency percentiles. Exits
 * non-zero if any request or the reload failed.
 */
@Command(name = "loadtest", description = "Serve the KG on a free loopback port, run the query catalogue from "
        + "concurrent clients while documents are reloaded, print throughput and p50/p95/p99 latency.")
public final class LoadTestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    RuleOptions rules;

    @Option(names = "--clients", defaultValue = "16", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "how long the clients send (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--max-requests", defaultValue = "1000000",
            description = "stop after this many requests in all (default: ${DEFAULT-VALUE})")
    long maxRequests;

    @Option(names = "--reload-at", paramLabel = "SECONDS",
            description = "when to reload, in seconds from the start (default: half of --seconds)")
    Integer reloadAt;

    @Option(names = "--no-reload", description = "run the clients without reloading")
    boolean noReload;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "documents or folders to reload (default: the bundled corpus)")
    List<Path> reloadPaths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1 || maxRequests < 1) {
            throw new IllegalArgumentException("--clients, --seconds and --max-requests must be positive");
        }
        StoreLayout layout = store.layout();
        try (DatabaseLock lock = store.lockForWriting("loadtest")) {
            return run(layout);
        }
    }

    private Integer run(StoreLayout layout) throws Exception {
        rules.apply();
        Pipeline pipeline = new Pipeline(ReferenceData.load(), store.iris());
        Path bundled = BundledCorpus.materialize(layout.root().resolve("bundled-corpus"));
        if (layout.current().isEmpty()) {
            System.err.println("No database yet: building the knowledge graph from the bundled corpus …");
            new KnowledgeGraphBuilder(pipeline).rebuild(layout, List.of(bundled), BuildInputs.current(store.base()));
        }
        List<Path> inputs = reloadPaths.isEmpty() ? List.of(bundled) : reloadPaths;
        Duration reloadAfter = noReload ? null : Duration.ofSeconds(reloadAt != null ? reloadAt : seconds / 2);
        LoadTest.Settings settings = new LoadTest.Settings(clients, Duration.ofSeconds(seconds), maxRequests, reloadAfter);

        try (KgStore live = KgStore.connect(layout.current().orElseThrow());
             KgServer server = KgServer.start(live.dataset(),
                     ServerSettings.readOnly(0, layout.root().resolve("fuseki-run-loadtest")).withLoopbackOnly(true))) {
            System.err.printf("Load test: %d clients for %d s against %s (%d triples)%s%n", clients, seconds,
                    server.sparqlEndpoint(), live.tripleCount(),
                    reloadAfter == null ? "" : ", reloading " + inputs + " at " + reloadAfter.toSeconds() + " s");
            Runnable reload = () -> {
                LoadReport report = new CorpusLoader(pipeline).load(live, inputs);
                if (report.hasProblems()) {
                    throw new IllegalStateException("reload had problems: " + report.problems());
                }
            };
            LoadTestReport report = new LoadTest(URI.create(server.sparqlEndpoint()),
                    List.copyOf(QueryCatalogue.load().all()), settings).run(reload);
            System.out.print(report.format());
            System.out.flush();
            boolean reloadFailed = report.reload() != null && report.reload().error() != null;
            return report.failures() == 0 && !reloadFailed ? 0 : 1;
        }
    }
}
