package org.ecopolicy.kg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ecopolicy.kg.export.DatasetDescription;
import org.ecopolicy.kg.export.DumpFormat;
import org.ecopolicy.kg.export.Exporter;
import org.ecopolicy.kg.store.ReadAccess;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write a linked-data dump with its VoID/DCAT description (void.ttl) and SHA256SUMS.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true,
            description = "ttl, nt, jsonld, rdfxml or trig; several separated by commas, or 'all'")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--gzip", description = "gzip the dump")
    boolean gzip;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = DatasetDescription.DEFAULT_ENDPOINT,
            description = "SPARQL endpoint named in the VoID description (default: ${DEFAULT-VALUE})")
    String endpoint;

    @Override
    public Integer call() {
        List<DumpFormat> formats = new ArrayList<>();
        if (format.equalsIgnoreCase("all")) {
            formats.addAll(List.of(DumpFormat.values()));
        } else {
            for (String name : format.split(",")) {
                formats.add(DumpFormat.fromName(name.strip()));
            }
        }
        try (ReadAccess kg = store.openForReading("export")) {
            Exporter exporter = new Exporter(kg.dataset());
            List<Exporter.Result> results = exporter.export(formats, out, gzip, store.iris().base(), endpoint);
            for (int i = 0; i < formats.size(); i++) {
                DumpFormat fmt = formats.get(i);
                Exporter.Result result = results.get(i);
                System.err.printf("wrote %s: %d %s, %d bytes in %.2f s, sha256 %s%n", result.dump(), result.statements(),
                        fmt.quads() ? "quads" : "triples", result.bytes(), result.took().toMillis() / 1000.0, result.sha256());
            }
            System.err.println("description: " + out.resolve(Exporter.DESCRIPTION_FILE) + ", checksums: "
                    + out.resolve(Exporter.CHECKSUM_FILE));
        }
        return 0;
    }
}
