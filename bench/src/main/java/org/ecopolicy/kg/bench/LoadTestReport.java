package org.ecopolicy.kg.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The figures of one load-test run. Latency percentiles are of successful requests (nearest rank). */
public record LoadTestReport(LoadTest.Settings settings, int queries, Duration elapsed, long requests,
                             long failures, Map<String, Long> failureKinds, double throughput,
                             double p50Millis, double p95Millis, double p99Millis, double maxMillis, Reload reload) {

    /** When the reload started (from the run's start), how long it took, and its error if it failed. */
    public record Reload(Duration startedAt, Duration took, String error) {
    }

    static LoadTestReport of(LoadTest.Settings settings, int queries, Duration elapsed, List<long[]> latencies,
                             Map<String, Long> failureKinds, Reload reload) {
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long failures = failureKinds.values().stream().mapToLong(Long::longValue).sum();
        long requests = all.length + failures;
        double seconds = elapsed.toNanos() / 1e9;
        return new LoadTestReport(settings, queries, elapsed, requests, failures, Map.copyOf(failureKinds),
                requests / seconds, percentile(all, 50), percentile(all, 95), percentile(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, reload);
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** The report as printed by {@code ecokg loadtest}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("clients: %d, duration: %.1f s, catalogue queries: %d%n",
                settings.clients(), elapsed.toNanos() / 1e9, queries));
        if (reload != null) {
            sb.append(String.format("reload: started at %.1f s, took %.1f s%s%n", reload.startedAt().toNanos() / 1e9,
                    reload.took().toNanos() / 1e9, reload.error() == null ? "" : ", FAILED: " + reload.error()));
        }
        sb.append(String.format("requests: %d, failures: %d%n", requests, failures));
        failureKinds.forEach((kind, n) -> sb.append(String.format("  %s: %d%n", kind, n)));
        sb.append(String.format("throughput: %.1f requests/s%n", throughput));
        sb.append(String.format("latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                p50Millis, p95Millis, p99Millis, maxMillis));
        return sb.toString();
    }
}
