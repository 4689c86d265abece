package org.ecopolicy.kg.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a store did with the benchmark data: its load time and memory, and each query's latency or error. */
final class PeerResult {

    final String store;
    long loadMs = -1;
    long triples = -1;
    long rssPeakMb = -1;
    final Map<String, Latency> latencies = new LinkedHashMap<>();
    final Map<String, String> errors = new LinkedHashMap<>();

    PeerResult(String store) {
        this.store = store;
    }

    double triplesPerSecond() {
        return loadMs > 0 && triples > 0 ? triples * 1000.0 / loadMs : Double.NaN;
    }
}
