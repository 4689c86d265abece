package org.ecopolicy.kg.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs.
 *
 * @param port                 HTTP port; 0 for any free port
 * @param runArea              folder for Fuseki's own run files (shiro.ini, configuration, logs)
 * @param queryTimeout         upper bound on any one query's run time
 * @param passwordFile         Jetty password file ({@code user: password} per line) enabling the
 *                             authenticated update and upload endpoints; null keeps the dataset read-only
 * @param maxResultRows        most rows a SELECT may answer (triples for CONSTRUCT/DESCRIBE); larger
 *                             answers are refused with an error rather than held in memory
 * @param maxRequestBytes      largest request body accepted (queries, updates, uploads)
 * @param loopbackOnly         listen on the loopback interface only (tests, load tests); otherwise on all
 * @param maxConcurrentQueries queries run at once; more wait their turn (at most the query timeout,
 *                             then HTTP 503), so a burst slows answers down instead of starving them all
 */
public record ServerSettings(int port, Path runArea, Duration queryTimeout, Path passwordFile,
                             long maxResultRows, long maxRequestBytes, boolean loopbackOnly,
                             int maxConcurrentQueries) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESULT_ROWS = 100_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    /** Twice the processors: enough to keep them busy while some queries wait on the disk. */
    public static int defaultMaxConcurrentQueries() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    public ServerSettings {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
        if (maxResultRows < 1) {
            throw new IllegalArgumentException("result bound must be at least 1 row: " + maxResultRows);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("request body limit must be at least 1024 bytes: " + maxRequestBytes);
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("at least one query must be allowed to run: " + maxConcurrentQueries);
        }
    }

    /** Settings listening on all interfaces, with the default number of concurrent queries. */
    public ServerSettings(int port, Path runArea, Duration queryTimeout, Path passwordFile,
                          long maxResultRows, long maxRequestBytes) {
        this(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes, false,
                defaultMaxConcurrentQueries());
    }

    /** Settings with the default bounds. */
    public ServerSettings(int port, Path runArea, Duration queryTimeout, Path passwordFile) {
        this(port, runArea, queryTimeout, passwordFile, DEFAULT_MAX_RESULT_ROWS, DEFAULT_MAX_REQUEST_BYTES);
    }

    public static ServerSettings readOnly(int port, Path runArea) {
        return new ServerSettings(port, runArea, DEFAULT_TIMEOUT, null);
    }

    public ServerSettings withPasswordFile(Path file) {
        return new ServerSettings(port, runArea, queryTimeout, file, maxResultRows, maxRequestBytes, loopbackOnly,
                maxConcurrentQueries);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(port, runArea, timeout, passwordFile, maxResultRows, maxRequestBytes, loopbackOnly,
                maxConcurrentQueries);
    }

    public ServerSettings withMaxResultRows(long rows) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, rows, maxRequestBytes, loopbackOnly,
                maxConcurrentQueries);
    }

    public ServerSettings withMaxRequestBytes(long bytes) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, bytes, loopbackOnly,
                maxConcurrentQueries);
    }

    public ServerSettings withLoopbackOnly(boolean only) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes, only,
                maxConcurrentQueries);
    }

    public ServerSettings withMaxConcurrentQueries(int queries) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes, loopbackOnly,
                queries);
    }
}
