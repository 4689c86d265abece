package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * A SPARQL protocol client for loopback endpoints, on Jena's {@link QueryExecHTTP}: POSTs a query
 * (as written: the peers are not parsed by Jena's grammar), reads the JSON results, counts rows.
 */
final class SparqlHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;

    SparqlHttp(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Runs a SELECT query and returns the number of result rows. (Interruptible in the callers' terms.) */
    long select(String query) throws IOException, InterruptedException {
        return send(query, rows -> {
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        });
    }

    /** Runs a one-row, one-column SELECT of a number and returns it. */
    long selectCount(String query) throws IOException, InterruptedException {
        return send(query, rows -> {
            Binding row = rows.next();
            return ((Number) row.get(rows.getResultVars().get(0)).getLiteralValue()).longValue();
        });
    }

    private long send(String query, ToLongFunction<RowSet> read) throws IOException {
        QueryExecHTTPBuilder builder = QueryExecHTTP.service(endpoint).httpClient(client)
                .sendMode(QuerySendMode.asPostForm).acceptHeader("application/sparql-results+json");
        builder.parseCheck(false).query(query).timeout(120, TimeUnit.SECONDS);
        try (QueryExec exec = builder.build()) {
            return read.applyAsLong(exec.select());
        } catch (QueryExceptionHTTP e) {
            throw new IOException("HTTP " + e.getStatusCode() + " from " + endpoint + ": " + e.getMessage(), e);
        } catch (HttpException e) {
            throw new IOException(endpoint + ": " + e.getMessage(), e);
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
