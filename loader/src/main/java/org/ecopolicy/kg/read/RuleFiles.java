package org.ecopolicy.kg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecopolicy.kg.rules.CsvTable;

/**
 * The rule tables of the reading and structure stages (CSV with a header row; lines starting
 * with # are comments), read through the project's one {@link CsvTable}, as column-name maps.
 */
public final class RuleFiles {

    private RuleFiles() {
    }

    /** Rows of a resource such as {@code /rules/structure/headings.csv}, each as column name to value. */
    public static List<Map<String, String>> rows(String resource) {
        return CsvTable.read(resource).stream().map(row -> row.record().toMap()).toList();
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
