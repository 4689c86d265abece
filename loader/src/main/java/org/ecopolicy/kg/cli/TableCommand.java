package org.ecopolicy.kg.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.ReadAccess;
import org.ecopolicy.kg.table.TableWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "table", description = "Print the targets or measures table (CSV with a header row, UTF-8).")
final class TableCommand implements Callable<Integer> {

    enum Table { targets, measures }

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "targets|measures")
    Table table;

    @Option(names = "--format", defaultValue = "csv", description = "csv or tsv (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        CSVFormat csv = switch (format) {
            case "csv" -> CSVFormat.RFC4180;
            case "tsv" -> CSVFormat.TDF;
            default -> throw new IllegalArgumentException("unknown table format '" + format + "' (csv or tsv)");
        };
        try (ReadAccess kg = store.openForReading("table")) {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            TableWriter writer = new TableWriter(new QueryRunner(kg));
            if (table == Table.targets) {
                writer.targets(out, csv);
            } else {
                writer.measures(out, csv);
            }
            out.flush();
        }
        return 0;
    }
}
