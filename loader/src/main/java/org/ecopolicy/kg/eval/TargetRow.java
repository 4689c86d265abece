package org.ecopolicy.kg.eval;

import java.util.Map;

/**
 * One row of a targets table, gold or system, as the matching rules see it: document stem, year,
 * kind ("quantitative" or "qualitative"), comparator code, value and unit as written ("" when none).
 */
public record TargetRow(String doc, int year, String kind, String indicator, String comparator, String value,
                        String unit, String quote) {

    /** The row of a targets table read as a map of column to cell; {@code docColumn} names the document column. */
    public static TargetRow of(Map<String, String> row, String docColumn) {
        return new TargetRow(Tables.stem(row.get(docColumn)), Integer.parseInt(row.get("year").trim()), row.get("kind"),
                row.getOrDefault("indicator", ""), row.getOrDefault("comparator", ""), row.getOrDefault("value", ""),
                row.getOrDefault("unit", ""), row.getOrDefault("quote", ""));
    }

    public boolean quantitative() {
        return kind.equals("quantitative");
    }

    public boolean qualitative() {
        return kind.equals("qualitative");
    }
}
