package org.ecopolicy.kg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the server runs.
 *
 * @param port                 HTTP port; 0 for any free port
 * @param runArea              folder for Fuseki's own run files (shiro.ini, configuration, logs)
 * @param queryTimeout         upper bound on any one query's run time
 * @param passwordFile         Jetty password file ({@code user: password} per line) enabling the
 *                             authenticated update and Graph Store write endpoints; null keeps the dataset read-only
 * @param maxResultRows        most rows a SELECT may answer (triples for CONSTRUCT/DESCRIBE); larger
 *                             answers are refused with an error rather than held in memory
 * @param maxRequestBytes      largest request body accepted (queries, updates, uploads)
 * @param loopbackOnly         listen on the loopback interface only (tests, load tests); otherwise on all
 * @param maxConcurrentQueries queries run at once; more wait their turn (at most the query timeout,
 *                             then HTTP 503), so a burst slows answers down instead of starving them all
 * @param adminPasswordFile    password file (same format) for the admin endpoints {@code /$/…}, which
 *                             also answer only to localhost; null turns administration over HTTP off
 * @param allowedServices      URLs under which SPARQL {@code SERVICE} may call; empty: SERVICE is refused
 * @param allowedLoads         URLs under which SPARQL Update {@code LOAD} may read; empty: LOAD is refused
 * @param maxQueryBytes        longest query text accepted, refused before it is parsed
 * @param publicBaseUrl        the server's public URL (as a reverse proxy publishes it), used in the
 *                             dataset description and as the one foreign Origin writes may come from;
 *                             null: the local URL
 * @param maxConcurrentDumps   dumps and dataset descriptions built at once; more get HTTP 503
 */
public record ServerSettings(int port, Path runArea, Duration queryTimeout, Path passwordFile,
                             long maxResultRows, long maxRequestBytes, boolean loopbackOnly,
                             int maxConcurrentQueries, Path adminPasswordFile, List<String> allowedServices,
                             List<String> allowedLoads, long maxQueryBytes, String publicBaseUrl,
                             int maxConcurrentDumps) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESULT_ROWS = 100_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_QUERY_BYTES = 1024L * 1024;
    public static final int DEFAULT_MAX_CONCURRENT_DUMPS = 2;

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
        if (maxQueryBytes < 1024) {
            throw new IllegalArgumentException("query text limit must be at least 1024 bytes: " + maxQueryBytes);
        }
        if (maxConcurrentDumps < 1) {
            throw new IllegalArgumentException("at least one dump must be allowed at a time: " + maxConcurrentDumps);
        }
        allowedServices = List.copyOf(allowedServices);
        allowedLoads = List.copyOf(allowedLoads);
    }

    /** Settings listening on all interfaces, with the default number of concurrent queries. */
    public ServerSettings(int port, Path runArea, Duration queryTimeout, Path passwordFile,
                          long maxResultRows, long maxRequestBytes) {
        this(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes, false,
                defaultMaxConcurrentQueries(), null, List.of(), List.of(), DEFAULT_MAX_QUERY_BYTES, null,
                DEFAULT_MAX_CONCURRENT_DUMPS);
    }

    /** Settings with the default bounds. */
    public ServerSettings(int port, Path runArea, Duration queryTimeout, Path passwordFile) {
        this(port, runArea, queryTimeout, passwordFile, DEFAULT_MAX_RESULT_ROWS, DEFAULT_MAX_REQUEST_BYTES);
    }

    public static ServerSettings readOnly(int port, Path runArea) {
        return new ServerSettings(port, runArea, DEFAULT_TIMEOUT, null);
    }

    public ServerSettings withPasswordFile(Path file) {
        return new ServerSettings(port, runArea, queryTimeout, file, maxResultRows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, adminPasswordFile, allowedServices, allowedLoads,
                maxQueryBytes, publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(port, runArea, timeout, passwordFile, maxResultRows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, adminPasswordFile, allowedServices, allowedLoads,
                maxQueryBytes, publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withMaxResultRows(long rows) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, rows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, adminPasswordFile, allowedServices, allowedLoads,
                maxQueryBytes, publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withMaxRequestBytes(long bytes) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, bytes, loopbackOnly,
                maxConcurrentQueries, adminPasswordFile, allowedServices, allowedLoads, maxQueryBytes,
                publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withLoopbackOnly(boolean only) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes,
                only, maxConcurrentQueries, adminPasswordFile, allowedServices, allowedLoads, maxQueryBytes,
                publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withMaxConcurrentQueries(int queries) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes,
                loopbackOnly, queries, adminPasswordFile, allowedServices, allowedLoads, maxQueryBytes,
                publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withAdminPasswordFile(Path file) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, file, allowedServices, allowedLoads, maxQueryBytes,
                publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withAllowedServices(List<String> urls) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, adminPasswordFile, List.copyOf(urls), allowedLoads,
                maxQueryBytes, publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withAllowedLoads(List<String> urls) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, adminPasswordFile, allowedServices, List.copyOf(urls),
                maxQueryBytes, publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withMaxQueryBytes(long bytes) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, adminPasswordFile, allowedServices, allowedLoads, bytes,
                publicBaseUrl, maxConcurrentDumps);
    }

    public ServerSettings withPublicBaseUrl(String url) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, adminPasswordFile, allowedServices, allowedLoads,
                maxQueryBytes, url, maxConcurrentDumps);
    }

    public ServerSettings withMaxConcurrentDumps(int dumps) {
        return new ServerSettings(port, runArea, queryTimeout, passwordFile, maxResultRows, maxRequestBytes,
                loopbackOnly, maxConcurrentQueries, adminPasswordFile, allowedServices, allowedLoads,
                maxQueryBytes, publicBaseUrl, dumps);
    }
}
