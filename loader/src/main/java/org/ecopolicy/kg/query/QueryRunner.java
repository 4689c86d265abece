package org.ecopolicy.kg.query;

import java.io.OutputStream;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.store.ReadAccess;

/** Runs a (catalogue or ad-hoc) SELECT query against the store, in one read transaction. */
public final class QueryRunner {

    public enum Format { TABLE, CSV, TSV, JSON }

    private final Function<Query, ResultSetRewindable> executor;

    public QueryRunner(DatasetGraph dataset) {
        this.executor = query -> ReadAccess.select(dataset, query);
    }

    /** Runs queries wherever {@code access} reaches the database: locally or on the serving process. */
    public QueryRunner(ReadAccess access) {
        this.executor = access::select;
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
        return executor.apply(query);
    }

    /** Rows of the whole answer (every page), counted by {@link Page#countQuery}: none is fetched. */
    public long count(Query query) {
        return select(Page.countQuery(query)).next().getLiteral("rows").getLong();
    }

    public static void write(ResultSetRewindable results, Query query, Format format, OutputStream out) {
        results.reset();
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case TABLE -> TextTable.write(results,
                    new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
