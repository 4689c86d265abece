package org.ecopolicy.kg.read;

import java.time.LocalDate;
import java.util.Map;
import org.ecopolicy.kg.model.DocumentMetadata;

/**
 * The key/value cells of a government-website header table, in the order they appear, and the
 * metadata they give.
 *
 * @param fields key (索引号, 发布机构, 文号, 成文日期 …) to value as written; empty values are kept
 * @param end    offset just after the table's last line
 */
public record HeaderTable(Map<String, String> fields, DocumentMetadata metadata, int end) {

    public HeaderTable {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public String get(String key) {
        return fields.get(key);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public LocalDate date() {
        return metadata.date();
    }
}
