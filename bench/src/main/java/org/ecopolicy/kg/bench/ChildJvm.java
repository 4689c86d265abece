package org.ecopolicy.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task in a separate JVM with a fixed heap (so its memory is its own and measurable) and
 * collects the {@code bench.key=value} lines it prints. Other output goes to a log file.
 */
final class ChildJvm {

    static final String PREFIX = "bench.";
    /** The collector the {@code ./ecokg} launcher selects, so children run as {@code ecokg} does. */
    static final String GC = "-XX:+UseParallelGC";

    private ChildJvm() {
    }

    static List<String> command(String heap, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (heap != null) {
            cmd.add("-Xmx" + heap);
        }
        cmd.add(GC);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** Runs {@code BenchChild task args…} to completion; fails when it exits non-zero or runs past the timeout. */
    static Map<String, String> run(String heap, Path log, long timeoutSeconds, String... args) {
        ProcessBuilder pb = new ProcessBuilder(command(heap, BenchChild.class.getName(), List.of(args)))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> values = new LinkedHashMap<>();
        try {
            Process p = pb.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    collect(line, values);
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("child JVM timed out: " + String.join(" ", args));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("child JVM failed (exit " + p.exitValue() + "): "
                        + String.join(" ", args) + "; see " + log);
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean collect(String line, Map<String, String> values) {
        if (line.startsWith(PREFIX) && line.indexOf('=') > 0) {
            int eq = line.indexOf('=');
            values.put(line.substring(PREFIX.length(), eq), line.substring(eq + 1));
            return true;
        }
        return false;
    }

    static void emit(String key, Object value) {
        System.out.println(PREFIX + key + "=" + value);
        System.out.flush();
    }
}
