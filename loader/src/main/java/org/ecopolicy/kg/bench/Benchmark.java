package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.query.CatalogueQuery;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.KgStore;

/**
 * {@code ecokg bench}: startup, extraction, loading, memory and query latency of our pipeline at
 * several corpus scales, with Jena's {@code tdb2.tdbloader}, Virtuoso and Oxigraph on the same data,
 * as one table (see {@link ResultTable}).
 */
public final class Benchmark {

    /** Goals from the issue. */
    static final double COLD_UP_S = 15;
    static final double WARM_UP_S = 5;
    static final double CHARS_PER_S_PER_CORE = 200_000;
    static final double LOAD_RATIO = 0.8;
    static final double P95_X1_MS = 20;
    static final double P95_X1000_MS = 200;
    static final double VIRTUOSO_RATIO = 1.5;
    static final long HEAP_MB = 2048;
    /** Oxigraph cannot interrupt a query: what is not done after this is reported as a timeout. */
    static final long PEER_DEADLINE_S = 180;

    /** @param quick a handful of query runs only (smoke tests); the figures are then rough */
    public record Options(int[] scales, boolean peers, boolean startup, Path peersDir, Path work, Path csv,
                          int extrapolateTo, boolean quick) {
    }

    private final Options options;
    private final PrintStream log;
    private final ResultTable table = new ResultTable();
    private final Path childLog;

    public Benchmark(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
        try {
            Files.createDirectories(options.work());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.childLog = options.work().resolve("bench.log");
    }

    public ResultTable run() {
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        List<CatalogueQuery> queries = new ArrayList<>(QueryCatalogue.load().all());
        if (options.startup()) {
            startup();
        }
        Pipeline pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        ScaledCorpus generator = new ScaledCorpus(Gazetteer.load());
        // untimed passes first, so the figures are not the JIT compiler's warm-up (cold start has rows of its own)
        Path warmup = generator.write(options.work().resolve("warmup"), 1).folder();
        long warmStart = System.nanoTime();
        for (int i = 0; i < 12 && System.nanoTime() - warmStart < 10_000_000_000L; i++) {
            ExtractionBench.run(pipeline, warmup, 2);
        }
        List<ScaleResult> results = new ArrayList<>();
        for (int scale : options.scales()) {
            results.add(new ScaleRun(scale, pipeline, generator, queries).run());
        }
        extrapolate(results);
        // other work on the machine skews every figure: say how busy it was
        table.add("", "machine", Runtime.getRuntime().availableProcessors() + " cores", "load average (1 min), start / end", "")
                .setText("ecokg", loadBefore + " / " + loadAverage())
                .note("above the core count the timings include waiting for a CPU");
        table.add("", "total", "benchmark run", "wall time", "min")
                .set("ecokg", (System.nanoTime() - started) / 60e9).goal("<= 30", (System.nanoTime() - started) / 60e9 <= 30);
        table.writeCsv(options.csv());
        return table;
    }

    private void startup() {
        Path db = options.work().resolve("startup-db");
        deleteTree(db);
        log.println("startup: cold ecokg up …");
        double cold = StartupBench.secondsToFirstAnswer(db, childLog);
        log.println("startup: warm ecokg up …");
        double warm = StartupBench.secondsToFirstAnswer(db, childLog);
        table.add("1", "startup", "ecokg up, cold (empty --db)", "start to first answer", "s")
                .set("ecokg_http", cold).goal("<= " + (int) COLD_UP_S, cold <= COLD_UP_S);
        table.add("1", "startup", "ecokg up, warm (database reused)", "start to first answer", "s")
                .set("ecokg_http", warm).goal("<= " + (int) WARM_UP_S, warm <= WARM_UP_S);
        deleteTree(db);
    }

    /** What one scale measured that the extrapolation needs. */
    record ScaleResult(int scale, long characters, double extractSeconds1, long quads, double buildSeconds,
                       Map<String, Latency> http) {
    }

    private final class ScaleRun {
        private final int scale;
        private final Pipeline pipeline;
        private final ScaledCorpus generator;
        private final List<CatalogueQuery> queries;
        private final String s;
        private final Path dir;

        ScaleRun(int scale, Pipeline pipeline, ScaledCorpus generator, List<CatalogueQuery> queries) {
            this.scale = scale;
            this.pipeline = pipeline;
            this.generator = generator;
            this.queries = queries;
            this.s = Integer.toString(scale);
            this.dir = options.work().resolve("x" + scale);
        }

        ScaleResult run() {
            deleteTree(dir);
            ScaledCorpus.Generated corpus = generator.write(dir.resolve("corpus"), scale);
            log.printf("x%d: %d documents, %d characters%n", scale, corpus.documents(), corpus.characters());

            ExtractionBench.Result one = ExtractionBench.run(pipeline, corpus.folder(), 1);
            ExtractionBench.Result two = ExtractionBench.run(pipeline, corpus.folder(), 2);
            log.printf("x%d: extraction %.0f chars/s (1 thread), %.0f chars/s (2 threads)%n", scale,
                    one.charsPerSecond(), two.charsPerSecond());
            table.add(s, "extract", corpus.documents() + " docs, " + corpus.characters() + " chars, 1 thread",
                    "throughput", "chars/s").set("ecokg", one.charsPerSecond())
                    .goal(">= 200000 per core", one.charsPerSecond() >= CHARS_PER_S_PER_CORE);
            table.add(s, "extract", "2 threads", "throughput", "chars/s").set("ecokg", two.charsPerSecond())
                    .set("ratio", two.charsPerSecond() / one.charsPerSecond())
                    .goal(">= 400000 on 2 cores", two.charsPerSecond() >= 2 * CHARS_PER_S_PER_CORE)
                    .note("ratio = speed-up over 1 thread");

            Path db = dir.resolve("db-ecokg");
            Path dump = dir.resolve("data");
            log.printf("x%d: loading documents into TDB2 (child JVM, -Xmx2g) …%n", scale);
            Map<String, String> build = ChildJvm.run("2g", childLog, 3600, "build", db.toString(), "2",
                    corpus.folder().toString(), dump.toString());
            long quads = Long.parseLong(build.get("quads"));
            double buildSeconds = Long.parseLong(build.get("load_ms")) / 1000.0;
            table.add(s, "load", "documents → TDB2, end to end (2 threads)", "throughput", "triples/s")
                    .set("ecokg", quads / buildSeconds)
                    .note(String.format("%d quads in %.1f s = %.0f chars/s; + %.1f s start-up",
                            quads, buildSeconds, corpus.characters() / buildSeconds,
                            Long.parseLong(build.get("init_ms")) / 1000.0));

            Path nq = dir.resolve("data.nq");
            Path nt = dir.resolve("data.nt");
            log.printf("x%d: N-Quads through our writer and through tdb2.tdbloader …%n", scale);
            Map<String, String> ours = ChildJvm.run("2g", childLog, 3600, "load-nq", dir.resolve("db-nq").toString(), nq.toString());
            Map<String, String> jena = ChildJvm.run("2g", childLog, 3600, "tdbloader", dir.resolve("db-tdbloader").toString(), nq.toString());
            deleteTree(dir.resolve("db-nq"));
            deleteTree(dir.resolve("db-tdbloader"));
            long nqQuads = Long.parseLong(build.get("nq_quads"));
            long ntTriples = Long.parseLong(build.get("nt_triples"));
            double oursRate = nqQuads * 1000.0 / Long.parseLong(ours.get("load_ms"));
            double jenaRate = nqQuads * 1000.0 / Long.parseLong(jena.get("load_ms"));

            Latency.Plan plan = plan(scale);
            log.printf("x%d: queries in-process …%n", scale);
            Map<String, Latency> inProcess;
            try (KgStore store = KgStore.connect(db)) {
                inProcess = QueryBench.inProcess(store, queries, plan);
            }
            log.printf("x%d: queries over HTTP (server in a child JVM, -Xmx2g) …%n", scale);
            ServerChild server = ServerChild.start(db, dir.resolve("fuseki-run"), childLog);
            Map<String, Latency> http;
            Map<String, String> serverMemory;
            try {
                http = QueryBench.http(server.endpoint(), queries, plan);
                serverMemory = server.memory();
            } finally {
                server.stop();
            }
            PeerResult virtuoso = null;
            PeerResult oxigraph = null;
            if (options.peers()) {
                if (VirtuosoPeer.available()) {
                    log.printf("x%d: Virtuoso …%n", scale);
                    virtuoso = VirtuosoPeer.run(dir, nt, queries, plan, childLog);
                } else {
                    log.println("Virtuoso not installed (bench/install-peers.sh); skipped");
                }
                if (OxigraphPeer.available(options.peersDir())) {
                    log.printf("x%d: Oxigraph …%n", scale);
                    // fastest first (by our own figures): a query Oxigraph cannot finish in time then costs the fewest others
                    List<CatalogueQuery> fastFirst = queries.stream()
                            .sorted(java.util.Comparator.comparingDouble(q -> inProcess.get(q.name()).p50Ms())).toList();
                    oxigraph = OxigraphPeer.run(dir, options.peersDir(), nt, fastFirst, plan, childLog, PEER_DEADLINE_S);
                } else {
                    log.println("Oxigraph not installed (bench/install-peers.sh); skipped");
                }
            }
            for (PeerResult peer : java.util.Arrays.asList(virtuoso, oxigraph)) {
                if (peer != null) {
                    peer.errors.forEach((q, e) -> log.printf("x%d: %s did not answer %s: %s%n", scale, peer.store, q, e));
                }
            }
            table.add(s, "load", String.format("%d quads (TDB2: .nq) / %d triples (peers: .nt)", nqQuads, ntTriples),
                    "throughput", "triples/s")
                    .set("ecokg", oursRate).set("tdb2_tdbloader", jenaRate)
                    .set("virtuoso", virtuoso == null ? Double.NaN : virtuoso.triplesPerSecond())
                    .set("oxigraph", oxigraph == null ? Double.NaN : oxigraph.triplesPerSecond())
                    .set("ratio", oursRate / jenaRate)
                    .goal(">= 0.8 (ecokg / tdbloader)", oursRate / jenaRate >= LOAD_RATIO);
            table.add(s, "memory", "load", "peak live heap", "MiB")
                    .setText("ecokg", build.get("heap_live_peak_mb")).setText("tdb2_tdbloader", jena.get("heap_live_peak_mb"))
                    .goal("<= 2048 (-Xmx2g)", Long.parseLong(build.get("heap_live_peak_mb")) <= HEAP_MB)
                    .note("ecokg = documents → TDB2; after-GC peak");
            table.add(s, "memory", "load", "peak RSS", "MiB")
                    .setText("ecokg", build.get("rss_peak_mb")).setText("tdb2_tdbloader", jena.get("rss_peak_mb"))
                    .set("virtuoso", virtuoso == null ? Double.NaN : virtuoso.rssPeakMb)
                    .set("oxigraph", oxigraph == null ? Double.NaN : oxigraph.rssPeakMb)
                    .note("peers: load and queries, whole process");

            table.add(s, "memory", "server (after all queries)", "peak live heap", "MiB")
                    .setText("ecokg_http", serverMemory.get("heap_live_peak_mb"))
                    .goal("<= 2048 (-Xmx2g)", Long.parseLong(serverMemory.get("heap_live_peak_mb")) <= HEAP_MB);
            table.add(s, "memory", "server (after all queries)", "peak RSS", "MiB")
                    .setText("ecokg_http", serverMemory.get("rss_peak_mb"));

            for (CatalogueQuery q : queries) {
                Latency in = inProcess.get(q.name());
                Latency web = http.get(q.name());
                Latency v = virtuoso == null ? null : virtuoso.latencies.get(q.name());
                Latency o = oxigraph == null ? null : oxigraph.latencies.get(q.name());
                String rows = rowsNote(q.name(), in, web, virtuoso, v, oxigraph, o);
                double bound = scale >= 1000 ? P95_X1000_MS : P95_X1_MS;
                for (boolean p95 : new boolean[] {false, true}) {
                    ResultTable.Row row = table.add(s, "query", q.name(), p95 ? "p95" : "p50", "ms")
                            .set("ecokg", pick(in, p95)).set("ecokg_http", pick(web, p95))
                            .set("virtuoso", pick(v, p95)).set("oxigraph", pick(o, p95));
                    if (v != null) {
                        row.set("ratio", pick(web, p95) / pick(v, p95));
                    }
                    if (p95) {
                        String goal = (scale == 1 || scale >= 1000 ? "<= " + (int) bound + " ms; " : "")
                                + "<= 1.5x virtuoso";
                        Boolean ok = v == null ? null : web.p95Ms() <= VIRTUOSO_RATIO * v.p95Ms();
                        if (scale == 1 || scale >= 1000) {
                            ok = (ok == null || ok) && web.p95Ms() <= bound;
                        }
                        row.goal(goal, ok).note(rows);
                    }
                }
            }
            return new ScaleResult(scale, corpus.characters(), one.seconds(), quads, buildSeconds, http);
        }

        private String rowsNote(String name, Latency in, Latency web, PeerResult virtuoso, Latency v, PeerResult oxigraph, Latency o) {
            StringBuilder sb = new StringBuilder("rows " + in.rows() + "/" + web.rows());
            if (virtuoso != null) {
                sb.append("/").append(v != null ? Long.toString(v.rows()) : failure(virtuoso, name));
            }
            if (oxigraph != null) {
                sb.append("/").append(o != null ? Long.toString(o.rows()) : failure(oxigraph, name));
            }
            return sb.toString();
        }
    }

    /** "timeout" or "error" for a query a peer did not answer (the message goes to the log). */
    private static String failure(PeerResult peer, String query) {
        return peer.errors.getOrDefault(query, "").startsWith("timeout") ? "timeout" : "error";
    }

    private static double pick(Latency l, boolean p95) {
        return l == null ? Double.NaN : p95 ? l.p95Ms() : l.p50Ms();
    }

    /** Fewer runs on larger data, but never fewer than 5 timed runs after 2 warm-ups. */
    private Latency.Plan plan(int scale) {
        if (options.quick()) {
            return new Latency.Plan(1, 3, 3, 0);
        }
        return scale <= 10 ? new Latency.Plan(3, 20, 100, 2000) : new Latency.Plan(2, 5, 40, 3000);
    }

    /**
     * Figures for a scale not measured, from the two largest measured ones: linear in corpus size for
     * extraction and load time, and a straight line through the two p95 latencies. Marked as such.
     */
    private void extrapolate(List<ScaleResult> results) {
        int target = options.extrapolateTo();
        if (target <= 0 || results.size() < 2 || results.stream().anyMatch(r -> r.scale() >= target)) {
            return;
        }
        ScaleResult a = results.get(results.size() - 2);
        ScaleResult b = results.get(results.size() - 1);
        double factor = (double) target / b.scale();
        String s = target + " (extrapolated)";
        String from = "from x" + a.scale() + " and x" + b.scale();
        table.add(s, "extract", "1 thread", "time", "s").set("ecokg", b.extractSeconds1() * factor)
                .note("linear in characters, " + from);
        table.add(s, "load", "documents → TDB2, end to end (2 threads)", "time", "s")
                .set("ecokg", b.buildSeconds() * factor).note("linear in characters, " + from);
        for (String name : b.http().keySet()) {
            double pa = a.http().get(name).p95Ms();
            double pb = b.http().get(name).p95Ms();
            double slope = (pb - pa) / (b.scale() - a.scale());
            double p = pb + slope * (target - b.scale());
            table.add(s, "query", name, "p95", "ms").set("ecokg_http", Math.max(p, pb))
                    .goal("<= " + (int) P95_X1000_MS + " ms", Math.max(p, pb) <= P95_X1000_MS)
                    .note("straight line " + from);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a left-over folder is overwritten next run
        }
    }
}
