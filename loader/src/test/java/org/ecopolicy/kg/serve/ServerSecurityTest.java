package org.ecopolicy.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security model over real HTTP on loopback: read-only to the public, update and upload only
 * with a password from the password file, admin only from 127.0.0.1/::1, and bounds on query time,
 * result size and request bodies. Each server holds its own small in-memory dataset, so the
 * updates made here touch no other test's data.
 */
class ServerSecurityTest {

    private static final int SUBJECTS = 2000;
    /** One client for the burst of concurrent queries (GETs only). */
    private static final HttpClient CONCURRENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final long MAX_ROWS = 500;
    private static final long MAX_BODY = 16 * 1024;

    @TempDir
    static Path tmp;

    private static KgServer open;
    private static KgServer guarded;
    private static DatasetGraph guardedData;

    @BeforeAll
    static void start() throws IOException {
        open = KgServer.start(sampleData(), ServerSettings.readOnly(0, tmp.resolve("run-open"))
                .withMaxResultRows(MAX_ROWS).withMaxRequestBytes(MAX_BODY).withQueryTimeout(Duration.ofSeconds(2)));
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret-Pass\n");
        guardedData = sampleData();
        guarded = KgServer.start(guardedData, ServerSettings.readOnly(0, tmp.resolve("run-guarded"))
                .withPasswordFile(passwords));
    }

    @AfterAll
    static void stop() {
        open.close();
        guarded.close();
    }

    /** SUBJECTS resources with two triples each, in the default graph. */
    private static DatasetGraph sampleData() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node type = NodeFactory.createURI("urn:ex:type");
        for (int i = 0; i < SUBJECTS; i++) {
            Node s = NodeFactory.createURI("urn:ex:s" + i);
            dsg.add(Quad.defaultGraphIRI, s, label, NodeFactory.createLiteralString("s" + i));
            dsg.add(Quad.defaultGraphIRI, s, type, NodeFactory.createURI("urn:ex:Thing"));
        }
        return dsg;
    }

    /**
     * A new connection per request: after refusing a write Jetty may close the connection without
     * reading the body, and a client reusing it for the next request would read nothing (a POST is
     * not retried).
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder post(KgServer server, String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> query(KgServer server, String sparql) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint() + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static final String INSERT = "INSERT DATA { <urn:ex:new> <urn:ex:p> \"added\" }";
    private static final String ASK_NEW = "ASK { <urn:ex:new> <urn:ex:p> \"added\" }";

    @Test
    void withoutPasswordFileThereIsNoWayToWrite() throws Exception {
        assertThat(open.endpoints()).noneMatch(e -> e.contains("update") || e.contains("upload") || e.contains("gsp-rw"));
        assertThat(guarded.endpoints()).contains("update=update", "data=gsp-rw").noneMatch(e -> e.startsWith("upload="));
        // Fuseki answers 405 for a POST to a name that is no endpoint of the dataset.
        assertThat(send(post(open, "ecokg/update", "application/sparql-update", INSERT)).statusCode()).isIn(404, 405);
        assertThat(send(post(open, "ecokg/upload", "text/turtle", "<urn:ex:new> <urn:ex:p> \"added\" .")).statusCode())
                .isIn(404, 405);
        assertThat(send(post(open, "ecokg/data", "text/turtle", "<urn:ex:new> <urn:ex:p> \"added\" .")).statusCode())
                .isIn(404, 405);
        // The dataset URL itself and the query endpoint do not take updates or data either.
        assertThat(send(post(open, "ecokg", "application/sparql-update", INSERT)).statusCode()).isBetween(400, 499);
        assertThat(send(post(open, "ecokg/sparql", "application/sparql-update", INSERT)).statusCode()).isBetween(400, 499);
        assertThat(send(post(open, "ecokg", "text/turtle", "<urn:ex:new> <urn:ex:p> \"added\" .")).statusCode())
                .isBetween(400, 499);
        assertThat(query(open, ASK_NEW).body()).contains("false");
        // Reading stays open to everyone.
        assertThat(query(open, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").body()).contains("\"" + 2 * SUBJECTS + "\"");
    }

    @Test
    void updatesAndUploadsNeedThePasswordFromThePasswordFile() throws Exception {
        assertThat(send(post(guarded, "ecokg/update", "application/sparql-update", INSERT)).statusCode()).isEqualTo(401);
        assertThat(send(post(guarded, "ecokg/update", "application/sparql-update", INSERT)
                .header("Authorization", basic("editor", "wrong"))).statusCode()).isEqualTo(401);
        assertThat(send(post(guarded, "ecokg/data?default", "text/turtle", "<urn:ex:up> <urn:ex:p> \"up\" ."))
                .statusCode()).isEqualTo(401);
        assertThat(query(guarded, ASK_NEW).body()).contains("false");

        int ok = send(post(guarded, "ecokg/update", "application/sparql-update", INSERT)
                .header("Authorization", basic("editor", "s3cret-Pass"))).statusCode();
        assertThat(ok).isBetween(200, 299);
        assertThat(query(guarded, ASK_NEW).body()).contains("true");

        int uploaded = send(post(guarded, "ecokg/data?default", "text/turtle", "<urn:ex:up> <urn:ex:p> \"up\" .")
                .header("Authorization", basic("editor", "s3cret-Pass"))).statusCode();
        assertThat(uploaded).isBetween(200, 299);
        assertThat(query(guarded, "ASK { <urn:ex:up> <urn:ex:p> \"up\" }").body()).contains("true");
        // The public query endpoint still refuses updates, even with the password.
        assertThat(send(post(guarded, "ecokg/sparql", "application/sparql-update", "DELETE WHERE { ?s ?p ?o }")
                .header("Authorization", basic("editor", "s3cret-Pass"))).statusCode()).isBetween(400, 499);
        assertThat(query(guarded, ASK_NEW).body()).contains("true");
    }

    @Test
    void withoutAnAdminPasswordFileThereIsNoAdministrationEvenFromLocalhost() throws Exception {
        // 127.0.0.1 is "localhost" to the admin filters; 127.0.0.2 is another loopback address, which
        // stands in here for a remote machine (the filters let through exactly 127.0.0.1 and ::1).
        String local = rawGet(open, "127.0.0.1", "/$/datasets");
        assertThat(local).startsWith("HTTP/1.1 403")
                .contains("Administration over HTTP is off: start the server with --admin-password-file to enable it.");
        assertThat(rawGet(open, "127.0.0.2", "/$/datasets")).startsWith("HTTP/1.1 403");
        assertThat(rawGet(open, "127.0.0.2", "/$/backup/ecokg")).startsWith("HTTP/1.1 403");
        assertThat(rawGet(open, "127.0.0.2", "/$/compact/ecokg")).startsWith("HTTP/1.1 403");
        assertThat(rawGet(open, "127.0.0.2", "/$/tasks")).startsWith("HTTP/1.1 403");
        assertThat(rawGet(open, "127.0.0.1", "/$/metrics")).startsWith("HTTP/1.1 403");
        // What the console needs, and the data, stay public; /$/server says nothing about the server.
        assertThat(rawGet(open, "127.0.0.2", "/$/ping")).startsWith("HTTP/1.1 200");
        assertThat(rawGet(open, "127.0.0.2", "/ecokg/sparql?query=ASK%7B%7D")).startsWith("HTTP/1.1 200");
        String server = rawGet(open, "127.0.0.2", "/$/server");
        assertThat(server).startsWith("HTTP/1.1 200").contains("\"ds.name\" : \"/ecokg\"", "\"sparql\"")
                .doesNotContain("version", "uptime", "startDateTime");
    }

    /** A GET sent from {@code localAddress} (a loopback address) to the server on 127.0.0.1; the whole response. */
    private static String rawGet(KgServer server, String localAddress, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHugeAnswerIsRefusedWithAClearErrorAndTheServerStaysUp() throws Exception {
        HttpResponse<String> cross = query(open, "SELECT * { ?a ?b ?c . ?d ?e ?f }");
        assertThat(cross.statusCode()).isEqualTo(400);
        assertThat(cross.body()).contains("Result too large: more than 500 rows (the server's limit). "
                + "Add LIMIT and OFFSET to page through the answer, or narrow the query.");
        HttpResponse<String> construct = query(open, "CONSTRUCT { ?a ?b ?d . ?d ?e ?a } { ?a ?b ?c . ?d ?e ?f }");
        assertThat(construct.statusCode()).isEqualTo(400);
        assertThat(construct.body()).contains("more than 500 triples");
        HttpResponse<String> describe = query(open, "DESCRIBE ?s { ?s ?p ?o }");
        assertThat(describe.statusCode()).isEqualTo(400);
        assertThat(describe.body()).contains("more than 500 triples");
        HttpResponse<String> smallConstruct = query(open, "CONSTRUCT { ?s ?p ?o } { ?s ?p ?o } LIMIT 10");
        assertThat(smallConstruct.statusCode()).isEqualTo(200);
        // A page within the bound is answered, and so is an answer of exactly the bound.
        HttpResponse<String> page = query(open, "SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 20 OFFSET 100000");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().split("\"a\":").length - 1).isEqualTo(20);
        HttpResponse<String> exact = query(open, "SELECT ?s { ?s <urn:ex:type> ?t } LIMIT 500");
        assertThat(exact.statusCode()).isEqualTo(200);
        assertThat(exact.body().split("\"s\":").length - 1).isEqualTo(500);
        assertThat(query(open, "ASK { <urn:ex:s7> ?p ?o }").body()).contains("true");
    }

    @Test
    void aQueryRunningPastTheTimeoutIsCancelledAndTheServerStaysUp() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> slow = query(open, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(slow.body()).containsIgnoringCase("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(query(open, "ASK { <urn:ex:s7> ?p ?o }").body()).contains("true");
        // A request's own ?timeout may shorten the limit but not lift it.
        BoundedQueryService service = new BoundedQueryService(10, Duration.ofSeconds(2), 1);
        assertThat(service.effectiveTimeout(null)).isEqualTo(2000);
        assertThat(service.effectiveTimeout("1")).isEqualTo(1000);
        assertThat(service.effectiveTimeout("3600")).isEqualTo(2000);
        assertThat(service.effectiveTimeout("junk")).isEqualTo(2000);
    }

    @Test
    void queriesBeyondTheConcurrencyLimitWaitTheirTurnAndAreAnswered(@TempDir Path run) throws Exception {
        try (KgServer single = KgServer.start(sampleData(), ServerSettings.readOnly(0, run)
                .withLoopbackOnly(true).withMaxConcurrentQueries(1))) {
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(CONCURRENT.sendAsync(HttpRequest.newBuilder(URI.create(single.sparqlEndpoint() + "?query="
                        + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o . ?s ?q ?r }", StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (var answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"" + 4 * SUBJECTS + "\"");
            }
        }
        assertThat(BoundedQueryService.busyMessage(30_000))
                .isEqualTo("Server busy: no query slot became free within 30 s. Try again later.");
    }

    @Test
    void anOversizedRequestBodyIsRejected() throws Exception {
        String padding = "#" + "x".repeat((int) MAX_BODY) + "\n";
        HttpResponse<String> sized = send(post(open, "ecokg/sparql", "application/sparql-query", padding + "ASK {}"));
        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(sized.body()).contains("Request body too large: more than 16384 bytes (the server's limit).");
        // The same body without a Content-Length (chunked) is cut off as well.
        byte[] bytes = (padding + "ASK {}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(open.sparqlEndpoint()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        HttpResponse<String> small = send(post(open, "ecokg/sparql", "application/sparql-query", "#small\nASK {}"));
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void defaultsAreSane() {
        ServerSettings defaults = ServerSettings.readOnly(0, tmp);
        assertThat(defaults.queryTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxResultRows()).isEqualTo(100_000);
        assertThat(defaults.maxRequestBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(defaults.passwordFile()).isNull();
    }

}
