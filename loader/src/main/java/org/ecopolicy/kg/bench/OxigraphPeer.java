package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
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

    static PeerResult run(Path work, Path peersDir, Path ntFile, List<CatalogueQuery> queries, Latency.Plan plan, Path log) {
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
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("oxigraph script failed (exit " + p.exitValue() + "); see " + log);
            }
            JsonObject report = JSON.parse(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
            result.loadMs = Math.round(report.get("load_ms").getAsNumber().value().doubleValue());
            result.triples = report.get("triples").getAsNumber().value().longValue();
            result.rssPeakMb = report.get("rss_peak_mb").getAsNumber().value().longValue();
            for (JsonValue v : report.get("queries").getAsArray()) {
                JsonObject q = v.getAsObject();
                String name = q.get("name").getAsString().value();
                if (q.hasKey("error")) {
                    result.errors.put(name, q.get("error").getAsString().value());
                    continue;
                }
                List<Double> samples = new ArrayList<>();
                q.get("samples").getAsArray().forEach(s -> samples.add(s.getAsNumber().value().doubleValue()));
                result.latencies.put(name, Latency.of(samples, q.get("rows").getAsNumber().value().longValue()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
