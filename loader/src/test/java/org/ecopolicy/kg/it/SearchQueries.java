package org.ecopolicy.kg.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The researchers' search queries written down with what counts as a hit ({@code search/queries.csv}):
 * a hit is relevant when one of its sentences matches every {@code &}-separated pattern of
 * {@code relevant_if}; {@code expected_in_top10} names measures that must be among the first ten.
 */
record SearchQueries(String query, List<Pattern> relevantIf, List<String> expectedInTop10) {

    static List<SearchQueries> load() {
        try (InputStream in = SearchQueries.class.getResourceAsStream("/search/queries.csv")) {
            List<SearchQueries> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.add(new SearchQueries(r.get("query"),
                        Arrays.stream(r.get("relevant_if").split(" & ")).map(Pattern::compile).toList(),
                        r.get("expected_in_top10").isEmpty() ? List.of() : List.of(r.get("expected_in_top10").split("\\|"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean relevant(String text) {
        for (String sentence : text.split("[。；;！？\\n]")) {
            if (relevantIf.stream().allMatch(p -> p.matcher(sentence).find())) {
                return true;
            }
        }
        return false;
    }
}
