package org.ecopolicy.kg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.KnowledgeGraphBuilder;
import org.ecopolicy.kg.pipeline.LoadReport;
import org.ecopolicy.kg.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Extract and load documents (files or folders), atomically and idempotently.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--strict", description = "exit non-zero when any file had a problem")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "documents or folders of documents")
    List<Path> paths;

    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline(ReferenceData.load(), store.iris());
        LoadReport report = new KnowledgeGraphBuilder(pipeline).load(store.layout(), paths);
        print(report);
        if (report.loaded().isEmpty() && report.hasProblems()) {
            return 1;
        }
        return strict && report.hasProblems() ? 1 : 0;
    }

    static void print(LoadReport report) {
        for (LoadReport.Loaded doc : report.loaded()) {
            System.err.printf("loaded %s: %d measures, %d targets, %d triples%n",
                    doc.file(), doc.measures(), doc.targets(), doc.triples());
        }
        report.warnings().forEach(w -> System.err.println("warning: " + w));
        report.problems().forEach(p -> System.err.println("error: " + p));
        System.err.printf("%d loaded, %d with errors, %d warnings%n",
                report.loaded().size(), report.problems().size(), report.warnings().size());
    }
}
