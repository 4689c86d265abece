package org.ecopolicy.kg.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every bundled rule and reference table parses, and none holds the same row twice. */
class RuleFilesTest {

    @Test
    void noRuleOrReferenceTableRepeatsARow() {
        List<String> files = RuleSource.bundledFiles().stream().filter(f -> f.endsWith(".csv")).toList();
        assertThat(files).contains("rules/extract/department-cues.csv", "ontology/gazetteer/places.csv");
        List<String> duplicates = new ArrayList<>();
        for (String file : files) {
            Map<List<String>, Long> firstLine = new HashMap<>();
            for (CsvTable.Row row : CsvTable.read("/" + file)) {
                List<String> values = row.record().toList();
                Long earlier = firstLine.putIfAbsent(values, row.line());
                if (earlier != null) {
                    duplicates.add(file + " line " + row.line() + " repeats line " + earlier + ": " + values);
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }
}
