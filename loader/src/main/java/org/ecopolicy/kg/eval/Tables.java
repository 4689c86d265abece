package org.ecopolicy.kg.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Rows of a targets or measures table (gold or system) as plain maps, keyed by docstem. */
final class Tables {

    private Tables() {
    }

    record MeasureRow(String doc, String path, String title, List<String> lead, List<String> responsible,
                      List<String> regions, List<String> projects) {
    }

    static List<Map<String, String>> read(Reader reader, String source) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new IOException(source + ":" + parser.getCurrentLineNumber() + ": wrong number of columns");
                }
                rows.add(record.toMap());
            }
        }
        return rows;
    }

    /** Docstem: the first three characters of a corpus file name ("004_b6a….txt" → "004"). */
    static String stem(String doc) {
        return doc.length() <= 3 ? doc : doc.substring(0, 3);
    }

    static MeasureRow measure(Map<String, String> row, String docColumn) {
        return new MeasureRow(stem(row.get(docColumn)), row.getOrDefault("path", ""), row.get("title"),
                items(row.get("lead")), items(row.get("responsible")), items(row.get("regions")),
                items(row.get("projects")));
    }

    static List<String> items(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
