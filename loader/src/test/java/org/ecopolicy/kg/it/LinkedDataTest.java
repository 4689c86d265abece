package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.ecopolicy.kg.vocabulary.EKG;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity IRIs dereference on the running server: HTML for people, RDF for machines, 404 for strangers. */
class LinkedDataTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    static final String YELLOW_RIVER = "id/place/huanghe-liuyu";
    static final String MEASURE_004_WATER = "id/doc/004_b6acf62b5d9e0109/measure/m7";

    private static KgServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        server = KgServer.start(kg.store.dataset(), ServerSettings.readOnly(0, kg.dbRoot.resolve("fuseki-run-ld")), Iris.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).lang(lang).base("http://localhost/").parse(model);
        return model;
    }

    @Test
    void sameIriGivesHtmlToBrowsersAndTurtleToRdfClients() throws Exception {
        HttpResponse<String> html = get(YELLOW_RIVER, BROWSER_ACCEPT);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html").containsIgnoringCase("utf-8");
        assertThat(html.headers().firstValue("Vary").orElseThrow()).contains("Accept");
        assertThat(html.body()).contains("<h1>黄河流域</h1>").contains("Yellow River Basin");

        HttpResponse<String> turtle = get(YELLOW_RIVER, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model model = parse(turtle.body(), Lang.TURTLE);
        Resource place = model.createResource(Iris.DEFAULT_BASE + "place/huanghe-liuyu");
        assertThat(model.contains(place, SKOS.prefLabel, model.createLiteral("黄河流域", "zh"))).isTrue();
        assertThat(model.contains(place, org.apache.jena.vocabulary.RDF.type, model.createResource(EKG.NS + "Basin"))).isTrue();
    }

    @Test
    void theTurtleOfAPlaceCarriesWhatItsPageShowsBoundedWithLinksToAll() throws Exception {
        Model model = parse(get(YELLOW_RIVER, "text/turtle").body(), Lang.TURTLE);
        Resource basin = model.createResource(Iris.DEFAULT_BASE + "place/huanghe-liuyu");
        // containment: the places in the basin, labelled (呼和浩特市 and 鄂尔多斯市 lie in it)
        var members = model.listSubjectsWithProperty(EKG.inBasin, basin).toList();
        assertThat(members).hasSize(50);     // 162 in the gazetteer, the first 50 in the RDF
        assertThat(members).allSatisfy(m -> assertThat(m.hasProperty(SKOS.prefLabel)).isTrue());
        // the measures affecting it: the first 50 of 102, each with its title and document
        var measures = model.listSubjectsWithProperty(EKG.affectsPlace, basin).toList();
        assertThat(measures).hasSize(50);
        assertThat(measures).allSatisfy(m -> {
            assertThat(m.hasProperty(DCTerms.title)).isTrue();
            assertThat(m.hasProperty(EKG.inDocument)).isTrue();
        });
        // each bounded list links to a SPARQL URL of this server that returns all of it
        var links = model.listObjectsOfProperty(basin, org.apache.jena.vocabulary.RDFS.seeAlso).toList();
        String allMeasures = links.stream().map(n -> n.asResource().getURI())
                .filter(u -> u.startsWith(server.sparqlEndpoint()) && u.contains("affectsPlace")).findFirst().orElseThrow();
        HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create(allMeasures))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body().strip().split("\r?\n")).hasSize(1 + 102);

        // an indicator's Turtle carries its targets (the cascade): year, value, comparator, document
        Model forest = parse(get("ontology/indicator/forest-coverage", "text/turtle").body(), Lang.TURTLE);
        var targets = forest.listSubjectsWithProperty(EKG.indicator).toList();
        assertThat(targets).isNotEmpty().allSatisfy(t -> {
            assertThat(t.hasProperty(EKG.targetYear)).isTrue();
            assertThat(t.hasProperty(EKG.inDocument)).isTrue();
        });
        assertThat(targets.stream().map(t -> t.getProperty(EKG.targetYear).getInt() + " "
                + t.getProperty(EKG.targetValue).getLiteral().getLexicalForm()).toList()).contains("2025 22.4", "2035 22.57");
    }

    @Test
    void everySyntaxByAcceptAndBySuffixParsesToTheSameDescription() throws Exception {
        Model expected = parse(get(MEASURE_004_WATER, "text/turtle").body(), Lang.TURTLE);
        // The concise bounded description carries the measure's evidence and its mentions' quotes.
        assertThat(expected.listObjectsOfProperty(EKG.quote).toList()).extracting(n -> n.asLiteral().getString())
                .contains("提升水环境质量");
        assertThat(expected.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, EKG.PlaceMention).toList()).isNotEmpty();
        String[][] cases = {{"application/ld+json", "jsonld"}, {"application/rdf+xml", "rdf"},
                {"application/n-triples", "nt"}, {"text/turtle", "ttl"}};
        for (String[] c : cases) {
            Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(c[0]);
            HttpResponse<String> byAccept = get(MEASURE_004_WATER, c[0]);
            assertThat(byAccept.headers().firstValue("Content-Type").orElseThrow()).as(c[0]).startsWith(c[0]);
            assertThat(parse(byAccept.body(), lang).isIsomorphicWith(expected)).as(c[0]).isTrue();
            // The suffix wins even over a browser's Accept header.
            HttpResponse<String> bySuffix = get(MEASURE_004_WATER + "." + c[1], BROWSER_ACCEPT);
            assertThat(bySuffix.statusCode()).isEqualTo(200);
            assertThat(parse(bySuffix.body(), lang).isIsomorphicWith(expected)).as(c[1]).isTrue();
        }
        HttpResponse<String> html = get(MEASURE_004_WATER + ".html", "text/turtle");
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        // JSON-LD uses the published context's short keys.
        assertThat(get(MEASURE_004_WATER + ".jsonld", null).body()).contains("\"quote\"").contains("\"title\": \"提升水环境质量\"");
    }

    @Test
    void unknownIrisGetA404Page() throws Exception {
        HttpResponse<String> page = get("id/place/no-such-place", BROWSER_ACCEPT);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到").contains("Not found").contains(Iris.DEFAULT_BASE + "place/no-such-place");
        assertThat(get("id/place/no-such-place", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("id/place/no-such-place.ttl", null).statusCode()).isEqualTo(404);
        // Characters that could not be in our IRIs are refused before any query runs.
        assertThat(get("id/place/x%3E%20%7D", BROWSER_ACCEPT).statusCode()).isEqualTo(404);
        assertThat(get(YELLOW_RIVER, "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void placePageShowsContainmentAndMeasuresDirectlyAndThroughContainedPlaces() throws Exception {
        String river = get(YELLOW_RIVER, BROWSER_ACCEPT).body();
        // 提升水环境质量 (004) names 黄河干流/黄河支流, places within the basin.
        assertThat(river).contains("影响本地区的措施（102，其中直接提及 20）").contains("提升水环境质量").contains("黄河支流");
        assertThat(river).doesNotContain("class=\"more\""); // all 102 listed (呼包鄂, a grouping within the basin, named in 002 since the national gazetteer)
        assertThat(river).contains("href=\"/" + MEASURE_004_WATER + "\"");
        // A banner: its containment chain up to the autonomous region.
        String banner = get("id/place/etuokeqi", BROWSER_ACCEPT).body();
        assertThat(banner).contains("<h1>鄂托克旗</h1>").contains("鄂尔多斯市").contains("内蒙古自治区").contains("所属");
        assertThat(banner.indexOf("鄂尔多斯市")).isLessThan(banner.indexOf("内蒙古自治区"));
    }

    @Test
    void regionPageShowsItsPlacesAsAFoldableTreeWithMeasureCounts() throws Exception {
        String region = get("id/place/neimenggu", BROWSER_ACCEPT).body();
        int ordos = region.indexOf("<details><summary><a href=\"/id/place/eerduosishi\"");
        assertThat(ordos).as("鄂尔多斯市 folds open to its banners").isPositive();
        int end = closingTag(region, ordos, "details");
        int banner = region.indexOf("href=\"/id/place/etuokeqi\"", ordos);
        assertThat(banner).as("鄂托克旗 inside 鄂尔多斯市's branch").isPositive().isLessThan(end);
        // The count beside 鄂托克旗 is the number of measures affecting it (004 names it throughout).
        String count = region.substring(banner, region.indexOf("</li>", banner));
        assertThat(count).containsPattern("class=\"count\"[^>]*>[1-9][0-9]*</span>");
        assertThat(region).doesNotContain("<script");
    }

    /** Where the element opened at {@code start} closes, counting the same elements nested inside it. */
    private static int closingTag(String html, int start, String tag) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(/?)" + tag + "[\\s>]").matcher(html);
        int depth = 0;
        for (int from = start; m.find(from); from = m.end()) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return m.start();
            }
        }
        return -1;
    }

    @Test
    void measurePageShowsTheExactQuoteWithDocumentAndLocation() throws Exception {
        String page = get(MEASURE_004_WATER, BROWSER_ACCEPT).body();
        assertThat(page).contains("<h1>提升水环境质量</h1>").contains("<blockquote class=\"quote\">提升水环境质量")
                .contains("鄂托克旗人民政府办公室").containsPattern("第 \\d+–\\d+ 字");
        // Its targets with their quotes, and the departments with their role.
        assertThat(page).contains("目标与基线").contains("到2025年").contains("牵头 lead");
    }

    @Test
    void departmentPageListsTasksLedAndSupported() throws Exception {
        String index = get("id/", BROWSER_ACCEPT).body();
        String href = index.replaceAll("(?s).*href=\"(/id/org/[^\"]+)\">鄂托克旗生态环境分局<.*", "$1");
        assertThat(href).startsWith("/id/org/");
        String page = get(href.substring(1), BROWSER_ACCEPT).body();
        assertThat(page).contains("<h1>鄂托克旗生态环境分局</h1>").contains("牵头的任务").contains("提升水环境质量")
                .contains("完善环境信息公开制度").contains("参与/负责的任务");
    }

    @Test
    void documentPageShowsOutlineAndTargets() throws Exception {
        String page = get("id/doc/004_b6acf62b5d9e0109", BROWSER_ACCEPT).body();
        assertThat(page).contains("章节与措施").contains("二、").contains("提升水环境质量").contains("目标与基线");
        assertThat(page).contains("/#/dataset/ecokg/query?query=");
    }

    @Test
    void indexListsDocumentsAndEntryPointsAndLinksTheDescription() throws Exception {
        HttpResponse<String> index = get("id/", BROWSER_ACCEPT);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("政策文件").contains("004_b6acf62b5d9e0109.txt").contains("内政办发〔2025〕37号")
                .contains("href=\"/id/place/huanghe-liuyu\"").contains("森林覆盖率").contains("鄂托克旗生态环境分局")
                .contains("href=\"/.well-known/void\"");
    }

    @Test
    void ontologyTermsAndSchemesResolveToo() throws Exception {
        HttpResponse<String> version = get("ontology/0.1.0", "text/turtle");
        assertThat(version.statusCode()).as("the ontology's owl:versionIRI resolves").isEqualTo(303);
        assertThat(version.headers().firstValue("Location")).hasValue("/ontology");
        assertThat(get("ontology/9.9.9", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("ontology", BROWSER_ACCEPT).body()).contains("id=\"Measure\"").contains("措施");
        HttpResponse<String> indicator = get("ontology/indicator/forest-coverage", BROWSER_ACCEPT);
        assertThat(indicator.statusCode()).isEqualTo(200);
        assertThat(indicator.body()).contains("<h1>森林覆盖率</h1>").contains("forest coverage rate").contains("22.4");
        HttpResponse<String> context = get("ontology/context.jsonld", null);
        assertThat(context.statusCode()).isEqualTo(200);
        assertThat(context.body()).contains("\"@context\"");
    }

    @Test
    void voidDescriptionIsServedAsTurtleByDefault() throws Exception {
        HttpResponse<String> voidTtl = get(".well-known/void", null);
        assertThat(voidTtl.statusCode()).isEqualTo(200);
        assertThat(voidTtl.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model model = parse(voidTtl.body(), Lang.TURTLE);
        Resource ds = model.createResource(Iris.DEFAULT_BASE + "dataset");
        assertThat(ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo(server.sparqlEndpoint());
        assertThat(ds.getPropertyResourceValue(DCTerms.license).getURI()).contains("creativecommons.org/licenses/by/4.0");
        assertThat(model.listObjectsOfProperty(ds, DCAT.distribution).toList()).hasSize(6);  // ttl, nt, jsonld, rdf, trig, nq
        assertThat(get(".well-known/void", "application/ld+json").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/ld+json");
        // The served dumps are real.
        HttpResponse<String> dump = get("dump/ecokg.nt", null);
        assertThat(dump.statusCode()).isEqualTo(200);
        assertThat(parse(dump.body(), Lang.NTRIPLES).size()).isEqualTo(ds.getProperty(VOID.triples).getLong());
        // The dataset IRI itself leads to the description.
        assertThat(get("id/dataset", null).statusCode()).isEqualTo(303);
    }
}
