package org.ecopolicy.kg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.ecopolicy.kg.query.Page;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.ReadAccess;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a catalogue query (--name) or a SPARQL file.")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    static final class Source {
        @Option(names = "--name", paramLabel = "NAME", description = "catalogue query name, e.g. yellow-river-2030")
        String name;

        @Parameters(paramLabel = "FILE.rq", description = "a SPARQL SELECT query file")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--param", paramLabel = "k=v", description = "parameter value (repeatable)")
    List<String> params = List.of();

    @Option(names = "--format", defaultValue = "table", description = "table (aligned for Chinese text, plain values, text cells cut at 60 columns), csv, tsv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        String sparql = source.name != null
                ? QueryCatalogue.load().require(source.name).sparql()
                : Files.readString(source.file, StandardCharsets.UTF_8);
        Query query = QueryRunner.prepare(sparql, parseParams(params));
        QueryRunner.Format fmt = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        try (ReadAccess kg = store.openForReading("query")) {
            QueryRunner runner = new QueryRunner(kg);
            var results = runner.select(query);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            QueryRunner.write(results, query, fmt, out);
            out.flush();
            if (results.size() > 0 && results.size() == Page.limit(query)) {
                System.err.println(pageNote(query, runner.count(query)));
            }
        }
        return 0;
    }

    /** Said on stderr when a page is full, so the rows on stdout stay clean for other tools. */
    static String pageNote(Query query, long total) {
        long first = Page.offset(query) + 1;
        long last = Page.offset(query) + Page.limit(query);
        String note = "rows " + first + "-" + last + " of " + total;
        return total > last
                ? note + "; next page: --param offset=" + last + ", every row: --param limit=all"
                : note;
    }

    static Map<String, String> parseParams(List<String> raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : raw) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param needs k=v, got '" + p + "'");
            }
            params.put(p.substring(0, eq).trim(), p.substring(eq + 1));
        }
        return params;
    }
}
