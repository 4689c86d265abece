package org.ecopolicy.kg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.CorpusLoader;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.ecopolicy.kg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of the load test (2 clients, 2 s) with a reload in the middle: no request fails. */
class LoadTestSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void twoClientsForTwoSecondsWithAReloadHaveNoFailures() throws Exception {
        Pipeline pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        Path corpus = BundledCorpus.materialize(tmp.resolve("corpus"));
        try (KgStore store = KgStore.connect(tmp.resolve("db"));
             KgServer server = KgServer.start(store.dataset(),
                     ServerSettings.readOnly(0, tmp.resolve("run")).withLoopbackOnly(true))) {
            new CorpusLoader(pipeline).load(store, List.of(corpus));
            AtomicInteger reloads = new AtomicInteger();
            LoadTest test = new LoadTest(URI.create(server.sparqlEndpoint()), List.copyOf(QueryCatalogue.load().all()),
                    new LoadTest.Settings(2, Duration.ofSeconds(2), 100_000, Duration.ofSeconds(1)));
            LoadTestReport report = test.run(() -> {
                new CorpusLoader(pipeline).load(store, List.of(corpus.resolve("004_b6acf62b5d9e0109.txt")));
                reloads.incrementAndGet();
            });
            assertThat(reloads.get()).isEqualTo(1);
            assertThat(report.reload().error()).isNull();
            assertThat(report.failures()).as(report.format()).isZero();
            assertThat(report.requests()).isPositive();
            assertThat(report.p50Millis()).isPositive().isLessThanOrEqualTo(report.p95Millis());
            assertThat(report.p95Millis()).isLessThanOrEqualTo(report.p99Millis());
            assertThat(report.format()).contains("requests: " + report.requests() + ", failures: 0")
                    .contains("throughput: ").contains("latency: p50 ").contains("reload: started at");
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (i + 1) * 1_000_000L;
        }
        assertThat(LoadTestReport.percentile(ms, 50)).isEqualTo(50.0);
        assertThat(LoadTestReport.percentile(ms, 95)).isEqualTo(95.0);
        assertThat(LoadTestReport.percentile(ms, 99)).isEqualTo(99.0);
        assertThat(LoadTestReport.percentile(new long[] {7_000_000L}, 99)).isEqualTo(7.0);
    }

    @Test
    void theCommandRunsOnAFreshDatabaseFolder() {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = EcoKgBench.run("loadtest", "--db", tmp.resolve("fresh").toString(), "--clients", "2", "--seconds", "2");
        } finally {
            System.setOut(oldOut);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("clients: 2").contains("failures: 0").contains("p99");
    }
}
