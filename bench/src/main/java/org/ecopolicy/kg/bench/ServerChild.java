package org.ecopolicy.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Our Fuseki server in a child JVM (-Xmx2g), so its heap and resident memory are measured alone. */
final class ServerChild {

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final int port;

    private ServerChild(Process process, BufferedReader out, Writer in, int port) {
        this.process = process;
        this.out = out;
        this.in = in;
        this.port = port;
    }

    static ServerChild start(Path db, Path runArea, Path log) {
        try {
            Process p = new ProcessBuilder(ChildJvm.command("2g", BenchChild.class.getName(),
                    List.of("serve", db.toString(), runArea.toString())))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
            Map<String, String> values = new LinkedHashMap<>();
            String line;
            while (!values.containsKey("port") && (line = out.readLine()) != null) {
                ChildJvm.collect(line, values);
            }
            if (!values.containsKey("port")) {
                throw new IllegalStateException("benchmark server did not start; see " + log);
            }
            return new ServerChild(p, out, in, Integer.parseInt(values.get("port")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port + "/ecokg/sparql";
    }

    Map<String, String> memory() {
        try {
            in.write("memory\n");
            in.flush();
            Map<String, String> values = new LinkedHashMap<>();
            String line;
            while (!values.containsKey("done") && (line = out.readLine()) != null) {
                ChildJvm.collect(line, values);
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        try {
            in.write("stop\n");
            in.flush();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
