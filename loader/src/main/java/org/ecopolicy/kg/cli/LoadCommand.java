package org.ecopolicy.kg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.KnowledgeGraphBuilder;
import org.ecopolicy.kg.pipeline.LoadOptions;
import org.ecopolicy.kg.pipeline.LoadReport;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.store.DatabaseLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ecokg load}: every bad file is reported on stderr (file and line first) and skipped, the
 * good ones are loaded in one transaction. The exit code is 0 unless {@code --strict} is given and
 * some file had a problem, nothing could be loaded, a manifest was unusable, or the load itself
 * failed (the database is served or busy, the disk is full).
 */
@Command(name = "load", description = "Extract and load documents (files or folders), atomically and idempotently.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    RuleOptions rules;

    @Option(names = "--strict", description = "exit non-zero when any file had a problem (default: report problems, load the good files, exit 0)")
    boolean strict;

    @Option(names = "--discard-edits",
            description = "replace document and reference graphs even when they were changed through the update endpoint (export them first)")
    boolean discardEdits;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "16",
            description = "refuse (report and skip) files larger than this many MiB (default: ${DEFAULT-VALUE})")
    int maxFileMb;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "progress on stderr: auto (only on a terminal), always, never (default: ${DEFAULT-VALUE})")
    String progress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "documents or folders of documents")
    List<Path> paths;

    @Override
    public Integer call() {
        ProgressDisplay.Mode mode = switch (progress) {
            case "auto" -> ProgressDisplay.Mode.AUTO;
            case "always" -> ProgressDisplay.Mode.ALWAYS;
            case "never" -> ProgressDisplay.Mode.NEVER;
            default -> throw new IllegalArgumentException("--progress must be auto, always or never, not '" + progress + "'");
        };
        if (maxFileMb < 1) {
            throw new IllegalArgumentException("--max-file-mb must be at least 1");
        }
        LoadOptions options = LoadOptions.defaults()
                .withMaxFileBytes(maxFileMb * 1024L * 1024L)
                .withListener(ProgressDisplay.create(mode));
        rules.apply();
        Pipeline pipeline = new Pipeline(ReferenceData.load(), store.iris());
        LoadReport report;
        try (DatabaseLock lock = store.lockForWriting("load")) {
            report = new KnowledgeGraphBuilder(pipeline, options).discardingEdits(discardEdits).load(store.layout(), paths);
        }
        print(report);
        if (report.loaded().isEmpty() && report.hasProblems()) {
            System.err.println("ecokg: nothing loaded");
            return 1;
        }
        return (strict || report.failed()) && report.hasProblems() ? 1 : 0;
    }

    static void print(LoadReport report) {
        for (LoadReport.Loaded doc : report.loaded()) {
            System.err.printf("loaded %s: %d measures, %d targets, %d triples%n",
                    doc.file(), doc.measures(), doc.targets(), doc.triples());
        }
        report.notes().forEach(System.err::println);
        report.warnings().forEach(w -> System.err.println("warning: " + w));
        report.problems().forEach(p -> System.err.println("error: " + p));
        int warnings = report.warnings().size();
        System.err.printf("%d loaded, %d with errors, %d %s%n", report.loaded().size(), report.problems().size(),
                warnings, warnings == 1 ? "warning" : "warnings");
    }
}
