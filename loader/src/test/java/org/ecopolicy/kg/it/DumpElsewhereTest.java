package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.export.DumpFormat;
import org.ecopolicy.kg.export.Exporter;
import org.ecopolicy.kg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Load the dump at another institute" commands for the TriG dump, run as written:
 * Jena's {@code tdb2.tdbloader} into a fresh TDB2 folder, then a stock Fuseki (no module of ours)
 * from the README's configuration file, whose default graph must hold the data.
 */
class DumpElsewhereTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String README_FOLDER = "/data/ecokg-trig";

    @Test
    void theTrigDumpLoadedAndServedAsTheReadmeSaysAnswersFromTheDefaultGraph(@TempDir Path tmp) throws Exception {
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        Path release = Files.createDirectories(tmp.resolve("release"));
        new Exporter(kg.store.dataset()).export(DumpFormat.TRIG, release, false, Iris.DEFAULT_BASE);
        long unionSize = Txn.calculateRead(kg.store.dataset(), () -> (long) kg.store.dataset().getUnionGraph().size());

        String section = readmeSection();
        Path folder = tmp.resolve("ecokg-trig");
        // tdb2.tdbloader --loc /data/ecokg-trig ecokg.trig, in the dump's folder
        List<String> loaderArgs = command(section, "tdb2.tdbloader --loc " + README_FOLDER);
        assertThat(loaderArgs).containsExactly("--loc", README_FOLDER, "ecokg.trig");
        tdb2.tdbloader.main("--loc", folder.toString(), release.resolve(loaderArgs.get(2)).toString());

        Matcher config = Pattern.compile("cat > ecokg-fuseki.ttl <<'EOF'\n(.*?)\nEOF\n", Pattern.DOTALL).matcher(section);
        assertThat(config.find()).as("the README's Fuseki configuration").isTrue();
        assertThat(config.group(1)).contains("tdb2:unionDefaultGraph true").contains("\"" + README_FOLDER + "\"");
        Path configFile = Files.writeString(tmp.resolve("ecokg-fuseki.ttl"),
                config.group(1).replace("\"" + README_FOLDER + "\"", "\"" + folder + "\""));

        FusekiServer server = FusekiServer.create().fusekiModules(FusekiModules.empty()).port(0)
                .parseConfigFile(configFile.toString()).build().start();
        try {
            String endpoint = "http://localhost:" + server.getPort() + "/ecokg/sparql";
            // the default graph is the union: every triple, measures and the reference graph's places in it
            assertThat(select(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
                    .contains("\n" + unionSize);
            assertThat(select(endpoint, "PREFIX eco: <https://w3id.org/ecokg/ontology#> "
                    + "SELECT (COUNT(?m) AS ?n) WHERE { ?m a eco:Measure }")).doesNotContain("\n0");
            assertThat(select(endpoint, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                    + "SELECT ?l WHERE { <https://w3id.org/ecokg/id/place/huanghe-liuyu> skos:prefLabel ?l }"))
                    .contains("黄河流域");
            // the read-only graph endpoint of the configuration serves it too
            HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getPort() + "/ecokg/get?graph="
                            + URLEncoder.encode(Iris.defaults().referenceGraph(), StandardCharsets.UTF_8)))
                    .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.body()).contains("huanghe-liuyu");
        } finally {
            server.stop();
        }
    }

    /** The README from "### Load the dump at another institute" to the next heading. */
    private static String readmeSection() throws IOException {
        String text = Files.readString(README);
        int start = text.indexOf("### Load the dump at another institute");
        assertThat(start).as("README section").isNotNegative();
        int end = text.indexOf("\n#", start + 10);
        while (end > 0 && !text.startsWith("\n## ", end) && !text.startsWith("\n### ", end)) {
            end = text.indexOf("\n#", end + 1);
        }
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The arguments of the README line that starts with {@code prefix}'s command. */
    private static List<String> command(String section, String prefix) {
        for (String line : section.split("\n")) {
            if (line.startsWith(prefix)) {
                List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
                words.remove(0);
                return words;
            }
        }
        throw new AssertionError("no line '" + prefix + "…' in the README section");
    }

    private static String select(String endpoint, String sparql) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replace("\r\n", "\n");
    }
}
