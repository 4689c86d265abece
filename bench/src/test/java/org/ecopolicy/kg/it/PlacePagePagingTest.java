package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecopolicy.kg.bench.ScaledCorpus;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.CorpusLoader;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.ecopolicy.kg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (In the benchmark module because it builds its corpus with the benchmark's {@code ScaledCorpus}.)
 * A place affected by more measures than a page lists: the page names the full count, lists the
 * first measures in document order and points to the console for the rest.
 */
class PlacePagePagingTest {

    @TempDir
    Path tmp;

    @Test
    void aPlaceWithMoreMeasuresThanAPageListsTheFirstAndCountsAll() throws Exception {
        // two copies of the corpus: the autonomous region is affected by more measures than a page lists
        Path corpus = new ScaledCorpus(Gazetteer.load()).write(tmp.resolve("x2"), 2).folder();
        try (KgStore store = KgStore.connect(tmp.resolve("db"))) {
            new CorpusLoader(new Pipeline(ReferenceData.load(), Iris.defaults())).load(store, List.of(corpus));
            long affecting = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> (Number) org.apache.jena.sparql.exec.QueryExec
                    .dataset(store.dataset())
                    .query("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m <https://w3id.org/ecokg/ontology#affectsPlace> "
                            + "<https://w3id.org/ecokg/id/place/neimenggu> }")
                    .select().next().get("n").getLiteralValue()).longValue();
            assertThat(affecting).isGreaterThan(200);
            try (KgServer server = KgServer.start(store.dataset(), ServerSettings.readOnly(0, tmp.resolve("run")))) {
                HttpResponse<String> page = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                        .send(HttpRequest.newBuilder(URI.create(server.url() + "id/place/neimenggu"))
                                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
                String html = page.body();
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(html).contains("影响本地区的措施（" + affecting + "，");
                assertThat(html).contains("按文件顺序列出前 200 条，共 " + affecting + " 条").contains("The first 200 of " + affecting);
                Matcher rows = Pattern.compile("<tr><td").matcher(html.substring(html.indexOf("class=\"affecting\"")));
                int listed = 0;
                while (rows.find()) {
                    listed++;
                }
                assertThat(listed).isEqualTo(200);
                // document order: the first copy's documents come first
                assertThat(html.indexOf("x0000_000")).isPositive().isLessThan(html.indexOf("x0001_000"));
            }
        }
    }
}
