package org.ecopolicy.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * The attacks of issue 11 against a real server on loopback, each of which worked before: a
 * public query making the server call out (another listener, its own admin, a tarpit), a regular
 * expression the timeout could not stop, a query text of megabytes, a Java extension function,
 * and an editor's LOAD of a local file.
 */
class AttackTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    static Path tmp;

    private static KgServer server;
    private static HttpServer listener;
    private static final AtomicInteger listenerHits = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            listenerHits.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[{}]}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret-Pass\n");
        server = KgServer.start(sampleData(), ServerSettings.readOnly(0, tmp.resolve("run"))
                .withLoopbackOnly(true).withQueryTimeout(TIMEOUT).withPasswordFile(passwords));
    }

    @AfterAll
    static void stop() {
        server.close();
        listener.stop(0);
    }

    static DatasetGraph sampleData() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        for (int i = 0; i < 100; i++) {
            dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:ex:s" + i), label, NodeFactory.createLiteralString("s" + i));
        }
        return dsg;
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest get(KgServer kg, String sparql, String extra) {
        return HttpRequest.newBuilder(URI.create(kg.sparqlEndpoint() + "?query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8) + extra))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(20)).build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void serviceToAnotherListenerIsRefusedAndTheListenerSeesNoRequest() throws Exception {
        String target = "http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql";
        for (String query : List.of("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
                "ASK { FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }",
                "SELECT * { VALUES ?e { <" + target + "> } SERVICE ?e { ?s ?p ?o } }")) {
            HttpResponse<String> response = send(get(server, query, ""));
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("SERVICE");
            assertThat(response.body()).as(query).containsAnyOf("SERVICE is not allowed on this server",
                    "SERVICE with a variable endpoint is not allowed");
        }
        assertThat(listenerHits.get()).isZero();
    }

    @Test
    void serviceToTheServersOwnAdminIsRefused() throws Exception {
        String backup = "http://127.0.0.1:" + server.port() + "/$/backup/ecokg";
        HttpResponse<String> response = send(get(server, "SELECT * { SERVICE SILENT <" + backup + "> {} }", ""));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("SERVICE is not allowed on this server");
        assertThat(tmp.resolve("run").resolve("backups")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void anAllowListNeverIncludesTheServerItselfAndOnlyCoversItsOwnUrls(@TempDir Path run) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String listed = "http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql";
        try (KgServer allowing = KgServer.start(sampleData(), ServerSettings.readOnly(port, run).withLoopbackOnly(true)
                .withAllowedServices(List.of("http://127.0.0.1:" + port + "/", listed)))) {
            HttpResponse<String> self = send(get(allowing,
                    "SELECT * { SERVICE <http://127.0.0.1:" + port + "/$/backup/ecokg> {} }", ""));
            assertThat(self.statusCode()).isEqualTo(400);
            assertThat(self.body()).contains("SERVICE to this server itself is not allowed");
            HttpResponse<String> other = send(get(allowing,
                    "SELECT * { SERVICE <http://127.0.0.1:" + listener.getAddress().getPort() + "/sparqlx> {} }", ""));
            assertThat(other.statusCode()).isEqualTo(400);
            assertThat(other.body()).contains("not under any --allow-service URL");
            int before = listenerHits.get();
            HttpResponse<String> allowed = send(get(allowing, "SELECT * { SERVICE <" + listed + "> {} }", ""));
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(listenerHits.get()).isEqualTo(before + 1);
        }
    }

    @Test
    void aServiceThatNeverAnswersEndsWithinTheTimeout(@TempDir Path run) throws Exception {
        try (ServerSocket tarpit = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread accepter = new Thread(() -> {
                try {
                    while (!tarpit.isClosed()) {
                        held.add(tarpit.accept());
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            accepter.start();
            String url = "http://127.0.0.1:" + tarpit.getLocalPort() + "/sparql";
            try (KgServer allowing = KgServer.start(sampleData(), ServerSettings.readOnly(0, run).withLoopbackOnly(true)
                    .withQueryTimeout(TIMEOUT).withAllowedServices(List.of(url)))) {
                long start = System.nanoTime();
                HttpResponse<String> response = send(get(allowing, "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }", ""));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(took).isLessThan(TIMEOUT.plusSeconds(2));
                assertThat(response.statusCode()).isBetween(400, 599);
                assertThat(held).isNotEmpty();
            } finally {
                tarpit.close();
                accepter.join(5000);
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aCatastrophicRegexStopsAtTheTimeoutWhileOthersAreAnswered() throws Exception {
        String redos = "SELECT * { BIND(\"" + "a".repeat(40) + "!\" AS ?x) FILTER REGEX(?x, \"(.*a){12}$\") }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient()
                .sendAsync(get(server, redos, "&timeout=2"), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        long askStart = System.nanoTime();
        HttpResponse<String> ask = send(get(server, "ASK { <urn:ex:s7> ?p ?o }", ""));
        assertThat(Duration.ofNanos(System.nanoTime() - askStart)).isLessThan(Duration.ofSeconds(1));
        assertThat(ask.body()).contains("true");
        HttpResponse<String> answer = slow.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2 + 2));
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).containsIgnoringCase("timed out");
        // REPLACE and fn:matches are guarded the same way; an ordinary regex still answers.
        String replace = "SELECT (REPLACE(\"" + "a".repeat(40) + "!\", \"(.*a){12}$\", \"x\") AS ?y) {}";
        long replaceStart = System.nanoTime();
        assertThat(send(get(server, replace, "&timeout=1")).statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - replaceStart)).isLessThan(Duration.ofSeconds(1 + 2));
        String exists = "ASK { FILTER EXISTS { BIND(\"" + "a".repeat(40) + "!\" AS ?x) FILTER REGEX(?x, \"(.*a){12}$\") } }";
        long existsStart = System.nanoTime();
        assertThat(send(get(server, exists, "&timeout=1")).statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - existsStart)).isLessThan(Duration.ofSeconds(1 + 2));
        HttpResponse<String> normal = send(get(server,
                "SELECT (REPLACE(\"s7-x\", \"-x$\", \"\") AS ?y) { ?s ?p ?o FILTER REGEX(?o, \"^S7$\", \"i\") }", ""));
        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(normal.body()).containsPattern("\"value\":\\s*\"s7\"").doesNotContain("s70");
    }

    @Test
    void aQueryTextOfMegabytesIsRefusedBeforeParsing() throws Exception {
        String text = "#" + "x".repeat(5 * 1024 * 1024) + "\nASK {}";
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Query text too large: more than 1048576 bytes (the server's limit).");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(send(get(server, "ASK { <urn:ex:s7> ?p ?o }", "")).body()).contains("true");
    }

    @Test
    void javaExtensionFunctionsAreRefused() throws Exception {
        HttpResponse<String> function = send(get(server,
                "SELECT * { BIND(<java:org.apache.jena.sparql.function.library.sha1sum>(\"x\") AS ?y) }", ""));
        assertThat(function.statusCode()).isEqualTo(400);
        assertThat(function.body()).contains("Java extension functions (java: IRIs) are not allowed on this server");
        HttpResponse<String> property = send(get(server,
                "SELECT * { ?x <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }", ""));
        assertThat(property.statusCode()).isEqualTo(400);
        assertThat(property.body()).contains("Java extension property functions");
    }

    @Test
    void anEditorCannotLoadLocalFilesOrCallOut() throws Exception {
        Path secret = tmp.resolve("secret.ttl");
        Files.writeString(secret, "<urn:ex:secret> <urn:ex:p> \"secret\" .\n");
        String target = "http://127.0.0.1:" + listener.getAddress().getPort() + "/data.ttl";
        for (String update : List.of("LOAD <" + secret.toUri() + ">", "LOAD <" + target + ">",
                "INSERT { <urn:ex:a> <urn:ex:b> ?o } WHERE { SERVICE <" + target + "> { ?s ?p ?o } }")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url() + "ecokg/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic("editor", "s3cret-Pass"))
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build());
            assertThat(response.statusCode()).as(update).isEqualTo(400);
            assertThat(response.body()).as(update).containsAnyOf("LOAD from a file is not allowed",
                    "LOAD is not allowed on this server", "SERVICE is not allowed on this server");
        }
        assertThat(listenerHits.get()).isZero();
        assertThat(send(get(server, "ASK { <urn:ex:secret> ?p ?o }", "")).body()).contains("false");
    }
}
