package org.ecopolicy.kg.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.CorpusLoader;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.ecopolicy.kg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP readers of a running server, while a load commits into its store, see the graph before the
 * load or after it and never a mixture: every answer of one query counting documents, measures
 * and targets equals the before-state or the after-state.
 */
class ReadDuringReloadTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReadDuringReloadTest.class);

    static final String COUNTS = """
            PREFIX eco: <https://w3id.org/ecokg/ontology#>
            SELECT (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?m) AS ?measures) (COUNT(DISTINCT ?t) AS ?targets)
            WHERE { { ?doc a eco:PolicyDocument } UNION { ?m a eco:Measure } UNION { ?t a eco:Target } }
            """;
    static final Pattern NUMBER = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"");
    static final String DOC_004 = "004_b6acf62b5d9e0109.txt";

    @TempDir
    Path tmp;

    @Test
    void readersSeeTheOldGraphOrTheNewOneNeverAMixture() throws Exception {
        Pipeline pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        Path base = BundledCorpus.materialize(tmp.resolve("base"));
        // The reload: two new copies of every document, and 004 with one measure fewer.
        Path next = TestCorpora.copies(tmp.resolve("next"), 2);
        String text004 = Files.readString(base.resolve(DOC_004));
        int cut = text004.indexOf("\n", text004.indexOf("\n", text004.length() / 2) + 1);
        Files.writeString(next.resolve(DOC_004), text004.substring(0, cut) + "\n");
        try (KgStore store = KgStore.connect(tmp.resolve("db"));
             KgServer server = KgServer.start(store.dataset(), ServerSettings.readOnly(0, tmp.resolve("run")))) {
            new CorpusLoader(pipeline).load(store, List.of(base));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlEndpoint() + "?query="
                    + URLEncoder.encode(COUNTS, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build();
            String before = counts(http, request);

            AtomicBoolean loading = new AtomicBoolean(true);
            List<String> observed = Collections.synchronizedList(new ArrayList<>());
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread reader = new Thread(() -> {
                    try {
                        int extra = 20; // keep reading a little after the load, to see the new state
                        while (loading.get() || extra-- > 0) {
                            observed.add(counts(http, request));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                reader.start();
                readers.add(reader);
            }
            try {
                new CorpusLoader(pipeline).load(store, List.of(next));
            } finally {
                loading.set(false);
            }
            for (Thread reader : readers) {
                reader.join(120_000);
            }
            String after = counts(http, request);

            assertThat(failures).isEmpty();
            assertThat(after).isNotEqualTo(before);
            Set<String> states = new LinkedHashSet<>(observed);
            assertThat(states).as("states seen by %d reads", observed.size()).isSubsetOf(before, after).contains(after);
            LOG.info(String.format("ReadDuringReloadTest: %d reads, before %s, after %s, saw %s",
                    observed.size(), before, after, states));
        }
    }

    /** "docs/measures/targets" as one reader's query answers them. */
    private static String counts(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher m = NUMBER.matcher(response.body());
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(m.group(1));
        }
        assertThat(numbers).hasSize(3);
        return String.join("/", numbers);
    }
}
