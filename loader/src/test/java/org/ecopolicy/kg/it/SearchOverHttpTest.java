package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Full-text search as a researcher meets it on the real server: {@code text:query} over the SPARQL
 * endpoint returns the expected measures of every written-down query, and the search page answers
 * with ranked, marked-up snippets (and escapes what it is given).
 */
class SearchOverHttpTest {

    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        server = KgServer.start(kg.store.dataset(), ServerSettings.readOnly(0, kg.dbRoot.resolve("fuseki-run-search")),
                Iris.defaults());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static final String TEXT_QUERY = """
            PREFIX eco: <https://w3id.org/ecokg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?title ?score WHERE {
              (?m ?score) text:query (eco:text ?q 20) .
              ?m a eco:Measure ; dcterms:title ?title .
            } ORDER BY DESC(?score) LIMIT 10""";

    @Test
    void textQueryOverTheEndpointFindsTheExpectedMeasuresOfEveryQuery() {
        List<String> missing = new ArrayList<>();
        for (SearchQueries q : SearchQueries.load()) {
            ParameterizedSparqlString pss = new ParameterizedSparqlString(TEXT_QUERY);
            pss.setLiteral("q", q.query());
            List<String> titles = new ArrayList<>();
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlEndpoint()).query(pss.asQuery()).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution r = rs.next();
                    titles.add(r.getLiteral("title").getString());
                }
            }
            assertThat(titles).as(q.query()).isNotEmpty();
            q.expectedInTop10().stream().filter(t -> !titles.contains(t)).forEach(t -> missing.add(q.query() + ": " + t));
        }
        assertThat(missing).isEmpty();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theSearchPageRanksMeasuresWithMarkedSnippets() throws Exception {
        HttpResponse<String> page = get("search?q=" + URLEncoder.encode("河湖长制", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<ol class=\"hits\">").contains("严格落实“河湖长制”").contains("<mark>河湖长制</mark>")
                .contains("href=\"/id/doc/").doesNotContain("<script");
        assertThat(html.indexOf("严格落实“河湖长制”")).isLessThan(html.indexOf("梯次推进农村生活污水治理"));
        // every page carries the box
        assertThat(get("id/").body()).contains("action=\"/search\"");
    }

    @Test
    void theSearchPageEscapesWhatItIsGiven() throws Exception {
        HttpResponse<String> page = get("search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(get("search?q=" + "x".repeat(300)).statusCode()).isEqualTo(400);
    }
}
