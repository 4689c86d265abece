package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Query;
import org.ecopolicy.kg.query.CatalogueQuery;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.table.TableWriter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the pipeline makes of the bundled corpus, compared row by row with reviewed files under
 * {@code src/test/resources/expected/}: per document the targets and measures tables
 * ({@code ecokg table}), and the whole answer of every catalogue query with its default parameters.
 * A difference fails with the rows that went missing and the rows that are new.
 *
 * <p>After a rule or code change that changes extraction on purpose, rewrite the files and review
 * them in the same commit as the change:
 * <pre>mvn -B -pl loader test -Dtest=ExpectedTablesTest -Decokg.updateExpected=true
 * git diff loader/src/test/resources/expected/</pre>
 */
class ExpectedTablesTest {

    static final String REGENERATE =
            "mvn -B -pl loader test -Dtest=ExpectedTablesTest -Decokg.updateExpected=true";

    private static final Path DIR = Path.of("src", "test", "resources", "expected");
    private static final boolean UPDATE = Boolean.getBoolean("ecokg.updateExpected");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get();
    /** IRIs carry measure numbers: one new measure would renumber every row after it. */
    private static final String DROPPED_COLUMN = "iri";

    @TestFactory
    Stream<DynamicTest> tablesAndAnswersMatchTheReviewedFiles() throws IOException {
        Map<String, String> actual = producedTables();
        List<DynamicTest> tests = new ArrayList<>();
        actual.forEach((name, csv) -> tests.add(DynamicTest.dynamicTest(name, () -> check(name, csv))));
        tests.add(DynamicTest.dynamicTest("no stale expected files", () -> noStaleFiles(actual)));
        return tests.stream();
    }

    /** File name (relative to expected/) to CSV text, as the pipeline produces them now. */
    private static Map<String, String> producedTables() throws IOException {
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        TableWriter tables = new TableWriter(kg.store.dataset());
        Map<String, String> out = new TreeMap<>();
        StringWriter targets = new StringWriter();
        tables.targets(targets, FORMAT);
        perDocument(targets.toString(), "targets", out);
        StringWriter measures = new StringWriter();
        tables.measures(measures, FORMAT);
        perDocument(measures.toString(), "measures", out);
        QueryRunner runner = new QueryRunner(kg.store.dataset());
        for (CatalogueQuery q : QueryCatalogue.load().all()) {
            // the whole answer, not the first page: a page would hide rows past it
            Query query = QueryRunner.prepare(q.sparql(), Map.of("limit", "all"));
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            QueryRunner.write(runner.select(query), query, QueryRunner.Format.CSV, csv);
            out.put("queries/" + q.name() + ".csv", rewrite(csv.toString(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** Splits a table by its {@code document} column into one CSV per document, without the iri column. */
    private static void perDocument(String csv, String table, Map<String, String> out) throws IOException {
        List<CSVRecord> records = parse(csv);
        List<String> header = new ArrayList<>(records.isEmpty() ? List.of() : records.get(0).getParser().getHeaderNames());
        header.remove(DROPPED_COLUMN);
        header.remove("document");
        Map<String, List<List<String>>> byDocument = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            List<String> row = new ArrayList<>();
            header.forEach(h -> row.add(r.get(h)));
            byDocument.computeIfAbsent(r.get("document"), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<List<String>>> e : byDocument.entrySet()) {
            String stem = e.getKey().replaceFirst("\\.txt$", "");
            out.put(stem + "." + table + ".csv", print(header, e.getValue()));
        }
    }

    /**
     * A ranked full-text answer (it has a {@code score} column) is compared as the set of hits: the
     * scores, the order and the snippets' highlighting follow Lucene's index-wide statistics, which
     * deleted entries of earlier reloads still move. Ranking quality is SearchQualityTest's job.
     */
    private static final String SCORE_COLUMN = "score";
    private static final List<String> RANKING_COLUMNS = List.of(SCORE_COLUMN, "snippet");

    private static String rewrite(String csv) throws IOException {
        List<CSVRecord> records = parse(csv);
        List<String> header = new ArrayList<>(records.isEmpty() ? parseHeader(csv) : records.get(0).getParser().getHeaderNames());
        boolean ranked = header.contains(SCORE_COLUMN);
        if (ranked) {
            header.removeAll(RANKING_COLUMNS);
        }
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            List<String> row = new ArrayList<>();
            header.forEach(h -> row.add(r.get(h)));
            rows.add(row);
        }
        if (ranked) {
            rows.sort(java.util.Comparator.comparing(row -> String.join("\u0000", row)));
        }
        return print(header, rows);
    }

    private static List<String> parseHeader(String csv) throws IOException {
        return READ.parse(new StringReader(csv)).getHeaderNames();
    }

    private static String print(List<String> header, List<List<String>> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(header);
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        }
        return w.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return READ.parse(new StringReader(csv)).getRecords();
    }

    private static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("expected/" + name + " is missing; write it with: " + REGENERATE);
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return;
        }
        fail(diff(name, rows(expected), rows(actual)));
    }

    /** Rows of a CSV file rendered one per line (header first), for comparing and showing. */
    private static List<String> rows(String csv) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(" | ", parseHeader(csv)));
        for (CSVRecord r : parse(csv)) {
            lines.add(String.join(" | ", r.toList()).replace("\n", "⏎"));
        }
        return lines;
    }

    /** The rows only one side has, each with its line number; or that the same rows come in another order. */
    static String diff(String name, List<String> expected, List<String> actual) {
        Map<String, Integer> unmatched = new HashMap<>();
        actual.forEach(r -> unmatched.merge(r, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            String row = expected.get(i);
            if (unmatched.getOrDefault(row, 0) > 0) {
                unmatched.merge(row, -1, Integer::sum);
            } else {
                missing.add("- file line " + (i + 1) + " (no longer produced): " + row);
            }
        }
        Map<String, Integer> expectedCounts = new HashMap<>();
        expected.forEach(r -> expectedCounts.merge(r, 1, Integer::sum));
        List<String> added = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            String row = actual.get(i);
            if (expectedCounts.getOrDefault(row, 0) > 0) {
                expectedCounts.merge(row, -1, Integer::sum);
            } else {
                added.add("+ produced row " + (i + 1) + " (not in the file): " + row);
            }
        }
        StringBuilder out = new StringBuilder("expected/" + name + " differs from what the pipeline produces now");
        if (missing.isEmpty() && added.isEmpty()) {
            out.append(": the same rows in another order");
        } else {
            out.append(" (").append(missing.size()).append(" rows no longer produced, ").append(added.size()).append(" new):\n");
            missing.stream().limit(40).forEach(l -> out.append(l).append('\n'));
            added.stream().limit(40).forEach(l -> out.append(l).append('\n'));
        }
        out.append("\nIf the change is intended, rewrite the files and review them in the same commit: ").append(REGENERATE);
        return out.toString();
    }

    private static void noStaleFiles(Map<String, String> actual) throws IOException {
        if (!Files.isDirectory(DIR)) {
            return;
        }
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".csv")).toList()) {
                String name = DIR.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                if (!actual.containsKey(name)) {
                    if (UPDATE) {
                        Files.delete(f);
                    } else {
                        stale.add(name);
                    }
                }
            }
        }
        if (!stale.isEmpty()) {
            fail("expected files with no table behind them any more: " + stale + "; " + REGENERATE);
        }
    }
}
