package org.ecopolicy.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manifests that cannot be trusted and loads that load nothing: a row naming a file that is not
 * there is an error with file and line (failing the load with {@code --strict}); a manifest with
 * broken CSV fails the load and its folder's documents are not loaded with wrong metadata; a load
 * of nothing exits non-zero.
 */
class ManifestStrictnessTest {

    private static final String HEADER = "file,title,issuer,doc_number,date,jurisdiction,level,period_start,period_end\n";
    private static final String DOC = "004_b6acf62b5d9e0109.txt";

    @TempDir
    Path tmp;

    private Path folderWith(String manifest) throws Exception {
        Path corpus = BundledCorpus.materialize(tmp.resolve("bundled"));
        Path dir = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(corpus.resolve(DOC), dir.resolve(DOC));
        Files.writeString(dir.resolve("manifest.csv"), manifest);
        return dir;
    }

    @Test
    void aRowNamingAMissingFileIsAnErrorWithItsLine() throws Exception {
        Path dir = folderWith(HEADER
                + DOC + ",测试方案,测试办公室,,2023-05-06,鄂托克旗,banner,2023,2025\n"
                + "005_not-there.txt,缺失的文件,,,,,,,\n");
        String error = "error: " + dir + "/manifest.csv:3: manifest row names a missing file '005_not-there.txt' (not in "
                + dir.toAbsolutePath() + ")";

        CliTest.Run lenient = CliTest.run("load", "--db", tmp.resolve("db1").toString(), dir.toString());
        assertThat(lenient.err().lines()).contains(error, "1 loaded, 1 with errors, 0 warnings");
        assertThat(lenient.exit()).isZero();

        CliTest.Run strict = CliTest.run("load", "--strict", "--db", tmp.resolve("db2").toString(), dir.toString());
        assertThat(strict.err().lines()).contains(error);
        assertThat(strict.exit()).isEqualTo(1);
    }

    @Test
    void aManifestWithBrokenCsvFailsTheLoadAndItsDocumentsAreNotLoaded() throws Exception {
        Path dir = folderWith(HEADER
                + DOC + ",\"测试方案,测试办公室,,2023-05-06,鄂托克旗,banner,2023,2025\n"
                + "other.txt,其他,,,,,,,\n");
        Path db = tmp.resolve("db");

        CliTest.Run run = CliTest.run("load", "--db", db.toString(), dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        // the quote opened on line 2 never closes
        assertThat(run.err()).contains("error: " + dir.toAbsolutePath() + "/manifest.csv:2: malformed CSV: "
                        + "EOF reached before encapsulated token finished")
                .contains("; the documents in " + dir.toAbsolutePath() + " were not loaded: correct the manifest and load them again")
                .contains("0 loaded, 1 with errors")
                .doesNotContain("\tat ");
        assertThat(run.err()).doesNotContain("loaded " + DOC);
    }

    @Test
    void loadingNothingExitsNonZero() {
        Path missing = tmp.resolve("missing/path");
        CliTest.Run run = CliTest.run("load", "--db", tmp.resolve("db").toString(), missing.toString());
        assertThat(run.err().lines()).containsExactly(
                "error: " + missing + ": no such file or folder",
                "0 loaded, 1 with errors, 0 warnings",
                "ecokg: nothing loaded");
        assertThat(run.exit()).isEqualTo(1);
    }
}
