package org.ecopolicy.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight concurrent JSON-LD dumps against a server with a 256 MB heap (its own JVM,
 * {@link SmallHeapServer}). JSON-LD is built in memory; one build of these 40 000 triples fits,
 * eight at once did not (OutOfMemoryError, and clients got HTTP 200 with 0 bytes). Now one build
 * runs, the others wait for it or are told to come back (503 with Retry-After), and every 200
 * is the whole dump.
 */
class DumpsInASmallHeapTest {

    private static final int TRIPLES = 40_000;

    @Test
    void eightConcurrentJsonLdDumpsInA256MbHeap(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SmallHeapServer.class.getName(), dir.toString(), Integer.toString(TRIPLES), "2")
                .redirectError(dir.resolve("child.log").toFile()).start();
        try {
            int port = port(child);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<CompletableFuture<HttpResponse<byte[]>>> downloads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                downloads.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dump/ecokg.jsonld"))
                        .timeout(Duration.ofMinutes(4)).build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
            int complete = 0;
            for (var download : downloads) {
                HttpResponse<byte[]> response = download.get();
                if (response.statusCode() == 503) {
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                    continue;
                }
                assertThat(response.statusCode()).isEqualTo(200);
                String body = new String(response.body(), StandardCharsets.UTF_8);
                assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
                assertThat(body).startsWith("{").contains("\"@context\"", "measure/m" + (TRIPLES / 2 - 1)).endsWith("}");
                complete++;
            }
            assertThat(complete).isPositive();
            // The server is still up and answers.
            HttpResponse<String> ask = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/ecokg/sparql?query=" + URLEncoder.encode("ASK { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ask.body()).contains("true");
            assertThat(child.isAlive()).isTrue();
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /** Reads the child's "PORT n" line. */
    private static int port(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null) {
                    if (l.startsWith("PORT ")) {
                        return l;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String found = line.get(2, TimeUnit.MINUTES);
        assertThat(found).as("the child server started").isNotNull();
        return Integer.parseInt(found.substring(5).strip());
    }
}
