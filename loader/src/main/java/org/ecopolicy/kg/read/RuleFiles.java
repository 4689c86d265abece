package org.ecopolicy.kg.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rule tables bundled as classpath resources (CSV with a header row; lines starting
 * with # are comments). Rules live in data files so they can be extended without code changes.
 */
public final class RuleFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private RuleFiles() {
    }

    /** Rows of a resource such as {@code /rules/headings.csv}, each as column name to value. */
    public static List<Map<String, String>> rows(String resource) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = FORMAT.parse(reader)) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    rows.add(record.toMap());
                }
                return rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule resource " + resource, e);
        }
    }

    /** One column of a resource, in file order, skipping empty values. */
    public static List<String> column(String resource, String column) {
        List<String> values = new ArrayList<>();
        for (Map<String, String> row : rows(resource)) {
            String value = row.get(column);
            if (value != null && !value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }
}
