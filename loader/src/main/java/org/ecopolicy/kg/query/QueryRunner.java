package org.ecopolicy.kg.query;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Runs a (catalogue or ad-hoc) SELECT query against the store, in one read transaction. */
public final class QueryRunner {

    public enum Format { TABLE, CSV, TSV, JSON }

    private final DatasetGraph dataset;

    public QueryRunner(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public static Query prepare(String sparql, Map<String, String> params) {
        Query query = QueryFactory.create(sparql, Syntax.syntaxARQ);
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only SELECT queries are supported here");
        }
        return ParameterBinder.bind(query, params);
    }

    /** Runs and materialises the results (they outlive the transaction). */
    public ResultSetRewindable select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qexec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset)).build()) {
                ResultSet rs = qexec.execSelect();
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    /** Rows of the whole answer (every page), counted by {@link Page#countQuery}: none is materialised. */
    public long count(Query query) {
        Query count = Page.countQuery(query);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qexec = QueryExecution.create().query(count).dataset(DatasetFactory.wrap(dataset)).build()) {
                return qexec.execSelect().next().getLiteral("rows").getLong();
            }
        });
    }

    public static void write(ResultSetRewindable results, Query query, Format format, OutputStream out) {
        results.reset();
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case TABLE -> ResultSetFormatter.out(out, results, query);
        }
    }
}
