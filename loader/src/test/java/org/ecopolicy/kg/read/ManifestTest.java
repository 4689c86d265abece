package org.ecopolicy.kg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    private static final String HEADER = "file,title,issuer,doc_number,date,jurisdiction,level,period_start,period_end\n";

    @TempDir
    Path tmp;

    @Test
    void bundledManifestDescribesAllFiveDocumentsWithoutProblems() {
        Manifest manifest = Manifest.load(TestCorpus.manifest());

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.entries()).hasSize(5);
        DocumentMetadata m001 = manifest.forFile(TestCorpus.file("001").getFileName().toString()).orElseThrow();
        assertThat(m001.number()).isEqualTo("内政办发〔2025〕37号");
        assertThat(m001.date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(m001.periodStart()).isEqualTo(2025);
        assertThat(m001.periodEnd()).isEqualTo(2035);
        DocumentMetadata m002 = manifest.forFile(TestCorpus.file("002").toString()).orElseThrow();
        assertThat(m002.level()).isEqualTo(AdminLevel.CITY);
        assertThat(m002.jurisdiction()).isEqualTo("呼和浩特市");
        DocumentMetadata m004 = manifest.forFile(TestCorpus.file("004").getFileName().toString()).orElseThrow();
        assertThat(m004.level()).isEqualTo(AdminLevel.BANNER);
        assertThat(m004.jurisdiction()).isEqualTo("鄂托克旗");
        assertThat(manifest.forFile("999_missing.txt")).isEmpty();
    }

    @Test
    void malformedRowsAreReportedWithTheirLineAndGoodRowsStillLoad() throws Exception {
        String csv = HEADER
                + "a.txt,甲方案,甲旗人民政府,,2023-04-12,甲旗,banner,2022,2025\n"
                + "b.txt,乙方案,乙市人民政府,,2023-13-40,乙市,city,2021,2025\n"       // line 3: bad date
                + "c.txt,丙方案,丙市人民政府,,2023-01-01,丙市,prefecture,2021,2025\n" // line 4: bad level
                + "d.txt,丁方案\n"                                                   // line 5: too few columns
                + "\"e.txt\",\"戊方案\n续行\",戊旗人民政府,,2022-05-06,戊旗,banner,2022,2025\n" // lines 6-7 quoted newline
                + "f.txt,己方案,己旗人民政府,,,己旗,banner,20x5,2025\n"               // line 8: bad year
                + "g.txt,庚方案,庚区人民政府,,2020-02-02,庚区,banner,2021,2025\n";
        Path file = tmp.resolve("manifest.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        Manifest manifest = Manifest.load(file);

        assertThat(manifest.entries()).extracting(ManifestEntry::file).containsExactly("a.txt", "e.txt", "g.txt");
        assertThat(manifest.entry("g.txt").orElseThrow().line()).isEqualTo(8 + 1);
        assertThat(manifest.problems()).extracting(InputException::line).containsExactly(3, 4, 5, 8);
        assertThat(manifest.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.getMessage()).startsWith(file + ":" + p.line() + ": malformed manifest row");
        });
        assertThat(manifest.problems().get(0).getMessage()).contains("bad date '2023-13-40'");
        assertThat(manifest.problems().get(1).getMessage()).contains("bad level 'prefecture'");
        assertThat(manifest.problems().get(2).getMessage()).contains("expected 9 columns but found 2");
        assertThat(manifest.problems().get(3).getMessage()).contains("bad period_start '20x5'");
        assertThat(manifest.forFile("e.txt").orElseThrow().title()).isEqualTo("戊方案\n续行");
        assertThat(manifest.forFile("a.txt").orElseThrow().level()).isEqualTo(AdminLevel.BANNER);
    }

    @Test
    void wrongHeaderMakesTheWholeManifestUnusable() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.csv"), "name,title\na.txt,x\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Manifest.load(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":1: manifest header must be");
    }

    @Test
    void emptyManifestKnowsNothing() {
        assertThat(Manifest.empty().forFile("004_b6acf62b5d9e0109.txt")).isEmpty();
        assertThat(Manifest.empty().problems()).isEmpty();
    }
}
