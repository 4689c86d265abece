package org.ecopolicy.kg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ecopolicy.kg.query.FullTextSearch;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.ReadAccess;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search",
        description = "Chinese full-text search over measures and sections: ranked hits with snippets (matches in 【】).")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "words to look for, e.g. 草原生态补偿 (Lucene syntax: AND, OR, \"phrase\")")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "most hits shown (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("csv")) {
            throw new IllegalArgumentException("unknown search format '" + format + "' (text or csv)");
        }
        List<FullTextSearch.Hit> hits;
        try (ReadAccess kg = store.openForReading("search")) {
            hits = new FullTextSearch(new QueryRunner(kg)).search(String.join(" ", words), limit);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format.equals("csv")) {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                csv.printRecord("rank", "kind", "title", "document", "score", "snippet", "iri");
                int rank = 0;
                for (FullTextSearch.Hit h : hits) {
                    csv.printRecord(++rank, h.kind(), h.title(), h.document(), String.format("%.3f", h.score()),
                            h.snippet(), h.iri());
                }
            }
            return 0;
        }
        if (hits.isEmpty()) {
            System.err.println("no measure or section mentions " + String.join(" ", words));
        }
        int rank = 0;
        for (FullTextSearch.Hit h : hits) {
            out.printf("%2d. %s  [%s, %s, score %.2f]%n", ++rank, h.title(), h.kind().equals("measure") ? "措施 measure" : "章节 section",
                    h.document(), h.score());
            out.println("    " + h.snippet().replaceAll("\\s+", " ").strip());
            out.println("    " + h.iri());
        }
        out.flush();
        return 0;
    }
}
