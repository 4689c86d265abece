package org.ecopolicy.kg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SPARQL 1.1 JSON results ({@code application/sparql-results+json}) written in bulk, without
 * indentation. Jena's writer prints through an indenting writer one character at a time; a JFR
 * profile of the server under the catalogue queries at x1 put a quarter of each request's CPU there
 * (README, Performance). The terms and fields are Jena's: {@code xml:lang}, {@code its:dir},
 * {@code datatype} except on simple and language strings, blank nodes relabelled per answer (or as
 * given under {@link ARQ#outputGraphBNodeLabels}), triple terms as {@code "type": "triple"}.
 */
final class CompactJsonResults implements RowSetWriter {

    /** Written out in pieces of about this many characters: one write per small answer. */
    private static final int PIECE_CHARS = 1 << 15;

    static final RowSetWriterFactory FACTORY = lang -> new CompactJsonResults();

    private CompactJsonResults() {
    }

    /** Makes this the JVM's writer for JSON results (Fuseki looks it up per response). Idempotent. */
    static void install() {
        JenaSystem.init();
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, FACTORY);
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        write(rows, context, text -> {
            try {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        write(rows, context, text -> {
            try {
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        flush(out);
    }

    /** Writes the answer as text into {@code sink} in pieces of about {@link #PIECE_CHARS}. */
    private void write(RowSet rows, Context context, Consumer<StringBuilder> sink) {
        boolean labelsAsGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
        Map<Node, String> blankLabels = new HashMap<>();
        StringBuilder text = new StringBuilder(4096);
        List<Var> vars = rows.getResultVars();
        text.append("{\"head\":{\"vars\":[");
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            string(text, vars.get(i).getVarName());
        }
        text.append("]},\"results\":{\"bindings\":[");
        boolean firstRow = true;
        while (rows.hasNext()) {
            Binding row = rows.next();
            text.append(firstRow ? "\n{" : ",\n{");
            firstRow = false;
            boolean firstValue = true;
            for (Var var : vars) {
                Node value = row.get(var);
                if (value == null) {
                    continue;
                }
                if (!firstValue) {
                    text.append(',');
                }
                firstValue = false;
                string(text, var.getVarName());
                text.append(':');
                term(text, value, labelsAsGiven, blankLabels);
            }
            text.append('}');
            if (text.length() >= PIECE_CHARS) {
                sink.accept(text);
                text.setLength(0);
            }
        }
        text.append("\n]}}\n");
        sink.accept(text);
    }

    @Override
    public void write(OutputStream out, boolean answer, Context context) {
        try {
            out.write(("{\"head\":{},\"boolean\":" + answer + "}\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void term(StringBuilder text, Node node, boolean labelsAsGiven, Map<Node, String> blankLabels) {
        if (node.isURI()) {
            text.append("{\"type\":\"uri\",\"value\":");
            string(text, node.getURI());
        } else if (node.isLiteral()) {
            text.append("{\"type\":\"literal\",");
            if (Util.isSimpleString(node) || Util.isLangString(node) || Util.isDirLangString(node)) {
                String lang = node.getLiteralLanguage();
                if (lang != null && !lang.isEmpty()) {
                    text.append("\"xml:lang\":");
                    string(text, lang);
                    text.append(',');
                }
                TextDirection direction = node.getLiteralBaseDirection();
                if (direction != null) {
                    text.append("\"its:dir\":");
                    string(text, direction.direction());
                    text.append(',');
                }
            } else {
                text.append("\"datatype\":");
                string(text, node.getLiteralDatatypeURI());
                text.append(',');
            }
            text.append("\"value\":");
            string(text, node.getLiteralLexicalForm());
        } else if (node.isBlank()) {
            text.append("{\"type\":\"bnode\",\"value\":");
            string(text, labelsAsGiven ? node.getBlankNodeLabel()
                    : blankLabels.computeIfAbsent(node, n -> "b" + blankLabels.size()));
        } else if (node.isNodeTriple()) {
            Triple triple = node.getTriple();
            text.append("{\"type\":\"triple\",\"value\":{\"subject\":");
            term(text, triple.getSubject(), labelsAsGiven, blankLabels);
            text.append(",\"predicate\":");
            term(text, triple.getPredicate(), labelsAsGiven, blankLabels);
            text.append(",\"object\":");
            term(text, triple.getObject(), labelsAsGiven, blankLabels);
            text.append('}');
        } else {
            throw new IllegalArgumentException("not an RDF term for a SPARQL JSON result: " + node);
        }
        text.append('}');
    }

    /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259). */
    static void string(StringBuilder text, String value) {
        text.append('"');
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            text.append(value, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> text.append(String.format("\\u%04x", (int) c));
            }
        }
        text.append(value, start, value.length());
        text.append('"');
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
