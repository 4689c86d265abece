package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.TextAnalyzers;
import org.ecopolicy.kg.store.TextIndex;
import org.junit.jupiter.api.Test;

/**
 * Picks the analyzer by measured quality: the written-down queries run through
 * {@code queries/search.rq} over an index of the bundled corpus built with each analyzer; a hit
 * counts when its text matches the query's relevance rule. The default analyzer must find every
 * measure the file expects in the first ten, and have the best mean precision at 10 of the analyzers
 * that do. The figures go to {@code target/search-quality.csv}.
 */
class SearchQualityTest {

    record Ranked(String title, boolean relevant) {
    }

    static List<Ranked> top10(DatasetGraph dataset, SearchQueries q) {
        var query = QueryRunner.prepare(QueryCatalogue.load().require("search").sparql(),
                Map.of("q", q.query(), "limit", "10"));
        return Txn.calculateRead(dataset, () -> {
            ResultSet rs = new QueryRunner(dataset).select(query);
            List<Ranked> out = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                out.add(new Ranked(r.getLiteral("title").getString(), q.relevant(textOf(dataset, r.getResource("hit").getURI()))));
            }
            return out;
        });
    }

    private static String textOf(DatasetGraph dataset, String hit) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(
                "SELECT ?t WHERE { ?hit <https://w3id.org/ecokg/ontology#text> ?t }");
        pss.setIri("hit", hit);
        return new QueryRunner(dataset).select(pss.asQuery()).next().getLiteral("t").getString();
    }

    static double precision(List<Ranked> hits) {
        return hits.isEmpty() ? 0 : hits.stream().filter(Ranked::relevant).count() / (double) hits.size();
    }

    @Test
    void theDefaultAnalyzerHasTheBestPrecisionAtTen() throws IOException {
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        List<SearchQueries> queries = SearchQueries.load();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        Map<TextAnalyzers, Double> mean = new EnumMap<>(TextAnalyzers.class);
        Map<TextAnalyzers, List<String>> missing = new EnumMap<>(TextAnalyzers.class);
        StringBuilder csv = new StringBuilder("analyzer,query,relevant,returned,precision_at_10,top10\n");
        for (TextAnalyzers analyzer : TextAnalyzers.values()) {
            DatasetGraph indexed = TextIndex.inMemory(kg.store.dataset(), analyzer);
            double sum = 0;
            for (SearchQueries q : queries) {
                List<Ranked> hits = top10(indexed, q);
                sum += precision(hits);
                csv.append(analyzer).append(',').append(q.query()).append(',')
                        .append(hits.stream().filter(Ranked::relevant).count()).append(',').append(hits.size()).append(',')
                        .append(String.format("%.2f", precision(hits))).append(",\"")
                        .append(String.join(" | ", hits.stream().map(h -> (h.relevant() ? "+" : "-") + h.title()).toList()))
                        .append("\"\n");
                missing.computeIfAbsent(analyzer, a -> new ArrayList<>()).addAll(q.expectedInTop10().stream()
                        .filter(t -> hits.stream().noneMatch(h -> h.title().equals(t))).map(t -> q.query() + ": " + t).toList());
            }
            mean.put(analyzer, sum / queries.size());
            csv.append(analyzer).append(",(mean),,,").append(String.format("%.3f", sum / queries.size()))
                    .append(",\"expected measures missing from the first ten: ").append(missing.get(analyzer)).append("\"\n");
        }
        Files.writeString(Path.of("target", "search-quality.csv"), csv);
        // first: the measures a researcher must find are there; then: the fewest irrelevant hits
        assertThat(missing.get(TextAnalyzers.DEFAULT)).as("expected measures missing from the first ten").isEmpty();
        for (TextAnalyzers other : TextAnalyzers.values()) {
            if (missing.get(other).isEmpty()) {
                assertThat(mean.get(TextAnalyzers.DEFAULT)).as(mean.toString()).isGreaterThanOrEqualTo(mean.get(other));
            }
        }
        assertThat(mean.get(TextAnalyzers.DEFAULT)).isGreaterThan(0.85);
    }
}
