package org.ecopolicy.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopolicy.kg.serve.AttackTest.basic;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dumps and the dataset description under a burst: built once per data version, one build at a
 * time, every 200 a complete body with its length; rebuilt after a write. The description names
 * the configured public URL, whatever Host header a client sends.
 */
class ExpensivePagesTest {

    private static DatasetGraph data() {
        DatasetGraph dsg = AttackTest.sampleData();
        Node graph = NodeFactory.createURI("urn:ex:graph");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        for (int i = 0; i < 2000; i++) {
            dsg.add(graph, NodeFactory.createURI("urn:ex:n" + i), label, NodeFactory.createLiteralString("名称 " + i));
        }
        return dsg;
    }

    @Test
    void eightConcurrentJsonLdDumpsCostOneBuildAndAllGetTheWholeDump(@TempDir Path run) throws Exception {
        Path editors = run.resolve("editors");
        Files.writeString(editors, "editor: s3cret-Pass\n");
        try (KgServer server = KgServer.start(data(), ServerSettings.readOnly(0, run.resolve("run")).withLoopbackOnly(true)
                .withPasswordFile(editors).withMaxConcurrentDumps(1))) {
            HttpClient client = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<byte[]>>> downloads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                downloads.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "dump/ecokg.jsonld")).build(),
                        HttpResponse.BodyHandlers.ofByteArray()));
            }
            byte[] first = null;
            for (var download : downloads) {
                HttpResponse<byte[]> response = download.get();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("urn:ex:n1999", "名称 1999");
                if (first == null) {
                    first = response.body();
                }
                assertThat(response.body()).isEqualTo(first);
            }
            Path cache = run.resolve("run").resolve("dumps");
            try (Stream<Path> files = Files.list(cache)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("v0-ecokg.jsonld");
            }
            // A write makes the next dump a new build that holds it.
            HttpResponse<String> update = client.send(HttpRequest.newBuilder(URI.create(server.url() + "ecokg/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic("editor", "s3cret-Pass"))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:ex:graph> { <urn:ex:later> <urn:ex:p> \"later\" } }"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isBetween(200, 299);
            String after = client.send(HttpRequest.newBuilder(URI.create(server.url() + "dump/ecokg.nt")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(after).contains("<urn:ex:later>");
        }
    }

    @Test
    void theDatasetDescriptionNamesThePublicUrlNotTheHostHeader(@TempDir Path run) throws Exception {
        try (KgServer server = KgServer.start(data(), ServerSettings.readOnly(0, run).withLoopbackOnly(true)
                .withPublicBaseUrl("https://kg.example.org/"))) {
            String description = rawGet(server.port(), "/.well-known/void", "evil.example:666");
            assertThat(description).startsWith("HTTP/1.1 200").contains("https://kg.example.org/ecokg/sparql",
                    "https://kg.example.org/dump/ecokg.jsonld").doesNotContain("evil.example");
        }
        try (KgServer server = KgServer.start(data(), ServerSettings.readOnly(0, run.resolve("local")).withLoopbackOnly(true))) {
            String description = rawGet(server.port(), "/.well-known/void", "evil.example:666");
            assertThat(description).contains("http://localhost:" + server.port() + "/ecokg/sparql").doesNotContain("evil.example");
        }
    }

    private static String rawGet(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
