package org.ecopolicy.kg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ecopolicy.kg.export.DumpFormat;
import org.ecopolicy.kg.export.Exporter;
import org.ecopolicy.kg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write a linked-data dump with its VoID/DCAT description and checksums.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, description = "ttl, nt, jsonld, rdfxml or trig")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--gzip", description = "gzip the dump")
    boolean gzip;

    @Override
    public Integer call() {
        DumpFormat fmt = DumpFormat.fromName(format);
        try (KgStore kg = store.openExisting()) {
            long start = System.nanoTime();
            Exporter.Result result = new Exporter(kg.dataset()).export(fmt, out, gzip, store.iris().base());
            System.err.printf("wrote %s: %d triples in %.1f s, sha256 %s%n", result.dump(), result.triples(),
                    (System.nanoTime() - start) / 1e9, result.sha256());
        }
        return 0;
    }
}
