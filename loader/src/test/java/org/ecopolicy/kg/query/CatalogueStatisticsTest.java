package org.ecopolicy.kg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.it.TestKnowledgeGraph;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.BuildInputs;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.KnowledgeGraphBuilder;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts stored at load are the counts a scanning query finds now: on the bundled corpus (a
 * bulk-loaded generation), and after {@code ecokg load} adds ten copies of it to a live database
 * (eleven times the corpus, recomputed in the load's own transaction).
 */
class CatalogueStatisticsTest {

    private static final String PREFIX = "PREFIX eco: <https://w3id.org/ecokg/ontology#>\n";

    /** Each statistic: the scanning query and the query reading the stored count, both giving (?k, ?n). */
    private static final Map<String, String[]> STATISTICS = new TreeMap<>(Map.of(
            "affecting measures per place", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?m) AS ?n) { ?m eco:affectsPlace ?k } GROUP BY ?k",
                "SELECT ?k ?n { ?k eco:affectingMeasureCount ?n }"},
            "naming measures per place", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?m) AS ?n) { ?m eco:mentionsPlace ?k } GROUP BY ?k",
                "SELECT ?k ?n { ?k eco:namingMeasureCount ?n }"},
            "lead tasks per department", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?m) AS ?n) { ?a eco:role \"lead\" ; eco:agent ?k . ?m eco:hasAssignment ?a } GROUP BY ?k",
                "SELECT ?k ?n { ?k eco:leadTaskCount ?n }"},
            "lead documents per department", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?d) AS ?n) { ?a eco:role \"lead\" ; eco:agent ?k . ?m eco:hasAssignment ?a ; eco:inDocument ?d } GROUP BY ?k",
                "SELECT ?k ?n { ?k eco:leadDocumentCount ?n }"},
            "responsible tasks per department", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?m) AS ?n) { ?a eco:role \"responsible\" ; eco:agent ?k . ?m eco:hasAssignment ?a } GROUP BY ?k",
                "SELECT ?k ?n { ?k eco:responsibleTaskCount ?n }"},
            "responsible documents per department", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?d) AS ?n) { ?a eco:role \"responsible\" ; eco:agent ?k . ?m eco:hasAssignment ?a ; eco:inDocument ?d } GROUP BY ?k",
                "SELECT ?k ?n { ?k eco:responsibleDocumentCount ?n }"},
            "quantitative targets per indicator", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?t) AS ?n) { ?t a eco:QuantitativeTarget ; eco:indicator ?k } GROUP BY ?k",
                "SELECT ?k ?n { ?k eco:indicatorTargetCount ?n }"},
            "targets due per year", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?t) AS ?n) { ?t a eco:Target ; eco:targetYear ?k } GROUP BY ?k",
                "SELECT ?k ?n { ?y eco:year ?k ; eco:dueTargetCount ?n }"},
            "measures due per year", new String[] {
                "SELECT ?k (COUNT(DISTINCT ?m) AS ?n) { ?m eco:deadlineYear ?k } GROUP BY ?k",
                "SELECT ?k ?n { ?y eco:year ?k ; eco:dueMeasureCount ?n }"},
            "documents", new String[] {
                "SELECT (\"all\" AS ?k) (COUNT(DISTINCT ?d) AS ?n) { ?d a eco:PolicyDocument }",
                "SELECT (\"all\" AS ?k) ?n { ?s a eco:Statistics ; eco:documentCount ?n }"}));

    @TempDir
    Path tmp;

    @Test
    void theBundledCorpusCountsAreTheScanningCounts() {
        DatasetGraph ds = TestKnowledgeGraph.get().store.dataset();
        assertStoredEqualsScanned(ds);
        // the Yellow River basin is named by some measures and affected by more (those naming a place in it)
        Map<String, Long> basin = counts(ds, "SELECT ?k ?n { <https://w3id.org/ecokg/id/place/huanghe-liuyu>"
                + " eco:affectingMeasureCount ?a ; eco:namingMeasureCount ?m . VALUES ?k { \"a\" \"m\" }"
                + " BIND(IF(?k = \"a\", ?a, ?m) AS ?n) }");
        assertThat(basin.get("m")).isPositive();
        assertThat(basin.get("a")).isGreaterThan(basin.get("m"));
        assertThat(counts(ds, "SELECT ?k ?n { ?s a eco:Statistics ; eco:documentCount ?n BIND(\"docs\" AS ?k) }"))
                .containsEntry("docs", 5L);
    }

    @Test
    void statisticsLiveInTheirOwnGraphThatNamesTheGraphsCounted() {
        DatasetGraph ds = TestKnowledgeGraph.get().store.dataset();
        String stats = Iris.DEFAULT_BASE + "graph/statistics";
        assertThat(counts(ds, "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?k { ?p eco:affectingMeasureCount ?c } } GROUP BY ?k"))
                .containsOnlyKeys(stats);
        TreeSet<String> derivedFrom = new TreeSet<>(counts(ds, "PREFIX prov: <http://www.w3.org/ns/prov#>"
                + " SELECT ?k (1 AS ?n) { GRAPH <" + stats + "> { <" + stats + "> prov:wasDerivedFrom ?k } }").keySet());
        TreeSet<String> documentGraphs = new TreeSet<>(counts(ds,
                "SELECT DISTINCT ?k (1 AS ?n) { GRAPH ?k { ?d a eco:PolicyDocument } }").keySet());
        assertThat(derivedFrom).hasSize(5).isEqualTo(documentGraphs);
    }

    @Test
    void aLoadIntoALiveDatabaseRecomputesThemInItsTransaction() throws IOException {
        Pipeline pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        StoreLayout layout = new StoreLayout(tmp.resolve("db"));
        KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(pipeline);
        builder.rebuild(layout, List.of(BundledCorpus.materialize(tmp.resolve("bundled"))),
                BuildInputs.current(pipeline.iris().base()));
        builder.load(layout, List.of(copies(BundledCorpus.materialize(tmp.resolve("again")), 10)));
        try (KgStore store = KgStore.connect(layout.current().orElseThrow())) {
            DatasetGraph ds = store.dataset();
            assertStoredEqualsScanned(ds);
            // the five bundled documents and the fifty copies
            assertThat(counts(ds, "SELECT (\"n\" AS ?k) ?n { ?s a eco:Statistics ; eco:documentCount ?n }"))
                    .containsEntry("n", 55L);
        }
    }

    /**
     * {@code times} copies of every document under new names, each with a line of its own so no
     * two texts are the same (a load skips a text it already has).
     */
    private Path copies(Path corpus, int times) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("x" + times));
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file);
                for (int i = 1; i <= times; i++) {
                    String name = file.getFileName().toString().replace(".txt", "-copy" + i + ".txt");
                    Files.writeString(folder.resolve(name), text + "\n（第" + i + "份副本）\n");
                }
            }
        }
        return folder;
    }

    private static void assertStoredEqualsScanned(DatasetGraph ds) {
        STATISTICS.forEach((name, pair) -> {
            Map<String, Long> scanned = counts(ds, pair[0]);
            assertThat(scanned).as(name).isNotEmpty();
            assertThat(counts(ds, pair[1])).as(name).isEqualTo(scanned);
        });
    }

    private static Map<String, Long> counts(DatasetGraph ds, String select) {
        return Txn.calculateRead(ds, () -> {
            Map<String, Long> out = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.create().query(PREFIX + select).dataset(DatasetFactory.wrap(ds)).build()) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> {
                    var k = r.get("k");
                    out.put(k.isLiteral() ? k.asLiteral().getLexicalForm() : k.toString(), r.getLiteral("n").getLong());
                });
            }
            return out;
        });
    }
}
