package org.ecopolicy.kg.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service with two bounds, so that one expensive query cannot take the
 * server down:
 * <ul>
 * <li>a time limit: the configured timeout, which a request's {@code ?timeout=} may shorten but
 *     not extend;</li>
 * <li>a size limit: the query runs with {@code LIMIT max+1} (unless it asks for fewer), and a
 *     SELECT answer with more than {@code max} rows, or a CONSTRUCT/DESCRIBE answer with more than
 *     {@code max} triples, is refused with HTTP 400 and a message saying how to page. Rows are
 *     gathered before the response starts, so the client gets a clear error instead of a silently
 *     cut or broken result.</li>
 * </ul>
 */
final class BoundedQueryService extends SPARQL_QueryDataset {

    private final long maxRows;
    private final long timeoutMillis;

    BoundedQueryService(long maxRows, Duration timeout) {
        this.maxRows = maxRows;
        this.timeoutMillis = timeout.toMillis();
    }

    /** The message a client sees when an answer is too large. */
    static String tooLargeMessage(long max, String what) {
        return "Result too large: more than " + max + " " + what + " (the server's limit). "
                + "Add LIMIT and OFFSET to page through the answer, or narrow the query.";
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(bounded(query, maxRows + 1))
                .context(action.getContext())
                .timeout(effectiveTimeout(action.getRequestParameter("timeout")), TimeUnit.MILLISECONDS)
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

    /** A copy of {@code query} that asks for at most {@code limit} solutions. */
    static Query bounded(Query query, long limit) {
        if (!(query.isSelectType() || query.isConstructType() || query.isDescribeType())) {
            return query;
        }
        if (query.hasLimit() && query.getLimit() <= limit) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(limit);
        return copy;
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
        QueryExecResult result = super.executeQuery(action, qExec, requestQuery, queryStringLog);
        long triples = result.isGraph() ? result.graph().size()
                : result.isDataset() ? result.dataset().stream().limit(maxRows + 1).count()
                : 0;
        if (triples > maxRows) {
            refuse(action, "triples");
        }
        return result;
    }

    private void refuse(HttpAction action, String what) {
        String message = tooLargeMessage(maxRows, what);
        action.log.warn("[{}] {}", action.id, message);
        ServletOps.error(HttpSC.BAD_REQUEST_400, message);
    }
}
