package org.ecopolicy.kg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Query results as a plain-text table for a terminal: plain values (a literal's text, an IRI as
 * written, no {@code "2027"^^xsd:integer}), columns padded by display width, so that Chinese text,
 * which takes two terminal columns a character, lines up. Text cells wider than {@link #MAX_CELL}
 * columns are cut with "…" (IRIs never); {@code --format csv} gives every value whole.
 */
public final class TextTable {

    /** Widest cell, in terminal columns. */
    public static final int MAX_CELL = 60;

    private TextTable() {
    }

    public static void write(ResultSet results, PrintWriter out) {
        List<String> vars = results.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        rows.add(vars);
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> cells = new ArrayList<>(vars.size());
            for (String v : vars) {
                RDFNode value = row.get(v);
                // IRIs stay whole: a reader copies them into the next query.
                cells.add(value != null && value.isURIResource() ? plain(value) : cut(plain(value)));
            }
            rows.add(cells);
        }
        int[] widths = new int[vars.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                out.println(rule(widths));
            }
        }
        out.printf("(%d row%s)%n", rows.size() - 1, rows.size() == 2 ? "" : "s");
        out.flush();
    }

    /** The value a person reads: lexical form of a literal, IRI text, blank node label; empty when unbound. */
    static String plain(RDFNode value) {
        if (value == null) {
            return "";
        }
        Node n = value.asNode();
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().replaceAll("\\s+", " ");
        }
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            b.append(i == 0 ? "" : " | ").append(cells.get(i)).append(" ".repeat(widths[i] - width(cells.get(i))));
        }
        return b.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            b.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        return b.toString();
    }

    private static String cut(String text) {
        if (width(text) <= MAX_CELL) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int cp : text.codePoints().toArray()) {
            int w = width(cp);
            if (used + w > MAX_CELL - 1) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
        }
        return b.append('…').toString();
    }

    /** Display width in terminal columns. */
    static int width(String text) {
        return text.codePoints().map(TextTable::width).sum();
    }

    /**
     * Two columns for East Asian wide and full-width characters (CJK ideographs and punctuation,
     * kana, hangul, full-width forms), one otherwise: the ranges of Markus Kuhn's wcwidth.
     */
    static int width(int cp) {
        boolean wide = cp >= 0x1100 && (cp <= 0x115F
                || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD));
        return wide ? 2 : 1;
    }
}
