package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ecopolicy.kg.query.CatalogueQuery;

/**
 * Virtuoso (Debian's virtuoso-opensource) as a peer: a throw-away database under {@code work},
 * listening on loopback only, filled with its bulk loader ({@code ld_dir} + {@code rdf_loader_run}
 * through isql) and queried over its {@code /sparql} endpoint.
 */
final class VirtuosoPeer {

    static final String SERVER = "virtuoso-t";
    static final String ISQL = "isql-vt";
    private static final String GRAPH = "urn:ecokg:bench";

    private VirtuosoPeer() {
    }

    static boolean available() {
        return Executables.onPath(SERVER) && Executables.onPath(ISQL);
    }

    static PeerResult run(Path work, Path ntFile, List<CatalogueQuery> queries, Latency.Plan plan, Path log) {
        PeerResult result = new PeerResult("virtuoso");
        Process server = null;
        try {
            Path dir = Files.createDirectories(work.resolve("virtuoso-db")).toAbsolutePath();
            Path dataDir = ntFile.toAbsolutePath().getParent();
            int isqlPort = freePort();
            int httpPort = freePort();
            Path ini = dir.resolve("virtuoso.ini");
            Files.writeString(ini, template()
                    .replace("${dir}", dir.toAbsolutePath().toString())
                    .replace("${dataDir}", dataDir.toString())
                    .replace("${isqlPort}", Integer.toString(isqlPort))
                    .replace("${httpPort}", Integer.toString(httpPort)), StandardCharsets.UTF_8);
            server = new ProcessBuilder(SERVER, "-f", "-c", ini.toAbsolutePath().toString()).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            waitForIsql(isqlPort, server);

            long t0 = System.nanoTime();
            isql(isqlPort, log, "ld_dir('" + dataDir + "', '" + ntFile.getFileName() + "', '" + GRAPH + "');",
                    "rdf_loader_run();", "checkpoint;");
            result.loadMs = (System.nanoTime() - t0) / 1_000_000;

            SparqlHttp http = new SparqlHttp("http://127.0.0.1:" + httpPort + "/sparql");
            result.triples = countTriples(http);
            for (CatalogueQuery q : queries) {
                try {
                    result.latencies.put(q.name(), Latency.measure(plan, () -> http.select(q.sparql())));
                } catch (RuntimeException e) {
                    result.errors.put(q.name(), e.getMessage());
                }
            }
            result.rssPeakMb = ProcessMemory.peakRssMb(server.pid()).orElse(-1);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (server != null) {
                server.destroy();
                try {
                    if (!server.waitFor(30, TimeUnit.SECONDS)) {
                        server.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static long countTriples(SparqlHttp http) {
        try {
            // one row per triple would be large: ask for the count as a one-row result instead
            return http.selectCount("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void isql(int port, Path log, String... statements) throws IOException {
        String script = String.join("\n", statements) + "\n";
        Process p = new ProcessBuilder(ISQL, "127.0.0.1:" + port, "dba", "dba")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("isql failed (see " + log + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void waitForIsql(int port, Process server) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IOException("virtuoso-t exited with " + server.exitValue());
            }
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep(200);
            }
        }
        throw new IOException("virtuoso-t did not start within 120 s");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String template() throws IOException {
        try (InputStream in = VirtuosoPeer.class.getResourceAsStream("/bench/virtuoso.ini")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
