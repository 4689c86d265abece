package org.ecopolicy.kg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ecopolicy.kg.eval.Evaluation;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.store.ReadAccess;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Score the loaded graph against gold tables (precision, recall, F1).")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of <docstem>.targets.csv / .measures.csv")
    Path gold;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the scores as JSON")
    Path json;

    @Override
    public Integer call() throws Exception {
        try (ReadAccess kg = store.openForReading("eval")) {
            Evaluation evaluation = Evaluation.run(new QueryRunner(kg), gold);
            evaluation.printTable(System.out);
            if (json != null) {
                Files.writeString(json, evaluation.toJson(), StandardCharsets.UTF_8);
            }
        }
        return 0;
    }
}
