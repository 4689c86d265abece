package org.ecopolicy.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecopolicy.kg.cli.EcoKg;

/**
 * {@code ecokg up} as a user starts it, in a fresh JVM: seconds from process start until the server
 * answers a SPARQL query. Cold = empty {@code --db} (extract, load, serve); warm = the same folder
 * again (the database is reused).
 */
final class StartupBench {

    private static final Pattern URL = Pattern.compile("is up in .*?(http://localhost:(\\d+)/)");

    private StartupBench() {
    }

    static double secondsToFirstAnswer(Path db, Path log) {
        List<String> cmd = ChildJvm.command(null, EcoKg.class.getName(),
                List.of("up", "--db", db.toString(), "--port", "0"));
        long start = System.nanoTime();
        Process p = null;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            String url = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while (url == null && (line = out.readLine()) != null) {
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            if (url == null) {
                throw new IllegalStateException("ecokg up did not come up; see " + log);
            }
            SparqlHttp http = new SparqlHttp(url + "ecokg/sparql");
            long deadline = start + TimeUnit.SECONDS.toNanos(120);
            while (!http.answers()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("ecokg up does not answer queries; see " + log);
                }
                VirtuosoPeer.sleep(20);
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (p != null) {
                p.destroy();
                try {
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
