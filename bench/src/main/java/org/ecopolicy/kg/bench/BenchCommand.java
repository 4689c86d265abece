package org.ecopolicy.kg.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = {
        "Benchmark: start-up, extraction, loading, memory and catalogue-query latency on scaled copies of the",
        "bundled corpus, beside tdb2.tdbloader, Virtuoso and Oxigraph (peers: bench/install-peers.sh).",
        "Prints one table and writes it as CSV."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scales", split = ",", defaultValue = "1,100,1000",
            description = "corpus scales to measure (default: ${DEFAULT-VALUE})")
    int[] scales;

    @Option(names = "--no-peers", description = "skip Virtuoso and Oxigraph")
    boolean noPeers;

    @Option(names = "--no-startup", description = "skip the cold/warm `ecokg up` measurements")
    boolean noStartup;

    @Option(names = "--large-from", defaultValue = "" + Benchmark.LARGE_SCALE,
            description = "smallest scale measured with the reduced plan that fits a large corpus in the half hour:"
                    + " no separate extraction passes, no N-Quads reloads, 3 runs per query, no Oxigraph (default: ${DEFAULT-VALUE})")
    int largeFrom;

    @Option(names = "--quick", description = "three runs per query only (a smoke test; rough figures)")
    boolean quick;

    @Option(names = "--peers-dir", defaultValue = "bench/peers", description = "where install-peers.sh put Oxigraph (default: ${DEFAULT-VALUE})")
    Path peersDir;

    @Option(names = "--work", defaultValue = "bench/work", description = "scratch folder for corpora and databases (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--out", defaultValue = "bench/results/latest.csv", description = "CSV file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        int[] sorted = Arrays.stream(scales).filter(s -> s > 0).sorted().distinct().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("--scales needs at least one positive number");
        }
        Benchmark.Options options = new Benchmark.Options(sorted, !noPeers, !noStartup, peersDir, work, out, quick, largeFrom);
        ResultTable table = new Benchmark(options, System.err).run();
        table.print(System.out);
        System.out.println();
        System.out.println("written: " + out);
        return 0;
    }
}
