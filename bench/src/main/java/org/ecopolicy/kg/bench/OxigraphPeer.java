package org.ecopolicy.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.ecopolicy.kg.query.CatalogueQuery;

/**
 * Oxigraph (npm package oxigraph, in Node) as a peer: {@code bench/peers/oxigraph-bench.js} loads the
 * N-Triples into an in-memory store and times the same queries in-process; this class runs it and
 * reads its JSON report.
 */
final class OxigraphPeer {

    static final String SCRIPT = "oxigraph-bench.js";

    private OxigraphPeer() {
    }

    static boolean available(Path peersDir) {
        return Executables.onPath("node") && Files.isRegularFile(peersDir.resolve(SCRIPT))
                && Files.isDirectory(peersDir.resolve("node_modules/oxigraph"));
    }

    private static final String END = "\u0000end";

    /** Runs the script; queries still running at the deadline are reported as timed out. */
    static PeerResult run(Path work, Path peersDir, Path ntFile, List<CatalogueQuery> queries, Latency.Plan plan, Path log,
                          long deadlineSeconds) {
        PeerResult result = new PeerResult("oxigraph");
        try {
            JsonArray list = new JsonArray();
            for (CatalogueQuery q : queries) {
                JsonObject o = new JsonObject();
                o.put("name", q.name());
                o.put("query", q.sparql());
                list.add(o);
            }
            Path queriesFile = work.resolve("oxigraph-queries.json");
            Files.writeString(queriesFile, JSON.toString(list), StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of("node", "--max-old-space-size=4096",
                    peersDir.resolve(SCRIPT).toAbsolutePath().toString(), ntFile.toAbsolutePath().toString(),
                    queriesFile.toAbsolutePath().toString(), Integer.toString(plan.warmups()),
                    Integer.toString(plan.minRuns()), Integer.toString(plan.maxRuns()), Long.toString(plan.budgetMs())));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    out.lines().forEach(lines::add);
                } catch (IOException e) {
                    // the process was stopped
                } finally {
                    lines.add(END);
                }
            }, "oxigraph-output");
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
            String line;
            while ((line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null
                    && !line.equals(END)) {
                if (line.startsWith("{")) {
                    read(JSON.parse(line), result);
                }
                result.rssPeakMb = Math.max(result.rssPeakMb, ProcessMemory.peakRssMb(p.pid()).orElse(-1));
            }
            if (p.isAlive()) {
                result.rssPeakMb = Math.max(result.rssPeakMb, ProcessMemory.peakRssMb(p.pid()).orElse(-1));
                p.destroyForcibly();
                for (CatalogueQuery q : queries) {
                    if (!result.latencies.containsKey(q.name()) && !result.errors.containsKey(q.name())) {
                        result.errors.put(q.name(), "timeout: not done within " + deadlineSeconds + " s");
                    }
                }
            }
            p.waitFor(30, TimeUnit.SECONDS);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void read(JsonObject line, PeerResult result) {
        if (line.hasKey("load_ms")) {
            result.loadMs = Math.round(line.get("load_ms").getAsNumber().value().doubleValue());
            result.triples = line.get("triples").getAsNumber().value().longValue();
        } else if (line.hasKey("rss_peak_mb")) {
            result.rssPeakMb = Math.max(result.rssPeakMb, line.get("rss_peak_mb").getAsNumber().value().longValue());
        } else if (line.hasKey("name")) {
            String name = line.get("name").getAsString().value();
            if (line.hasKey("error")) {
                result.errors.put(name, line.get("error").getAsString().value());
                return;
            }
            List<Double> samples = new ArrayList<>();
            line.get("samples").getAsArray().forEach(s -> samples.add(s.getAsNumber().value().doubleValue()));
            result.latencies.put(name, Latency.of(samples, line.get("rows").getAsNumber().value().longValue()));
        }
    }
}
