package org.ecopolicy.kg.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopolicy.kg.model.DocumentMetadata;

/**
 * Parses the metadata table that documents copied from government websites start with, e.g.
 * <pre>
 * 索引号	000014348/2024-04883	主题分类	工业、交通 \ 其他
 * 发布机构	自治区工业和信息化厅	文号
 * 成文日期	2024-08-13	公文时效
 * </pre>
 * Cells are separated by tabs (or, on lines without tabs, by runs of spaces); "key：value" cells
 * work too. Keys come from {@code /rules/read/header-table-keys.csv}. Only the leading lines of the
 * text are examined, and the table ends at the first line holding no known key.
 */
public final class HeaderTableParser {

    private static final String RESOURCE = "/rules/read/header-table-keys.csv";
    /** The table, when present, stands before the document proper: look only this far. */
    private static final int MAX_LEADING_LINES = 12;

    private final Map<String, String> keyToField = new LinkedHashMap<>();

    public HeaderTableParser() {
        for (Map<String, String> row : RuleFiles.rows(RESOURCE)) {
            keyToField.put(row.get("key"), row.getOrDefault("field", ""));
        }
    }

    /** The header table at the start of {@code normalized} text; empty when there is none. */
    public HeaderTable parse(String normalized) {
        Map<String, String> fields = new LinkedHashMap<>();
        int end = 0;
        int seen = 0;
        for (TextLine line : TextLine.split(normalized)) {
            if (line.isBlank(normalized)) {
                continue;
            }
            if (++seen > MAX_LEADING_LINES) {
                break;
            }
            Map<String, String> cells = cells(line.of(normalized));
            if (cells.isEmpty()) {
                if (!fields.isEmpty()) {
                    break;
                }
                continue;
            }
            fields.putAll(cells);
            end = line.end();
        }
        return new HeaderTable(fields, metadata(fields), end);
    }

    /** Known keys on one line with their values; empty when the line has no known key first. */
    private Map<String, String> cells(String line) {
        List<String> tokens = tokens(line);
        Map<String, String> cells = new LinkedHashMap<>();
        String key = null;
        StringBuilder value = new StringBuilder();
        for (String token : tokens) {
            String[] keyed = splitKeyed(token);
            if (keyed != null) {
                if (key != null) {
                    cells.put(key, value.toString().trim());
                }
                key = keyed[0];
                value.setLength(0);
                value.append(keyed[1]);
            } else if (key == null) {
                return Map.of();
            } else {
                value.append(value.length() > 0 ? " " : "").append(token);
            }
        }
        if (key != null) {
            cells.put(key, value.toString().trim());
        }
        return cells;
    }

    /** [key, value] when the token is a known key, alone or as "key:value"; else null. */
    private String[] splitKeyed(String token) {
        String t = token.trim();
        if (keyToField.containsKey(t)) {
            return new String[] {t, ""};
        }
        int colon = t.indexOf(':');
        if (colon > 0 && keyToField.containsKey(t.substring(0, colon).trim())) {
            return new String[] {t.substring(0, colon).trim(), t.substring(colon + 1).trim()};
        }
        return null;
    }

    private static List<String> tokens(String line) {
        String[] parts = line.indexOf('\t') >= 0 ? line.split("\t") : line.trim().split("\\s{2,}|\\s(?=\\S+:)");
        List<String> tokens = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                tokens.add(part.trim());
            }
        }
        if (line.indexOf('\t') < 0 && tokens.size() == 1) {
            // "发布机构 自治区工业和信息化厅 文号" written with single spaces
            tokens = List.of(line.trim().split("\\s+"));
        }
        return tokens;
    }

    private DocumentMetadata metadata(Map<String, String> fields) {
        String title = null;
        String issuer = null;
        String number = null;
        LocalDate date = null;
        LocalDate published = null;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String value = e.getValue().isEmpty() ? null : e.getValue();
            if (value == null) {
                continue;
            }
            switch (keyToField.getOrDefault(e.getKey(), "")) {
                case "title" -> title = title == null ? value : title;
                case "issuer" -> issuer = issuer == null ? value : issuer;
                case "number" -> number = number == null ? value : number;
                case "date" -> date = date == null ? DateParser.find(value) : date;
                case "published" -> published = published == null ? DateParser.find(value) : published;
                default -> { }
            }
        }
        return new DocumentMetadata(title, issuer, number, date != null ? date : published, null, null, null, null);
    }
}
