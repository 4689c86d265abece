package org.ecopolicy.kg.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.query.QueryRunner;

/**
 * The spreadsheet tables of the brief, read back from the store: {@code targets} and
 * {@code measures}, CSV (RFC 4180, UTF-8, header row) or TSV, columns in the contract's order.
 */
public final class TableWriter {

    public static final List<String> TARGET_COLUMNS = List.of(
            "document", "measure", "year", "kind", "indicator", "comparator", "value", "unit", "scope", "quote", "iri");
    public static final List<String> MEASURE_COLUMNS = List.of(
            "document", "path", "title", "lead", "responsible", "regions", "projects", "years", "iri");
    private static final List<String> LIST_COLUMNS = List.of("lead", "responsible", "regions", "projects", "years");

    private final QueryRunner runner;

    public TableWriter(DatasetGraph dataset) {
        this(new QueryRunner(dataset));
    }

    public TableWriter(QueryRunner runner) {
        this.runner = runner;
    }

    public void targets(Appendable out, CSVFormat format) throws IOException {
        ResultSetRewindable rows = select("targets.rq");
        CSVPrinter printer = printer(out, format, TARGET_COLUMNS);
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            List<String> record = new ArrayList<>();
            for (String column : TARGET_COLUMNS) {
                record.add(text(row.get(column)));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    public void measures(Appendable out, CSVFormat format) throws IOException {
        Map<String, Map<String, Set<String>>> items = measureItems();
        ResultSetRewindable rows = select("measures.rq");
        CSVPrinter printer = printer(out, format, MEASURE_COLUMNS);
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String iri = row.getResource("iri").getURI();
            Map<String, Set<String>> lists = items.getOrDefault(iri, Map.of());
            List<String> record = new ArrayList<>();
            for (String column : MEASURE_COLUMNS) {
                record.add(LIST_COLUMNS.contains(column)
                        ? String.join("|", lists.getOrDefault(column, Set.of()))
                        : text(row.get(column)));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    // The printers are flushed, not closed: closing would close the caller's stream (often stdout).

    /** measure IRI -> column -> items in text order, deduplicated. */
    private Map<String, Map<String, Set<String>>> measureItems() {
        Map<String, Map<String, Set<String>>> items = new HashMap<>();
        ResultSetRewindable rows = select("measure-items.rq");
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            items.computeIfAbsent(row.getResource("measure").getURI(), k -> new HashMap<>())
                    .computeIfAbsent(row.getLiteral("column").getString(), k -> new LinkedHashSet<>())
                    .add(row.getLiteral("item").getLexicalForm());
        }
        return items;
    }

    private ResultSetRewindable select(String resource) {
        try (InputStream in = TableWriter.class.getResourceAsStream("/table/" + resource)) {
            String sparql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return runner.select(QueryRunner.prepare(sparql, Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVPrinter printer(Appendable out, CSVFormat format, List<String> columns) throws IOException {
        return new CSVPrinter(out, format.builder().setHeader(columns.toArray(String[]::new)).get());
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            // TDB2 returns decimals in canonical form ("50.0"); the table shows them as written ("50").
            if (XSDDatatype.XSDdecimal.getURI().equals(node.asLiteral().getDatatypeURI())) {
                return new BigDecimal(node.asLiteral().getLexicalForm()).stripTrailingZeros().toPlainString();
            }
            return node.asLiteral().getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : node.toString();
    }
}
