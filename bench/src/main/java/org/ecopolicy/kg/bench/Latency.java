package org.ecopolicy.kg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Latency of one query on one store: p50 and p95 over the timed runs (after warm-up runs), and
 * the number of result rows, to check the stores agree.
 */
public record Latency(double p50Ms, double p95Ms, int runs, long rows) {

    /** How often to run: {@code warmups} untimed, then up to {@code maxRuns} timed within {@code budgetMs}. */
    public record Plan(int warmups, int minRuns, int maxRuns, long budgetMs) {
    }

    /** Times {@code run}, which returns the number of rows it got. */
    public static Latency measure(Plan plan, Callable<Long> run) {
        try {
            long first = System.nanoTime();
            long rows = run.call();
            // a slow query gets one warm-up and, past three times the budget, no more than three timed runs
            boolean slow = (System.nanoTime() - first) / 1_000_000 > plan.budgetMs() / 4;
            for (int i = 1; i < plan.warmups() && !slow; i++) {
                rows = run.call();
            }
            List<Double> samples = new ArrayList<>();
            long started = System.nanoTime();
            while (samples.size() < plan.maxRuns()
                    && (samples.size() < plan.minRuns() || elapsedMs(started) < plan.budgetMs())
                    && !(samples.size() >= 3 && elapsedMs(started) > 3 * plan.budgetMs())) {
                long t0 = System.nanoTime();
                rows = run.call();
                samples.add((System.nanoTime() - t0) / 1e6);
            }
            return of(samples, rows);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static long elapsedMs(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    public static Latency of(List<Double> samplesMs, long rows) {
        double[] sorted = samplesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Latency(percentile(sorted, 50), percentile(sorted, 95), sorted.length, rows);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p95 %.1f ms (%d runs, %d rows)", p50Ms, p95Ms, runs, rows);
    }
}
