package org.ecopolicy.kg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

/**
 * Chinese full-text search over the words of measures and sections: the catalogue query
 * {@code search} (jena-text) with the user's words bound as its {@code ?q} parameter, never pasted
 * into the query. Used by {@code ecokg search} and the search page.
 */
public final class FullTextSearch {

    /** The snippet marks a match with these (jena-text highlighting, see queries/search.rq). */
    public static final String MATCH_START = "【";
    public static final String MATCH_END = "】";

    /** One ranked hit: a measure, or a section that is not itself a measure. */
    public record Hit(String kind, String title, String document, double score, String snippet, String iri) {
    }

    private final QueryRunner runner;

    public FullTextSearch(QueryRunner runner) {
        this.runner = runner;
    }

    public List<Hit> search(String words, int limit) {
        if (words == null || words.isBlank()) {
            throw new IllegalArgumentException("nothing to search for: give some words, e.g. 草原生态补偿");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        Query query = QueryRunner.prepare(QueryCatalogue.load().require("search").sparql(),
                Map.of("q", words.strip(), "limit", String.valueOf(limit)));
        ResultSetRewindable rows = runner.select(query);
        List<Hit> hits = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution r = rows.next();
            hits.add(new Hit(r.getLiteral("kind").getString(), r.getLiteral("title").getString(),
                    r.getLiteral("document").getString(), r.getLiteral("score").getDouble(),
                    r.contains("snippet") ? r.getLiteral("snippet").getString() : "", r.getResource("hit").getURI()));
        }
        return hits;
    }
}
