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
 * A place affected by more measures than a page lists: the page names the full count, lists the
 * first measures in document order and points to the console for the rest.
 */
class PlacePagePagingTest {

    @TempDir
    Path tmp;

    @Test
    void aPlaceWithMoreMeasuresThanAPageListsTheFirstAndCountsAll() throws Exception {
        // two copies of the corpus: the autonomous region is affected by 2 x 103 measures (美丽内蒙古建设, a
        // slogan, names no place)
        Path corpus = new ScaledCorpus(Gazetteer.load()).write(tmp.resolve("x2"), 2).folder();
        try (KgStore store = KgStore.connect(tmp.resolve("db"))) {
            new CorpusLoader(new Pipeline(ReferenceData.load(), Iris.defaults())).load(store, List.of(corpus));
            try (KgServer server = KgServer.start(store.dataset(), ServerSettings.readOnly(0, tmp.resolve("run")))) {
                HttpResponse<String> page = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                        .send(HttpRequest.newBuilder(URI.create(server.url() + "id/place/neimenggu"))
                                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
                String html = page.body();
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(html).contains("影响本地区的措施（206，");
                assertThat(html).contains("按文件顺序列出前 200 条，共 206 条").contains("The first 200 of 206");
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
