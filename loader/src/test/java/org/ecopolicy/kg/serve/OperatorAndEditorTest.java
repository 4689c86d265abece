package org.ecopolicy.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopolicy.kg.serve.AttackTest.basic;
import static org.ecopolicy.kg.serve.AttackTest.get;
import static org.ecopolicy.kg.serve.AttackTest.send;

import java.io.IOException;
import java.io.InputStream;
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
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.ecopolicy.kg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The operator and the editor over real HTTP: admin needs localhost and the operator's password,
 * also behind a forwarding proxy on loopback (which makes every request come from 127.0.0.1);
 * the served dataset cannot be deleted; writes are refused from a foreign Origin or with a form
 * content type, and after repeated wrong passwords; IRIs an editor inserts become links only
 * when they are http(s).
 */
class OperatorAndEditorTest {

    private static final String OPERATOR = basic("operator", "admin-Pass-1");
    private static final String EDITOR = basic("editor", "s3cret-Pass");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "upgrade", "expect", "keep-alive");

    @TempDir
    static Path tmp;

    private static KgServer server;
    private static HttpServer proxy;
    private static final HttpClient PROXY_CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws IOException {
        Path editors = tmp.resolve("editors");
        Files.writeString(editors, "editor: s3cret-Pass\n");
        Path operators = tmp.resolve("operators");
        Files.writeString(operators, "# operators\noperator: admin-Pass-1\n");
        server = KgServer.start(AttackTest.sampleData(), ServerSettings.readOnly(0, tmp.resolve("run"))
                .withLoopbackOnly(true).withPasswordFile(editors).withAdminPasswordFile(operators));
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", OperatorAndEditorTest::forward);
        proxy.start();
    }

    @AfterAll
    static void stop() {
        proxy.stop(0);
        server.close();
    }

    /** A reverse proxy as the README describes one: forwards method, path, headers (Authorization too) and body. */
    private static void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response = PROXY_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static HttpResponse<String> viaProxy(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    @Test
    void behindAProxyAdminStillNeedsTheOperatorsPassword() throws Exception {
        HttpResponse<String> anonymous = viaProxy("GET", "/$/datasets", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Administration needs an operator's password (HTTP Basic).");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(viaProxy("POST", "/$/backup/ecokg", null).statusCode()).isEqualTo(401);
        assertThat(viaProxy("POST", "/$/compact/ecokg", null).statusCode()).isEqualTo(401);
        assertThat(viaProxy("GET", "/$/datasets", EDITOR).statusCode()).isEqualTo(401);
        assertThat(viaProxy("GET", "/$/datasets", basic("operator", "wrong")).statusCode()).isEqualTo(401);
        // /$/server answers everyone, but with the public endpoints only.
        HttpResponse<String> status = viaProxy("GET", "/$/server", null);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("/ecokg", "sparql").doesNotContain("version", "update");

        HttpResponse<String> operator = viaProxy("GET", "/$/datasets", OPERATOR);
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("\"ds.name\"", "/ecokg");
        assertThat(viaProxy("GET", "/$/server", OPERATOR).body()).contains("version");
    }

    @Test
    void fromAnotherAddressAdminIsRefusedEvenWithThePassword() throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /$/datasets HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OPERATOR
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void theServedDatasetCannotBeDeletedOrTakenOffline() throws Exception {
        HttpResponse<String> delete = viaProxy("DELETE", "/$/datasets/ecokg", OPERATOR);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(delete.body()).contains("The served dataset /ecokg cannot be deleted or taken offline over HTTP");
        assertThat(viaProxy("POST", "/$/datasets/ecokg?state=offline", OPERATOR).statusCode()).isEqualTo(403);
        assertThat(send(get(server, "ASK { <urn:ex:s7> ?p ?o }", "")).body()).contains("true");
    }

    private static HttpRequest.Builder write(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void writesFromAForeignOriginOrAsAFormAreRefused() throws Exception {
        String insert = "INSERT DATA { <urn:ex:csrf> <urn:ex:p> \"x\" }";
        HttpResponse<String> foreign = send(write("ecokg/update", "application/sparql-update", insert)
                .header("Authorization", EDITOR).header("Origin", "https://evil.example").build());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Cross-site write refused: Origin https://evil.example is not this server.");
        assertThat(send(write("ecokg/update", "application/x-www-form-urlencoded", "update=" + insert)
                .header("Authorization", EDITOR).build()).statusCode()).isEqualTo(415);
        HttpResponse<String> plain = send(write("ecokg/data?default", "text/plain", "<urn:ex:csrf> <urn:ex:p> \"x\" .")
                .header("Authorization", EDITOR).build());
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.body()).contains("not a form type");
        assertThat(send(get(server, "ASK { <urn:ex:csrf> ?p ?o }", "")).body()).contains("false");
        // The same write from this server's own page is accepted.
        HttpResponse<String> own = send(write("ecokg/update", "application/sparql-update", insert)
                .header("Authorization", EDITOR).header("Origin", "http://localhost:" + server.port()).build());
        assertThat(own.statusCode()).isBetween(200, 299);
        assertThat(send(get(server, "ASK { <urn:ex:csrf> ?p ?o }", "")).body()).contains("true");
    }

    @Test
    void spellingThePathDifferentlyDoesNotGetPastTheGuards() throws Exception {
        String insert = "INSERT DATA { <urn:ex:sneak> <urn:ex:p> \"x\" }";
        for (String path : List.of("%65cokg/update", "ecokg/%75pdate", "ecokg/update/", "ecokg//update", "ecokg/./update",
                "ecokg/sparql/../update", "ECOKG/update")) {
            assertThat(send(write(path, "application/sparql-update", insert).build()).statusCode()).as(path)
                    .isGreaterThanOrEqualTo(400);
        }
        assertThat(send(get(server, "ASK { <urn:ex:sneak> ?p ?o }", "")).body()).contains("false");
        for (String path : List.of("/$/%64atasets/ecokg", "/$/datasets/ecokg/", "/$//datasets/ecokg", "/$/datasets/./ecokg")) {
            assertThat(viaProxy("DELETE", path, OPERATOR).statusCode()).as(path).isGreaterThanOrEqualTo(400);
            assertThat(viaProxy("GET", path.replace("datasets", "backup"), null).statusCode()).as(path).isGreaterThanOrEqualTo(400);
        }
        assertThat(send(get(server, "ASK { <urn:ex:s7> ?p ?o }", "")).body()).contains("true");
    }

    @Test
    void graphStoreReadsStayOpenWithAPasswordFile() throws Exception {
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(server.url() + "ecokg/data?default"))
                .header("Accept", "application/n-triples").build());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("<urn:ex:s7>");
        assertThat(send(write("ecokg/data?default", "text/turtle", "<urn:ex:gsp> <urn:ex:p> \"x\" .").build()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsAreBackedOff(@TempDir Path run) throws Exception {
        Path editors = run.resolve("editors");
        Files.writeString(editors, "editor: s3cret-Pass\n");
        try (KgServer own = KgServer.start(AttackTest.sampleData(), ServerSettings.readOnly(0, run.resolve("run"))
                .withLoopbackOnly(true).withPasswordFile(editors))) {
            String insert = "INSERT DATA { <urn:ex:guess> <urn:ex:p> \"x\" }";
            for (int i = 0; i < FailureBackoff.FREE_ATTEMPTS; i++) {
                assertThat(send(HttpRequest.newBuilder(URI.create(own.url() + "ecokg/update"))
                        .header("Content-Type", "application/sparql-update").header("Authorization", basic("editor", "guess" + i))
                        .POST(HttpRequest.BodyPublishers.ofString(insert)).build()).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> locked = send(HttpRequest.newBuilder(URI.create(own.url() + "ecokg/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", EDITOR)
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(locked.body()).contains("Too many wrong passwords from this address");
            assertThat(send(get(own, "ASK { <urn:ex:guess> ?p ?o }", "")).body()).contains("false");
        }
    }

    @Test
    void onlyHttpIrisBecomeLinksOnPages() throws Exception {
        String page = Iris.defaults().base() + "test/hostile";
        // Pages show the named graphs (one per document); an editor's triples there are shown too.
        String insert = "INSERT DATA { GRAPH <urn:ex:edits> { <" + page + "> <http://www.w3.org/2000/01/rdf-schema#label> \"hostile\" ; "
                + "<http://www.w3.org/2000/01/rdf-schema#seeAlso> <javascript:alert(1)>, <data:text/html,x>, <https://example.org/ok> } }";
        assertThat(send(write("ecokg/update", "application/sparql-update", insert).header("Authorization", EDITOR).build())
                .statusCode()).isBetween(200, 299);
        HttpResponse<String> html = send(HttpRequest.newBuilder(URI.create(server.url() + "id/test/hostile"))
                .header("Accept", "text/html").build());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("href=\"https://example.org/ok\"").contains("alert(1)")
                .doesNotContainIgnoringCase("href=\"javascript:").doesNotContainIgnoringCase("href=\"data:");
    }
}
