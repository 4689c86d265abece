package org.ecopolicy.kg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;
import org.ecopolicy.kg.store.UpProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes made through the authenticated update endpoint of a real server (a child {@code ecokg up
 * --password-file}) and a rebuild afterwards: an update of the default graph goes to the edits
 * graph and is seen by the next query; graphs the loader does not produce (the edits graph, a named
 * graph of the editor's own) are carried into the new generation; a change inside
 * a document's graph, which a rebuild would replace, makes the rebuild refuse with a message that
 * names the graph and how to export it, and the live generation stays as it is; so does a load of
 * that document.
 */
class UpdatesAcrossRebuildTest {

    private static final String NOTES = "https://example.org/notes/graph";
    private static final String EDITS = Iris.defaults().editsGraph();
    private static final String GSP = "https://example.org/gsp/graph";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void aRebuildKeepsUpdatesOutsideTheLoaderGraphsAndRefusesToReplaceEditedOnes() throws Exception {
        Path db = tmp.resolve("db");
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret-Pass\n");
        try (UpProcess up = UpProcess.up(db, "--password-file", passwords.toString())) {
            update(up, "INSERT DATA { <urn:ecokg:test:a> <urn:ecokg:test:p> \"in the default graph\" }");
            update(up, "INSERT DATA { GRAPH <" + NOTES + "> { <urn:ecokg:test:b> <urn:ecokg:test:p> \"in a graph of its own\" } }");
            // the next query sees both (the default graph it reads is the union of the named graphs)
            assertThat(select(up, "SELECT ?o WHERE { ?s <urn:ecokg:test:p> ?o } ORDER BY ?o"))
                    .contains("in a graph of its own").contains("in the default graph");
            assertThat(select(up, "SELECT ?g WHERE { GRAPH ?g { <urn:ecokg:test:a> ?p ?o } }")).contains(EDITS);
            // DEFAULT as a whole graph is the union here: refused, naming the graph to use
            HttpResponse<String> clear = send(up, "CLEAR DEFAULT");
            assertThat(clear.statusCode()).isEqualTo(400);
            assertThat(clear.body()).contains("GRAPH <" + EDITS + ">");
            update(up, "DELETE DATA { <urn:ecokg:test:a> <urn:ecokg:test:p> \"in the default graph\" }");
            assertThat(select(up, "SELECT ?o WHERE { ?s <urn:ecokg:test:p> ?o }")).doesNotContain("in the default graph");
            update(up, "INSERT { ?s <urn:ecokg:test:p> \"in the default graph\" } WHERE { ?s <urn:ecokg:test:p> \"in a graph of its own\" }");
            update(up, "DELETE { ?s <urn:ecokg:test:p> \"in the default graph\" } INSERT { <urn:ecokg:test:a> <urn:ecokg:test:p> \"in the default graph\" } "
                    + "WHERE { ?s <urn:ecokg:test:p> \"in the default graph\" }");
            assertThat(select(up, "SELECT ?s WHERE { GRAPH <" + EDITS + "> { ?s <urn:ecokg:test:p> \"in the default graph\" } }"))
                    .contains("urn:ecokg:test:a").doesNotContain("urn:ecokg:test:b");
            // The Graph Store Protocol: the default graph (?default, or triples with no graph named) is refused,
            // naming the graph to use; a named graph is written and seen by the next query.
            for (String target : List.of("ecokg/data?default", "ecokg/data")) {
                HttpResponse<String> refused = graphStore(up, "POST", target, "<urn:ecokg:test:d> <urn:ecokg:test:p> \"by GSP\" .");
                assertThat(refused.statusCode()).as(target).isEqualTo(400);
                assertThat(refused.body()).contains("?graph=" + EDITS);
            }
            String gspGraph = "ecokg/data?graph=" + java.net.URLEncoder.encode(GSP, StandardCharsets.UTF_8);
            assertThat(graphStore(up, "POST", gspGraph, "<urn:ecokg:test:d> <urn:ecokg:test:p> \"by GSP\" .").statusCode())
                    .isBetween(200, 299);
            assertThat(select(up, "SELECT ?o WHERE { ?s <urn:ecokg:test:p> ?o }")).contains("by GSP");
            assertThat(graphStore(up, "DELETE", gspGraph, null).statusCode()).isBetween(200, 299);
            assertThat(select(up, "SELECT ?o WHERE { ?s <urn:ecokg:test:p> ?o }")).doesNotContain("by GSP");
        }
        String before = live(db);

        try (UpProcess rebuilt = UpProcess.up(db, "--rebuild")) {
            assertThat(rebuilt.err()).contains("kept 1 triples of <" + EDITS + ">, written through the update endpoint")
                    .contains("kept 1 triples of <" + NOTES + ">, written through the update endpoint")
                    // the statistics are recomputed by the build, not carried (stale counts would stay beside the new)
                    .doesNotContain("graph/statistics");
        }
        String after = live(db);
        assertThat(after).isNotEqualTo(before);
        try (KgStore store = KgStore.connect(db.resolve(after))) {
            Txn.executeRead(store.dataset(), () -> {
                assertThat(store.dataset().getGraph(uri(EDITS)).contains(uri("urn:ecokg:test:a"), uri("urn:ecokg:test:p"),
                        NodeFactory.createLiteralString("in the default graph"))).isTrue();
                assertThat(store.dataset().getGraph(uri(NOTES)).contains(uri("urn:ecokg:test:b"), uri("urn:ecokg:test:p"),
                        NodeFactory.createLiteralString("in a graph of its own"))).isTrue();
            });
        }

        // An edit inside a document's graph: a rebuild would replace that graph, so it refuses.
        String docGraph = Iris.defaults().documentGraph("004_b6acf62b5d9e0109");
        try (UpProcess up = UpProcess.up(db, "--password-file", passwords.toString())) {
            update(up, "INSERT DATA { GRAPH <" + docGraph + "> { <urn:ecokg:test:c> <urn:ecokg:test:p> \"a correction\" } }");
        }
        try (UpProcess refused = UpProcess.start("up", "--rebuild", "--port", "0", "--db", db.toString())) {
            assertThat(refused.waitFor(300)).as(refused.err()).isEqualTo(1);
            assertThat(refused.err()).contains("ecokg: the live database " + db.toAbsolutePath().resolve(after)
                            + " holds changes made through the update endpoint in graphs a rebuild would replace: <"
                            + docGraph + "> (")
                    .contains("Export them first (ecokg export --db " + db.toAbsolutePath() + " --format trig --out DIR)")
                    .contains("--discard-edits")
                    .doesNotContain("\tat ");
        }
        assertThat(live(db)).isEqualTo(after);
        // Loading that document again would replace its graph too: refused the same way.
        Path doc = BundledCorpus.materialize(tmp.resolve("corpus")).resolve("004_b6acf62b5d9e0109.txt");
        try (UpProcess load = UpProcess.start("load", "--db", db.toString(), doc.toString())) {
            assertThat(load.waitFor(300)).as(load.err()).isEqualTo(1);
            assertThat(load.err()).contains("holds changes made through the update endpoint in graphs this load would replace: <"
                    + docGraph + "> (").contains("then load with --discard-edits");
        }
        try (Stream<Path> gens = Files.list(db)) {
            assertThat(gens.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-"))).containsExactly(after);
        }
        try (KgStore store = KgStore.connect(db.resolve(after))) {
            assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(uri(docGraph))
                    .contains(uri("urn:ecokg:test:c"), uri("urn:ecokg:test:p"), NodeFactory.createLiteralString("a correction"))))
                    .isTrue();
        }
    }

    private static String live(Path db) {
        return new StoreLayout(db).current().orElseThrow().getFileName().toString();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void update(UpProcess up, String sparql) throws Exception {
        HttpResponse<String> response = send(up, sparql);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    /** A query's answer as CSV, through the server's endpoint. */
    private static String select(UpProcess up, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(up.url() + "ecokg/sparql?query="
                        + java.net.URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> graphStore(UpProcess up, String method, String path, String turtle) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(up.url() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "editor:s3cret-Pass".getBytes(StandardCharsets.UTF_8)));
        if (turtle != null) {
            request.header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString(turtle, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(UpProcess up, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(up.url() + "ecokg/update"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "editor:s3cret-Pass".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
