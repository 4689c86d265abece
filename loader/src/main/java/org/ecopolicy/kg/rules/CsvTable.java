package org.ecopolicy.kg.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV data file with a header row through {@link RuleSource}. Rule and gazetteer data live in
 * such files, so every loader shares one way of reading them and of reporting a bad row.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setCommentMarker('#').get();

    private CsvTable() {
    }

    /** One data row and the line of the file it ends on (the header is line 1). */
    public record Row(CSVRecord record, long line) {
        public String get(String column) {
            return record.get(column);
        }

        public String get(int index) {
            return record.get(index);
        }

        /** The field, or "" when the file lacks the column (optional columns). */
        public String optional(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        }
    }

    /** All rows of a rule file (bundled, or the --rules profile's copy), e.g. {@code /rules/extract/place-stopwords.csv}. */
    public static List<Row> read(String resource, String... requiredColumns) {
        try (InputStream in = RuleSource.open(resource)) {
            return parse(RuleSource.describe(resource), new InputStreamReader(in, StandardCharsets.UTF_8), requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static List<Row> parse(String name, Reader reader, String... requiredColumns) throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new IllegalStateException(name + ": header lacks column '" + column + "' (has "
                            + header + ")");
                }
            }
            List<Row> records = new ArrayList<>();
            try {
                for (CSVRecord record : parser) {
                    if (!record.isConsistent()) {
                        throw new IllegalStateException(name + " line " + parser.getCurrentLineNumber()
                                + ": expected " + header.size() + " fields, found " + record.size());
                    }
                    records.add(new Row(record, parser.getCurrentLineNumber()));
                }
            } catch (UncheckedIOException e) {
                throw new IllegalStateException(name + " line " + parser.getCurrentLineNumber()
                        + ": malformed CSV: " + e.getCause().getMessage(), e);
            }
            return records;
        }
    }

    /** The first column of each record: a one-word-per-line list with a header. */
    public static List<String> firstColumn(String resource) {
        return read(resource).stream().map(r -> r.get(0)).filter(s -> !s.isEmpty()).toList();
    }

    /** The {@code valueColumn} of the rows whose {@code keyColumn} is {@code key} (one kind of row of a rule table). */
    public static List<String> where(List<Row> rows, String keyColumn, String key, String valueColumn) {
        return rows.stream().filter(r -> r.get(keyColumn).equals(key)).map(r -> r.get(valueColumn)).toList();
    }

    /** Splits a {@code |}-joined list field; empty field gives an empty list. */
    public static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

}
