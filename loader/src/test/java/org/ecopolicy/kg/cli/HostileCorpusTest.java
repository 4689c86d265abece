package org.ecopolicy.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.model.ExtractedDocument;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.read.Manifest;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder of hostile files loaded through the command line, as a researcher would: every bad
 * file is named with the exact message the user sees, the good ones (UTF-8, GBK, GB18030, a text
 * without headings) are loaded, and only {@code --strict} turns the problems into a failing exit.
 */
class HostileCorpusTest {

    static final String DOC_004 = "004_b6acf62b5d9e0109.txt";
    static final String DOC_003 = "003_7ef778b540c36882.txt";
    static final String DOC_000 = "000_696ee5f43742316c.txt";
    static final long HUGE = 50L * 1024 * 1024;

    @TempDir
    static Path tmp;
    static Path dir;
    static Path other;
    static int truncatedAt;
    static CliTest.Run run;

    static byte[] bundled(String name) throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }

    @BeforeAll
    static void loadHostileFolder() throws IOException {
        dir = Files.createDirectories(tmp.resolve("hostile"));
        String text004 = new String(bundled(DOC_004), StandardCharsets.UTF_8);
        Files.write(dir.resolve("004.txt"), bundled(DOC_004));
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
                0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0});
        byte[] truncated = "内蒙古自治区生态环境保护实施方案\n一、总体要求\n到2025年".getBytes(StandardCharsets.UTF_8);
        truncatedAt = truncated.length - 3;
        Files.write(dir.resolve("c-truncated.txt"), Arrays.copyOf(truncated, truncated.length - 1));
        String text003 = new String(bundled(DOC_003), StandardCharsets.UTF_8);
        assertThat(Charset.forName("GBK").newEncoder().canEncode(text003)).isTrue();
        Files.write(dir.resolve("d-gbk.txt"), text003.getBytes(Charset.forName("GBK")));
        // 䶮 (U+4DAE) is in GB18030 but not in GBK.
        String text000 = new String(bundled(DOC_000), StandardCharsets.UTF_8) + "\n附：䶮\n";
        assertThat(Charset.forName("GBK").newEncoder().canEncode(text000)).isFalse();
        Files.write(dir.resolve("e-gb18030.txt"), text000.getBytes(Charset.forName("GB18030")));
        writeHuge(dir.resolve("f-huge.txt"), text004.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("g-prose.txt"), "我们坚持绿色发展理念，持续推进生态文明建设。各地区要提高认识，"
                + "加强协调，确保各项工作取得实效。\n生态环境保护是一项长期任务，需要全社会共同参与。\n");
        Files.write(dir.resolve("h-copy-of-004.txt"), bundled(DOC_004));
        Files.writeString(dir.resolve("manifest.csv"), String.join("\n",
                "file,title,issuer,doc_number,date,jurisdiction,level,period_start,period_end",
                "d-gbk.txt,测试方案,测试办公室,,2023-05-06,鄂尔多斯市,city,2023,2025",
                "e-gb18030.txt,测试意见,,,2023-13-40,,,,",
                "g-prose.txt,只有两列",
                "004.txt,,,,,,prefecture,,",
                ""));
        other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("004.txt"), text004 + "\n（本件为修订稿）\n");
        run = CliTest.run("load", "--db", tmp.resolve("db").toString(), dir.toString(), other.toString());
    }

    /** 50 MiB of real document text, written in pieces so the test itself needs little memory. */
    static void writeHuge(Path file, byte[] piece) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (written < HUGE) {
                int n = (int) Math.min(piece.length, HUGE - written);
                out.write(piece, 0, n);
                written += n;
            }
        }
    }

    @Test
    void everyProblemIsReportedWithTheExactMessageAndTheGoodFilesLoad() {
        String d = dir.toString();
        List<String> expected = List.of(
                // What a good file yields moves with the rules (ExpectedTablesTest pins it, and the
                // test below compares the GBK/GB18030 files with their UTF-8 originals); here only
                // that it loaded, and that a text without headings yields no measure.
                "loaded 004.txt: N measures, N targets, N triples",
                "loaded d-gbk.txt: N measures, N targets, N triples",
                "loaded e-gb18030.txt: N measures, N targets, N triples",
                "loaded g-prose.txt: 0 measures, 0 targets, N triples",
                "warning: " + d + "/g-prose.txt: no recognisable heading structure; loaded as a document with no measures",
                // File names are checked before any extraction starts, so this one comes first.
                "error: " + other + "/004.txt: duplicate document id '004' (already taken by " + d
                        + "/004.txt in this load); skipped, rename one of them",
                "error: " + d + "/manifest.csv:3: malformed manifest row: bad date '2023-13-40', expected YYYY-MM-DD",
                "error: " + d + "/manifest.csv:4: malformed manifest row: expected 9 columns but found 2",
                "error: " + d + "/manifest.csv:5: malformed manifest row: bad level 'prefecture', expected "
                        + "autonomous-region, city or banner",
                "error: " + d + "/a-empty.txt: empty file",
                "error: " + d + "/b-binary.txt: binary file (NUL byte at offset 8), expected text",
                "error: " + d + "/c-truncated.txt:3: truncated UTF-8: the file ends inside a character at byte offset "
                        + truncatedAt,
                "error: " + d + "/f-huge.txt: file too large (52428800 bytes, limit 16777216); not read. "
                        + "A policy document is far smaller: split the file into its documents",
                "error: " + d + "/h-copy-of-004.txt: duplicate document: same text as " + d + "/004.txt; skipped",
                "4 loaded, 9 with errors, 1 warning");
        assertThat(run.err().lines().map(HostileCorpusTest::withoutCounts).toList()).containsExactlyElementsOf(expected);
        assertThat(run.exit()).as("problems without --strict do not fail the load").isZero();
    }

    /** A "loaded" line with its counts as N, except a count of zero. */
    private static String withoutCounts(String line) {
        return line.startsWith("loaded ") ? line.replaceAll("\\b[1-9]\\d*\\b", "N") : line;
    }

    @Test
    void gbkAndGb18030FilesReadAsTheirUtf8Originals() throws IOException {
        Pipeline pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        Path utf8 = Files.createDirectories(tmp.resolve("utf8"));
        Files.write(utf8.resolve("d-gbk.txt"), bundled(DOC_003));
        Files.writeString(utf8.resolve("e-gb18030.txt"),
                new String(bundled(DOC_000), StandardCharsets.UTF_8) + "\n附：䶮\n");
        for (String name : List.of("d-gbk.txt", "e-gb18030.txt")) {
            var fromGb = pipeline.read(dir.resolve(name), Manifest.empty());
            var fromUtf8 = pipeline.read(utf8.resolve(name), Manifest.empty());
            assertThat(fromGb.text().charset()).isEqualTo("GB18030");
            assertThat(fromGb.text().original()).isEqualTo(fromUtf8.text().original());
            ExtractedDocument a = pipeline.extract(fromGb);
            ExtractedDocument b = pipeline.extract(fromUtf8);
            assertThat(a.structure().measures()).isEqualTo(b.structure().measures());
            assertThat(a.targets()).isEqualTo(b.targets());
        }
        assertThat(pipeline.read(dir.resolve("e-gb18030.txt"), Manifest.empty()).text().original()).endsWith("附：䶮\n");
    }

    @Test
    void theStoreHoldsExactlyTheGoodDocuments() {
        try (KgStore store = KgStore.connect(new StoreLayout(tmp.resolve("db")).current().orElseThrow())) {
            List<String> graphs = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
                List<String> names = new java.util.ArrayList<>();
                store.dataset().listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
                return names;
            });
            Iris iris = Iris.defaults();
            assertThat(graphs).containsExactlyInAnyOrder(iris.documentGraph("004"), iris.documentGraph("d-gbk"),
                    iris.documentGraph("e-gb18030"), iris.documentGraph("g-prose"), iris.referenceGraph(),
                    iris.statisticsGraph());
        }
    }

    @Test
    void strictModeFailsOnAnyProblemButStillLoadsTheGoodFiles(@TempDir Path db) throws IOException {
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.write(small.resolve("a-empty.txt"), new byte[0]);
        Files.copy(dir.resolve("g-prose.txt"), small.resolve("g-prose.txt"));
        CliTest.Run strict = CliTest.run("load", "--strict", "--db", db.toString(), small.toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err()).contains("error: " + small + "/a-empty.txt: empty file")
                .contains("loaded g-prose.txt").endsWith("1 loaded, 1 with errors, 1 warning\n");
        CliTest.Run lenient = CliTest.run("load", "--db", db.toString(), small.toString());
        assertThat(lenient.exit()).isZero();
        // A warning alone is no problem, even in strict mode.
        Files.delete(small.resolve("a-empty.txt"));
        assertThat(CliTest.run("load", "--strict", "--db", db.toString(), small.toString()).exit()).isZero();
    }
}
