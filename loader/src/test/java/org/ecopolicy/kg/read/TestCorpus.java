package org.ecopolicy.kg.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Locates the bundled corpus files for tests (the project's top-level corpus/ folder). */
public final class TestCorpus {

    private TestCorpus() {
    }

    public static Path dir() {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate : new Path[] {cwd.resolve("../corpus"), cwd.resolve("corpus")}) {
            if (Files.isRegularFile(candidate.resolve("manifest.csv"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("corpus folder not found from " + cwd);
    }

    /** The corpus file whose name starts with {@code stem} (e.g. "004"). */
    public static Path file(String stem) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(stem + "_"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no corpus file " + stem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path manifest() {
        return dir().resolve("manifest.csv");
    }

    /** A gold file of the development set, e.g. "004.measures.csv". */
    public static Path gold(String name) {
        try {
            return Path.of(TestCorpus.class.getResource("/gold/dev/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("no gold file " + name, e);
        }
    }
}
