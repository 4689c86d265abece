package org.ecopolicy.kg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ecokg up} (or any ecokg command) in a child JVM, as a user runs it beside other commands:
 * its own process, so the database folder's lock is really held by another process. Stops with
 * the test ({@link #close}).
 */
public final class UpProcess implements AutoCloseable {

    private static final Pattern UP = Pattern.compile("EcoPolicy KG is up in .*: (http://localhost:(\\d+)/)");

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();

    private UpProcess(Process process) {
        this.process = process;
        collect(process.getInputStream(), out);
        collect(process.getErrorStream(), err);
    }

    /** Starts {@code ecokg ARGS...} in a child JVM. */
    public static UpProcess start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.ecopolicy.kg.cli.EcoKg"));
        command.addAll(List.of(args));
        return new UpProcess(new ProcessBuilder(command).start());
    }

    /** Starts {@code ecokg up --port 0 --db DB EXTRA...} and waits until it serves; returns its base URL. */
    public static UpProcess up(Path db, String... extra) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("up", "--port", "0", "--db", db.toString()));
        args.addAll(List.of(extra));
        UpProcess up = start(args.toArray(String[]::new));
        up.awaitServing(300);
        return up;
    }

    private void awaitServing(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (url() != null) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("ecokg up did not start serving:\n" + err());
    }

    /** The server's base URL, e.g. http://localhost:40123/ (null until it serves). */
    public String url() {
        for (String line : out) {
            Matcher m = UP.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    public String sparqlEndpoint() {
        return url() + "ecokg/sparql";
    }

    public long pid() {
        return process.pid();
    }

    /** Waits for the child to end by itself; its exit code, or -1 when it did not end in time. */
    public int waitFor(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    public String err() {
        return String.join("\n", err);
    }

    public List<String> errLines() {
        return List.copyOf(err);
    }

    private static void collect(InputStream stream, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Stops the child (SIGTERM, as Ctrl-C would; SIGKILL if it does not end) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
