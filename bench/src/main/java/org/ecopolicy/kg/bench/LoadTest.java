package org.ecopolicy.kg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ecopolicy.kg.query.CatalogueQuery;

/**
 * Runs queries against a SPARQL endpoint from concurrent clients for a bounded time and number of
 * requests, optionally running a reload (any action, e.g. a corpus load into the served store)
 * part-way through, and measures every request. Only the given endpoint is contacted.
 */
public final class LoadTest {

    /**
     * @param clients     concurrent clients, each sending its next request when the last is answered
     * @param duration    how long the clients send
     * @param maxRequests upper bound on requests over all clients
     * @param reloadAfter when the reload starts, from the start of the run; null for no reload
     */
    public record Settings(int clients, Duration duration, long maxRequests, Duration reloadAfter) {
    }

    private final URI endpoint;
    private final List<CatalogueQuery> queries;
    private final Settings settings;

    public LoadTest(URI endpoint, List<CatalogueQuery> queries, Settings settings) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no queries to run");
        }
        this.endpoint = endpoint;
        this.queries = List.copyOf(queries);
        this.settings = settings;
    }

    /** Runs the clients, and {@code reload} once after {@link Settings#reloadAfter()}; blocks until done. */
    public LoadTestReport run(Runnable reload) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<HttpRequest> requests = queries.stream().map(q -> HttpRequest.newBuilder(URI.create(endpoint
                        + "?query=" + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120)).GET().build()).toList();

        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        AtomicLong budget = new AtomicLong(settings.maxRequests());
        AtomicLong lastAnswer = new AtomicLong(start);
        Map<String, AtomicLong> failureKinds = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            LatencyLog log = new LatencyLog();
            Thread thread = new Thread(() -> {
                int next = client;
                while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    HttpRequest request = requests.get(next++ % requests.size());
                    long t0 = System.nanoTime();
                    String failure = send(http, request);
                    long t1 = System.nanoTime();
                    log.add(t1 - t0, failure == null);
                    lastAnswer.accumulateAndGet(t1, Math::max);
                    if (failure != null) {
                        failureKinds.computeIfAbsent(failure, k -> new AtomicLong()).incrementAndGet();
                    }
                }
                synchronized (latencies) {
                    latencies.add(log.successes());
                }
            }, "loadtest-client-" + c);
            thread.start();
            clients.add(thread);
        }

        LoadTestReport.Reload reloadFigures = null;
        if (settings.reloadAfter() != null && reload != null) {
            long wait = start + settings.reloadAfter().toNanos() - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long r0 = System.nanoTime();
            String error = null;
            try {
                reload.run();
            } catch (RuntimeException e) {
                error = e.toString();
            }
            long r1 = System.nanoTime();
            reloadFigures = new LoadTestReport.Reload(Duration.ofNanos(r0 - start), Duration.ofNanos(r1 - r0), error);
        }
        for (Thread thread : clients) {
            thread.join();
        }
        // The clients' window: from the start until the last client's last answer.
        Duration elapsed = Duration.ofNanos(lastAnswer.get() - start);
        Map<String, Long> failures = new java.util.TreeMap<>();
        failureKinds.forEach((k, v) -> failures.put(k, v.get()));
        return LoadTestReport.of(settings, queries.size(), elapsed, latencies, failures, reloadFigures);
    }

    /** null when the answer is a complete SPARQL JSON result; else a short description of the failure. */
    private static String send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            String body = response.body();
            if (!body.contains("\"results\"") || !body.stripTrailing().endsWith("}")) {
                return "incomplete answer";
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    /** Latencies of one client (no locking: one thread writes it). */
    private static final class LatencyLog {
        private long[] nanos = new long[1024];
        private int size;

        void add(long latency, boolean success) {
            if (!success) {
                return;
            }
            if (size == nanos.length) {
                nanos = java.util.Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = latency;
        }

        long[] successes() {
            return java.util.Arrays.copyOf(nanos, size);
        }
    }
}
