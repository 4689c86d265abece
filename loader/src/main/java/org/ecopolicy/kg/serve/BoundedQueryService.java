package org.ecopolicy.kg.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service with two bounds, so that one expensive query cannot take the
 * server down:
 * <ul>
 * <li>a time limit: the configured timeout, which a request's {@code ?timeout=} may shorten but
 *     not extend;</li>
 * <li>a size limit: an answer is gathered in memory up to {@code max} rows (SELECT) or triples
 *     (CONSTRUCT, DESCRIBE) before the response starts; one more and the query is stopped and
 *     refused with HTTP 400 and a message saying how to page. So the client gets a clear error
 *     instead of a silently cut or broken result, and the server never holds more than the bound.</li>
 * </ul>
 * At most a configured number of queries run at once; the others wait their turn, first come first
 * served, for at most the timeout (then HTTP 503). A burst of requests thus makes answers slower
 * rather than making every running query share the processors until they all time out.
 * Before a query runs, its text must be within a size limit and it may not call out
 * ({@link QueryPolicy}); while it runs, its regular expressions stop at the timeout
 * ({@link RegexGuard}) and SERVICE calls, where the operator allowed some, time out first.
 * The query is not otherwise rewritten: adding a LIMIT would make ARQ choose other, here several
 * times slower, join strategies for the catalogue queries.
 */
final class BoundedQueryService extends SPARQL_QueryDataset {

    private final long maxRows;
    private final long timeoutMillis;
    private final Semaphore running;
    private final long maxQueryBytes;
    private final QueryPolicy policy;
    private final OutboundPolicy outbound;
    private final FunctionRegistry functions = new NoJavaFunctions(FunctionRegistry.get());

    BoundedQueryService(long maxRows, Duration timeout, int maxConcurrent) {
        this(maxRows, timeout, maxConcurrent, ServerSettings.DEFAULT_MAX_QUERY_BYTES,
                new OutboundPolicy(java.util.List.of(), java.util.List.of(), timeout));
    }

    BoundedQueryService(long maxRows, Duration timeout, int maxConcurrent, long maxQueryBytes, OutboundPolicy outbound) {
        this.maxRows = maxRows;
        this.timeoutMillis = timeout.toMillis();
        this.running = new Semaphore(maxConcurrent, true);
        this.maxQueryBytes = maxQueryBytes;
        this.policy = new QueryPolicy(outbound);
        this.outbound = outbound;
    }

    /** The message a client sees when the query text is too long. */
    static String queryTooLargeMessage(long maxBytes) {
        return "Query text too large: more than " + maxBytes + " bytes (the server's limit).";
    }

    /** The message a client sees when it waited too long for a turn. */
    static String busyMessage(long waitedMillis) {
        return "Server busy: no query slot became free within " + waitedMillis / 1000 + " s. Try again later.";
    }

    /** Runs the query when a slot is free (first come, first served), waiting at most the timeout. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        // Before parsing: parse time grows faster than the text and ignores the timeout.
        if (queryString.length() > maxQueryBytes
                || queryString.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes) {
            String message = queryTooLargeMessage(maxQueryBytes);
            action.log.warn("[{}] {}", action.id, message);
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, message);
        }
        boolean admitted;
        try {
            admitted = running.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            String message = busyMessage(timeoutMillis);
            action.log.warn("[{}] {}", action.id, message);
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, message);
        }
        try {
            super.execute(queryString, action);
        } finally {
            RegexGuard.clearDeadline();
            running.release();
        }
    }

    /** The message a client sees when an answer is too large. */
    static String tooLargeMessage(long max, String what) {
        return "Result too large: more than " + max + " " + what + " (the server's limit). "
                + "Add LIMIT and OFFSET to page through the answer, or narrow the query.";
    }

    /** Refuses SERVICE calls, Java extensions and the like with HTTP 400 before the query runs. */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        policy.check(query).ifPresent(message -> {
            action.log.warn("[{}] {}", action.id, message);
            ServletOps.errorBadRequest(message);
        });
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long timeout = effectiveTimeout(action.getRequestParameter("timeout"));
        Context context = action.getContext() == null ? new Context() : action.getContext().copy();
        outbound.configure(context, timeout);
        FunctionRegistry.set(context, functions);
        RegexGuard.startDeadline(timeout);
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(RegexGuard.apply(query))
                .context(context)
                .timeout(timeout, TimeUnit.MILLISECONDS)
                .build();
    }

    /** The configured timeout, or the request's {@code timeout} parameter (seconds) when shorter. */
    long effectiveTimeout(String requested) {
        if (requested == null) {
            return timeoutMillis;
        }
        try {
            Pair<Long, Long> parsed = Timeouts.parseTimeoutStr(requested, TimeUnit.SECONDS);
            long overall = parsed == null ? -1 : Math.max(parsed.getLeft(), parsed.getRight());
            return overall > 0 ? Math.min(overall, timeoutMillis) : timeoutMillis;
        } catch (RuntimeException e) {
            return timeoutMillis;
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query requestQuery, String queryStringLog) {
        if (requestQuery.isSelectType()) {
            RowSet rows = qExec.select();
            List<Binding> buffer = new ArrayList<>();
            while (rows.hasNext()) {
                if (buffer.size() >= maxRows) {
                    refuse(action, "rows");
                }
                buffer.add(rows.next());
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), buffer.iterator()));
        }
        if (requestQuery.isConstructType()) {
            DatasetGraph answer = DatasetGraphFactory.create();
            Iterator<Quad> quads = qExec.constructQuads();
            long distinct = 0;
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (!answer.contains(quad)) {
                    if (++distinct > maxRows) {
                        refuse(action, "triples");
                    }
                    answer.add(quad);
                }
            }
            return new QueryExecResult(answer);
        }
        if (requestQuery.isDescribeType()) {
            Graph answer = GraphFactory.createDefaultGraph();
            Iterator<Triple> triples = qExec.describeTriples();
            while (triples.hasNext()) {
                answer.add(triples.next());
                if (answer.size() > maxRows) {
                    refuse(action, "triples");
                }
            }
            return new QueryExecResult(answer);
        }
        return super.executeQuery(action, qExec, requestQuery, queryStringLog);
    }

    private void refuse(HttpAction action, String what) {
        String message = tooLargeMessage(maxRows, what);
        action.log.warn("[{}] {}", action.id, message);
        ServletOps.error(HttpSC.BAD_REQUEST_400, message);
    }
}
