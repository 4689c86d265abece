package org.ecopolicy.kg.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ecopolicy.kg.cli.EcoKg;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.store.UpProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load and a build onto a full file system: a 3 MiB tmpfs (the bundled corpus needs about
 * 20 MiB as TDB2), mounted for the test where it can be (Linux, as root); skipped with the reason
 * elsewhere. Each command runs in a child JVM, as a user runs it, and must end within two minutes
 * with exit 1 and one line that names the cause and the path, no stack trace, and no generation
 * left behind.
 */
class FullDiskTest {

    @TempDir
    Path tmp;

    private Path mount;

    @BeforeEach
    void mountSmallFileSystem() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs Linux to mount a small tmpfs");
        mount = Files.createDirectories(tmp.resolve("small"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (!mounted) {
            mount = null;
        }
        assumeTrue(mounted, "cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN): " + out.strip());
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void loadOntoAFullDiskSaysSoInOneLineAndLeavesNoDatabase() throws Exception {
        Path corpus = BundledCorpus.materialize(tmp.resolve("corpus"));
        Path db = mount.resolve("db");
        try (UpProcess load = UpProcess.start("load", "--db", db.toString(), corpus.toString())) {
            assertThat(load.waitFor(120)).as("load ends, with exit 1:%n%s", load.err()).isEqualTo(1);
            assertOneLineNamingTheDisk(load.errLines(), db.resolve("gen-1"));
        }
        assertThat(generations(db)).isEmpty();
        assertThat(db.resolve("current")).doesNotExist();
    }

    @Test
    void buildOntoAFullDiskEndsInsteadOfHangingAndLeavesNoHalfBuiltGeneration() throws Exception {
        Path db = mount.resolve("db");
        try (UpProcess up = UpProcess.start("up", "--port", "0", "--db", db.toString())) {
            assertThat(up.waitFor(120)).as("up ends, with exit 1:%n%s", up.err()).isEqualTo(1);
            assertOneLineNamingTheDisk(up.errLines(), db.resolve("gen-1"));
        }
        assertThat(generations(db)).isEmpty();
    }

    @Test
    void aGenerationLeftByAKilledBuildIsRemovedByTheNextLoad() throws Exception {
        Path db = tmp.resolve("db");
        Path corpus = BundledCorpus.materialize(tmp.resolve("corpus"));
        assertThat(EcoKg.run("load", "--db", db.toString(), corpus.resolve("004_b6acf62b5d9e0109.txt").toString())).isZero();
        Path leftOver = Files.createDirectories(db.resolve("gen-7").resolve("Data-0001"));
        Files.writeString(leftOver.resolve("GSPO.dat"), "half written");
        assertThat(EcoKg.run("load", "--db", db.toString(), corpus.resolve("000_696ee5f43742316c.txt").toString())).isZero();
        assertThat(generations(db)).containsExactly("gen-1");
    }

    private void assertOneLineNamingTheDisk(List<String> stderr, Path writing) {
        String expected = "ecokg: no space left on " + mount + " (tmpfs) while writing " + writing;
        assertThat(stderr).isNotEmpty();
        assertThat(stderr.get(stderr.size() - 1)).isEqualTo(expected);
        assertThat(stderr).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception in thread") || l.contains("InternalError"));
    }

    private static List<String> generations(Path db) throws IOException {
        if (!Files.isDirectory(db)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(db)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }
}
