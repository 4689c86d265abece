package org.ecopolicy.kg.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Programs outside the JVM that tests drive (rapper, Debian's python3 with rdflib and
 * SPARQLWrapper, chromium). {@code .ci/run} installs them; a developer machine without them skips
 * those tests, but under CI=true a missing tool fails the test.
 */
final class OutsideTools {

    /** Debian's interpreter: the python3-* packages install into it, not into a pyenv or venv one. */
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path RAPPER = Path.of("/usr/bin/rapper");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private OutsideTools() {
    }

    static boolean onCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Skips (off CI) or fails (on CI) unless {@code ok}. */
    static void require(boolean ok, String what) {
        if (!ok && onCi()) {
            throw new AssertionError(what + " is missing, but .ci/run should have installed it");
        }
        assumeTrue(ok, what + " is not installed (apt-get install it, or see .ci/run)");
    }

    static void requireExecutable(Path program) {
        require(Files.isExecutable(program), program.toString());
    }

    static void requirePythonModule(String module) {
        boolean ok = Files.isExecutable(PYTHON)
                && run(List.of(PYTHON.toString(), "-c", "import " + module), 60).exit() == 0;
        require(ok, "python module " + module + " for " + PYTHON);
    }

    record Output(int exit, String out, String err) {
    }

    static Output run(List<String> command, int timeoutSeconds) {
        try {
            Path out = Files.createTempFile("ecokg-tool", ".out");
            Path err = Files.createTempFile("ecokg-tool", ".err");
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            Output result = new Output(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A test resource copied to a file, for programs that want a path. */
    static Path resource(String name, Path dir) throws IOException {
        Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (var in = OutsideTools.class.getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
