package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecopolicy.kg.export.DumpFormat;
import org.ecopolicy.kg.export.Exporter;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What another institute would do with our data, with other people's software: parse the dumps
 * with raptor's {@code rapper} and Python's rdflib, and query the endpoint with SPARQLWrapper.
 */
class OutsideClientsTest {

    @TempDir
    static Path dir;

    private static final java.util.Map<DumpFormat, Long> counts = new java.util.EnumMap<>(DumpFormat.class);

    @BeforeAll
    static void export() {
        Exporter exporter = new Exporter(TestKnowledgeGraph.get().store.dataset());
        for (DumpFormat f : DumpFormat.values()) {
            counts.put(f, exporter.export(f, dir, false, Iris.DEFAULT_BASE).statements());
        }
    }

    @ParameterizedTest
    @CsvSource({"TTL, turtle", "NT, ntriples", "RDFXML, rdfxml", "TRIG, trig"})
    void rapperParsesTheDumpWithTheSameCount(DumpFormat format, String rapperSyntax) {
        OutsideTools.requireExecutable(OutsideTools.RAPPER);
        OutsideTools.Output out = OutsideTools.run(List.of(OutsideTools.RAPPER.toString(), "--count", "--input",
                rapperSyntax, dir.resolve(format.fileName(false)).toString()), 300);
        assertThat(out.exit()).as(out.err()).isZero();
        Matcher m = Pattern.compile("returned (\\d+) (triples|statements)").matcher(out.err());
        assertThat(m.find()).as(out.err()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(counts.get(format)).isGreaterThan(10_000);
        assertThat(out.err()).doesNotContainIgnoringCase("error");
    }

    @ParameterizedTest
    @CsvSource({"TTL, turtle", "NT, nt", "RDFXML, xml", "JSONLD, json-ld", "TRIG, trig"})
    void rdflibParsesTheDumpWithTheSameCount(DumpFormat format, String rdflibFormat) throws IOException {
        OutsideTools.requirePythonModule("rdflib");
        Path script = OutsideTools.resource("/clients/rdflib_count.py", Files.createTempDirectory(dir, "py"));
        OutsideTools.Output out = OutsideTools.run(List.of(OutsideTools.PYTHON.toString(), script.toString(),
                dir.resolve(format.fileName(false)).toString(), rdflibFormat), 600);
        assertThat(out.exit()).as(out.err()).isZero();
        assertThat(Long.parseLong(out.out().strip())).isEqualTo(counts.get(format));
    }

    private static KgServer server;

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sparqlWrapperGetsTheHeadlineAnswer() throws IOException {
        OutsideTools.requirePythonModule("SPARQLWrapper");
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        server = KgServer.start(kg.store.dataset(), ServerSettings.readOnly(0, kg.dbRoot.resolve("fuseki-run-py")));
        Path tmp = Files.createTempDirectory(dir, "sw");
        Path script = OutsideTools.resource("/clients/sparqlwrapper_headline.py", tmp);
        Path query = OutsideTools.resource("/queries/yellow-river-2030.rq", tmp);
        OutsideTools.Output out = OutsideTools.run(List.of(OutsideTools.PYTHON.toString(), script.toString(),
                server.sparqlEndpoint(), query.toString()), 120);
        assertThat(out.exit()).as(out.err()).isZero();
        assertThat(out.out().lines()).contains("004_b6acf62b5d9e0109.txt\t鄂托克旗人民政府办公室关于印发鄂尔多斯市创建国家生态文明建设示范市鄂托克旗实施方案的通知\t提升水环境质量\t2025");
    }
}
