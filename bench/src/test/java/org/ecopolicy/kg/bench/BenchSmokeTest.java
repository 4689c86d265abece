package org.ecopolicy.kg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs and writes its table; the scaled corpus really varies. No timings are asserted. */
class BenchSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void scaledCopiesDifferInRegionsYearsAndValues() throws IOException {
        ScaledCorpus.Generated corpus = new ScaledCorpus(Gazetteer.load()).write(tmp.resolve("x3"), 3);
        assertThat(corpus.documents()).isEqualTo(15);
        Set<String> texts = new HashSet<>();
        try (Stream<Path> files = Files.list(corpus.folder())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSize(15); // nothing the loader would drop as a duplicate
        String original = Files.readString(corpus.folder().resolve("x0000_004_b6acf62b5d9e0109.txt"));
        String copy = Files.readString(corpus.folder().resolve("x0001_004_b6acf62b5d9e0109.txt"));
        assertThat(original).contains("鄂托克旗").contains("2025年");
        assertThat(copy).doesNotContain("鄂托克旗").contains("2026年"); // banner renamed, years moved by one
        String manifest = Files.readString(corpus.folder().resolve("manifest.csv"));
        assertThat(manifest).contains("x0001_004_b6acf62b5d9e0109.txt").contains("2023-04-12");
    }

    @Test
    void benchAtScaleOneWritesTheTable() throws IOException {
        Path csv = tmp.resolve("out.csv");
        int code = EcoKgBench.run("bench", "--scales", "1", "--no-peers", "--no-startup", "--quick",
                "--work", tmp.resolve("work").toString(), "--out", csv.toString());
        assertThat(code).isZero();
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ResultTable.COLUMNS);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("stage")).isEqualTo("load");
                assertThat(r.get("tdb2_tdbloader")).isNotEmpty();
                assertThat(r.get("ratio")).isNotEmpty();
            });
            // every catalogue query's first page and whole answer have a p50 and a p95 row, with the same row
            // count in-process and over HTTP, the p95 taken over three interleaved rounds, and the load beside it
            assertThat(rows.stream().filter(r -> r.get("stage").equals("query") && r.get("metric").equals("p95")))
                    .hasSize(2 * QueryCatalogue.load().all().size())
                    .allSatisfy(r -> {
                        String[] counts = r.get("note").split(";")[0].replace("rows ", "").split("/");
                        assertThat(counts[0]).isEqualTo(counts[1]);
                        assertThat(r.get("note")).containsPattern("; p95 of 3 rounds: ours [0-9.]+-[0-9.]+ ms; load [0-9.]+$");
                    });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("item")).isEqualTo("yellow-river-2030");
                // answered, the same rows in-process and over HTTP (the answer itself: ExpectedTablesTest)
                assertThat(r.get("note")).matches("rows ([1-9][0-9]*)/\\1;.*");
            });
            // a first page is 100 rows; the whole answer has more
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("item")).isEqualTo("measures-per-region");
                assertThat(r.get("note")).startsWith("rows 100/100;");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("item")).isEqualTo("measures-per-region (all rows)");
                assertThat(r.get("note")).as("the p95 row carries the row counts").matches("rows \\d+/.*");
                assertThat(Integer.parseInt(r.get("note").replaceAll("^rows (\\d+)/.*", "$1"))).isGreaterThan(100);
            });
        }
        // the peers' N-Triples are the union of the document graphs with every repeated triple dropped once
        List<String> lines = Files.readAllLines(tmp.resolve("work/x1/data.nt"), StandardCharsets.UTF_8);
        long quads = Files.lines(tmp.resolve("work/x1/data.nq")).count();
        assertThat(new HashSet<>(lines)).hasSameSizeAs(lines);
        Set<org.apache.jena.graph.Triple> distinct = new HashSet<>();
        org.apache.jena.riot.RDFParser.source(tmp.resolve("work/x1/data.nq")).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                distinct.add(quad.asTriple());
            }
        });
        assertThat(lines.size()).isLessThan((int) quads).isEqualTo(distinct.size());
    }

    @Test
    void largeScalePlanLoadsOnceAndStillTimesEveryQuery() throws IOException {
        Path csv = tmp.resolve("large.csv");
        int code = EcoKgBench.run("bench", "--scales", "1", "--large-from", "1", "--no-peers", "--no-startup", "--quick",
                "--work", tmp.resolve("work").toString(), "--out", csv.toString());
        assertThat(code).isZero();
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            // no separate extraction passes and no N-Quads reloads: extraction is read off the end-to-end load
            assertThat(rows).noneSatisfy(r -> assertThat(r.get("item")).endsWith("1 thread"));
            assertThat(rows).anySatisfy(r -> assertThat(r.get("item")).endsWith("inside the end-to-end load (2 threads)"));
            assertThat(rows).filteredOn(r -> r.get("stage").equals("load") && r.get("item").contains(".nq"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.get("tdb2_tdbloader")).isEmpty();
                        assertThat(r.get("note")).contains("not run at this scale");
                    });
            assertThat(rows.stream().filter(r -> r.get("stage").equals("query") && r.get("metric").equals("p95")))
                    .hasSize(2 * QueryCatalogue.load().all().size());
        }
        assertThat(tmp.resolve("work/x1/data.nq")).doesNotExist();
        assertThat(tmp.resolve("work/x1/data.nt")).isNotEmptyFile();
    }
}
