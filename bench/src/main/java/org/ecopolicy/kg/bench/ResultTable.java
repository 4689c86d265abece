package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The benchmark's one table: a row per measured quantity, with our figure (in-process and over
 * HTTP), the peers' figures on the same data, the ratio that the goal is about, the goal and whether
 * it is met. Printed as aligned text and written as CSV.
 */
public final class ResultTable {

    public static final List<String> COLUMNS = List.of("scale", "stage", "item", "metric", "unit",
            "ecokg", "ecokg_http", "tdb2_tdbloader", "virtuoso", "oxigraph", "ratio", "goal", "met", "note");

    /** One row; unset cells stay empty. */
    public static final class Row {
        private final Map<String, String> cells = new LinkedHashMap<>();

        Row(String scale, String stage, String item, String metric, String unit) {
            COLUMNS.forEach(c -> cells.put(c, ""));
            cells.put("scale", scale);
            cells.put("stage", stage);
            cells.put("item", item);
            cells.put("metric", metric);
            cells.put("unit", unit);
        }

        Row set(String column, double value) {
            return setText(column, Double.isNaN(value) ? "" : format(value));
        }

        Row setText(String column, String value) {
            if (!cells.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
            cells.put(column, value == null ? "" : value);
            return this;
        }

        /** Sets the goal text and whether {@code ok} meets it (empty when unknown). */
        Row goal(String goal, Boolean ok) {
            cells.put("goal", goal);
            cells.put("met", ok == null ? "" : ok ? "yes" : "NO");
            return this;
        }

        Row note(String note) {
            cells.put("note", note);
            return this;
        }

        public String get(String column) {
            return cells.get(column);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    Row add(String scale, String stage, String item, String metric, String unit) {
        Row row = new Row(scale, stage, item, metric, unit);
        rows.add(row);
        return row;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Numbers with 3 significant digits (at least), no exponent. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        double abs = Math.abs(v);
        String f = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, f, v);
    }

    public void writeCsv(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                         .setHeader(COLUMNS.toArray(String[]::new)).get())) {
                for (Row row : rows) {
                    csv.printRecord(COLUMNS.stream().map(row::get).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Aligned text; columns that are empty in every row are left out. */
    public void print(PrintStream out) {
        List<String> shown = COLUMNS.stream().filter(c -> rows.stream().anyMatch(r -> !r.get(c).isEmpty())).toList();
        int[] width = new int[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            String c = shown.get(i);
            width[i] = Math.max(displayWidth(c), rows.stream().mapToInt(r -> displayWidth(r.get(c))).max().orElse(0));
        }
        out.println(line(shown, shown, width));
        out.println(line(shown, shown.stream().map(c -> "-".repeat(width[shown.indexOf(c)])).toList(), width));
        for (Row row : rows) {
            out.println(line(shown, shown.stream().map(row::get).toList(), width));
        }
    }

    /** The table as Markdown (for the README). */
    public String markdown() {
        List<String> shown = COLUMNS.stream().filter(c -> rows.stream().anyMatch(r -> !r.get(c).isEmpty())).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", shown)).append(" |\n");
        sb.append("|").append("---|".repeat(shown.size())).append("\n");
        for (Row row : rows) {
            sb.append("| ").append(String.join(" | ", shown.stream().map(c -> row.get(c).replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String line(List<String> shown, List<String> values, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            String v = values.get(i);
            sb.append(v).append(" ".repeat(Math.max(0, width[i] - displayWidth(v)))).append(i + 1 < shown.size() ? "  " : "");
        }
        return sb.toString().stripTrailing();
    }

    /** CJK characters take two terminal columns. */
    private static int displayWidth(String s) {
        return s.codePoints().map(cp -> Character.isIdeographic(cp) ? 2 : 1).sum();
    }

    static String scales(int[] scales) {
        return String.join(",", Arrays.stream(scales).mapToObj(Integer::toString).toList());
    }
}
