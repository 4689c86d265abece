package org.ecopolicy.kg.bench;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.CorpusLoader;
import org.ecopolicy.kg.pipeline.LoadOptions;
import org.ecopolicy.kg.pipeline.LoadReport;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.ecopolicy.kg.store.GraphWriter;
import org.ecopolicy.kg.store.KgStore;

/**
 * The benchmark's child-JVM tasks, each measured in a process of its own:
 * <ul>
 *   <li>{@code build DB THREADS CORPUS OUT [nt-only]}: documents → TDB2 through our loader (what
 *       {@code ecokg up} does), then the loaded data dumped as OUT.nq (per-document graphs, unless
 *       nt-only) and OUT.nt (their union);</li>
 *   <li>{@code load-nq DB FILE}: the N-Quads through our store writer;</li>
 *   <li>{@code tdbloader DB FILE}: the same file through Jena's {@code tdb2.tdbloader};</li>
 *   <li>{@code serve DB RUNAREA}: Fuseki on a free loopback port until "stop" arrives on stdin.</li>
 * </ul>
 */
public final class BenchChild {

    private BenchChild() {
    }

    public static void main(String[] args) throws Exception {
        HeapWatch.install();
        switch (args[0]) {
            case "build" -> build(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]),
                    args.length < 6 || !args[5].equals("nt-only"));
            case "load-nq" -> loadQuads(Path.of(args[1]), Path.of(args[2]));
            case "tdbloader" -> tdbloader(Path.of(args[1]), Path.of(args[2]));
            case "serve" -> serve(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown task " + args[0]);
        }
        memory();
        System.exit(0);
    }

    private static void build(Path db, int threads, Path corpus, Path out, boolean quadsToo) throws IOException {
        long start = System.nanoTime();
        Pipeline pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        long ready = System.nanoTime();
        LoadReport report;
        try (KgStore store = KgStore.connect(db); GraphWriter writer = store.bulkWriter()) {
            report = new CorpusLoader(pipeline, LoadOptions.defaults().withThreads(threads)).load(writer, List.of(corpus));
            ChildJvm.emit("quads", writer.quads());
        }
        long end = System.nanoTime();
        ChildJvm.emit("init_ms", (ready - start) / 1_000_000);
        ChildJvm.emit("load_ms", (end - ready) / 1_000_000);
        ChildJvm.emit("documents", report.loaded().size());
        ChildJvm.emit("problems", report.problems().size());
        memory();
        try (KgStore store = KgStore.connect(db)) {
            dump(store.dataset(), out, quadsToo);
        }
    }

    /**
     * Per-document graphs as N-Quads (unless {@code quadsToo} is false), and the distinct triples of
     * their union as N-Triples. Only subjects shared between graphs (places, organisations, projects,
     * the reference data) can repeat a triple: whatever lies under a document's own IRIs is in its
     * graph alone. So only those are remembered to drop repeats, which keeps the memory small where
     * the union graph's own distinct() would hold every triple.
     */
    private static void dump(DatasetGraph dataset, Path out, boolean quadsToo) throws IOException {
        Path nq = out.resolveSibling(out.getFileName() + ".nq");
        Path nt = out.resolveSibling(out.getFileName() + ".nt");
        String documentScoped = Iris.defaults().base() + "doc/";
        long[] counts = new long[2];
        Txn.executeRead(dataset, () -> {
            try (OutputStream t = new BufferedOutputStream(Files.newOutputStream(nt), 1 << 20)) {
                if (quadsToo) {
                    try (OutputStream q = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
                        StreamRDF quads = StreamRDFWriter.getWriterStream(q, RDFFormat.NQUADS);
                        quads.start();
                        dataset.find().forEachRemaining(x -> {
                            quads.quad(x);
                            counts[0]++;
                        });
                        quads.finish();
                    }
                }
                StreamRDF triples = StreamRDFWriter.getWriterStream(t, RDFFormat.NTRIPLES);
                triples.start();
                Set<Triple> shared = new HashSet<>();
                dataset.find().forEachRemaining(x -> {
                    if (!quadsToo) {
                        counts[0]++;
                    }
                    Triple triple = x.asTriple();
                    boolean own = triple.getSubject().isURI() && triple.getSubject().getURI().startsWith(documentScoped);
                    if (own || shared.add(triple)) {
                        triples.triple(triple);
                        counts[1]++;
                    }
                });
                triples.finish();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ChildJvm.emit("nq_quads", counts[0]);
        ChildJvm.emit("nt_triples", counts[1]);
    }

    /** Streams the N-Quads into our bulk writer, one graph at a time (the dump keeps graphs together). */
    private static void loadQuads(Path db, Path file) {
        long start = System.nanoTime();
        try (KgStore store = KgStore.connect(db); GraphWriter writer = store.bulkWriter()) {
            StreamRDF byGraph = new StreamRDFBase() {
                Node current;
                Graph graph = GraphFactory.createGraphMem();

                @Override
                public void quad(Quad q) {
                    if (current != null && !current.equals(q.getGraph())) {
                        flush();
                    }
                    current = q.getGraph();
                    graph.add(q.asTriple());
                }

                @Override
                public void triple(Triple t) {
                    quad(Quad.create(Quad.defaultGraphIRI, t));
                }

                @Override
                public void finish() {
                    flush();
                }

                private void flush() {
                    if (current != null && !graph.isEmpty()) {
                        writer.replaceGraph(current.getURI(), graph);
                        graph = GraphFactory.createGraphMem();
                    }
                }
            };
            RDFParser.source(file).lang(Lang.NQUADS).parse(byGraph);
            writer.commit();
            ChildJvm.emit("quads", writer.quads());
        }
        ChildJvm.emit("load_ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static void tdbloader(Path db, Path file) {
        long start = System.nanoTime();
        tdb2.tdbloader.main("--loc", db.toString(), "--quiet", file.toString());
        ChildJvm.emit("load_ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static void serve(Path db, Path runArea) throws IOException {
        long start = System.nanoTime();
        try (KgStore store = KgStore.connect(db);
             KgServer server = KgServer.start(store.dataset(),
                     new ServerSettings(0, runArea, Duration.ofSeconds(60), null))) {
            ChildJvm.emit("start_ms", (System.nanoTime() - start) / 1_000_000);
            ChildJvm.emit("port", server.port());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.trim().equals("stop")) {
                if (line.trim().equals("memory")) {
                    memory();
                    ChildJvm.emit("done", "memory");
                }
            }
        }
    }

    private static void memory() {
        ChildJvm.emit("heap_live_peak_mb", HeapWatch.peakLiveMb());
        ChildJvm.emit("heap_max_mb", ProcessMemory.maxHeapMb());
        ChildJvm.emit("rss_peak_mb", ProcessMemory.peakRssMb().orElse(-1));
    }
}
