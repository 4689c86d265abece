package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** A SPARQL protocol client for loopback endpoints: POSTs a query, reads the JSON results, counts rows. */
final class SparqlHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    SparqlHttp(String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    /** Runs a SELECT query and returns the number of result rows. */
    long select(String query) throws IOException, InterruptedException {
        return send(query, rs -> {
            long rows = 0;
            while (rs.hasNext()) {
                rs.next();
                rows++;
            }
            return rows;
        });
    }

    /** Runs a one-row, one-column SELECT of a number and returns it. */
    long selectCount(String query) throws IOException, InterruptedException {
        return send(query, rs -> {
            var row = rs.next();
            return row.getLiteral(rs.getResultVars().get(0)).getLong();
        });
    }

    private long send(String query, java.util.function.ToLongFunction<ResultSet> read)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " from " + endpoint + ": "
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8).lines().limit(3).toList());
            }
            return read.applyAsLong(ResultSetMgr.read(body, ResultSetLang.RS_JSON));
        }
    }

    /** True once the endpoint answers a trivial query. */
    boolean answers() {
        try {
            select("SELECT * WHERE { } LIMIT 1");
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
