package org.ecopolicy.kg.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.eval.Tables.MeasureRow;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.table.TableWriter;

/**
 * {@code ecokg eval}: the store's targets and measures tables scored against a folder of gold
 * tables ({@code <docstem>.targets.csv}, {@code <docstem>.measures.csv}). Each table is scored only
 * on the documents that have gold for it: a document with target gold but no measures file adds
 * nothing to the measure scores (a header-only measures file says "no measures here", so every
 * measure the system finds there is a false positive).
 */
public final class Evaluation {

    private final Map<String, Score> scores;

    private Evaluation(Map<String, Score> scores) {
        this.scores = scores;
    }

    public Map<String, Score> scores() {
        return scores;
    }

    public Score get(String key) {
        return scores.get(key);
    }

    public static Evaluation run(DatasetGraph dataset, Path goldDir) {
        return run(new QueryRunner(dataset), goldDir);
    }

    /** Scores what {@code runner} reads (a local database or the server serving it). */
    public static Evaluation run(QueryRunner runner, Path goldDir) {
        try {
            Set<String> targetStems = new TreeSet<>();
            Set<String> measureStems = new TreeSet<>();
            List<TargetRow> goldTargets = new ArrayList<>();
            List<MeasureRow> goldMeasures = new ArrayList<>();
            try (Stream<Path> files = Files.list(goldDir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".targets.csv")) {
                        for (Map<String, String> row : Tables.read(Files.newBufferedReader(f, StandardCharsets.UTF_8), f.toString())) {
                            goldTargets.add(TargetRow.of(row, "doc"));
                        }
                        targetStems.add(name.substring(0, name.indexOf('.')));
                    } else if (name.endsWith(".measures.csv")) {
                        for (Map<String, String> row : Tables.read(Files.newBufferedReader(f, StandardCharsets.UTF_8), f.toString())) {
                            goldMeasures.add(Tables.measure(row, "doc"));
                        }
                        measureStems.add(name.substring(0, name.indexOf('.')));
                    }
                }
            }
            if (targetStems.isEmpty() && measureStems.isEmpty()) {
                throw new IllegalArgumentException(goldDir + ": no *.targets.csv or *.measures.csv gold tables");
            }
            TableWriter writer = new TableWriter(runner);
            StringWriter targetsCsv = new StringWriter();
            writer.targets(targetsCsv, CSVFormat.RFC4180);
            StringWriter measuresCsv = new StringWriter();
            writer.measures(measuresCsv, CSVFormat.RFC4180);
            List<TargetRow> sysTargets = Tables.read(new StringReader(targetsCsv.toString()), "targets table").stream()
                    .map(r -> TargetRow.of(r, "document")).filter(t -> targetStems.contains(t.doc())).toList();
            List<MeasureRow> sysMeasures = Tables.read(new StringReader(measuresCsv.toString()), "measures table").stream()
                    .map(r -> Tables.measure(r, "document")).filter(m -> measureStems.contains(m.doc())).toList();
            return new Evaluation(Scorer.score(goldTargets, sysTargets, goldMeasures, sysMeasures));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold tables in " + goldDir, e);
        }
    }

    public void printTable(PrintStream out) {
        out.printf("%-36s %6s %6s %6s %7s %7s %7s%n", "measure", "tp", "fp", "fn", "P", "R", "F1");
        scores.values().forEach(s -> out.printf("%-36s %6d %6d %6d %7.3f %7.3f %7.3f%n",
                s.name(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1()));
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            sb.append(String.format(java.util.Locale.ROOT,
                    "  \"%s\": {\"tp\": %d, \"fp\": %d, \"fn\": %d, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}%s%n",
                    e.getKey(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1(),
                    ++i < scores.size() ? "," : ""));
        }
        return sb.append("}\n").toString();
    }
}
