package org.ecopolicy.kg.bench;

import org.ecopolicy.kg.cli.EcoKg;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ecokg bench} and {@code ecokg loadtest}: the benchmark module's command line. It is a
 * module of its own so that the product jar carries neither the benchmark nor {@code jena-cmds}
 * (which it needs for {@code tdb2.tdbloader}); {@code ./ecokg} sends these two commands here.
 */
@Command(name = "ecokg", mixinStandardHelpOptions = true, version = "ecokg-bench 0.1.0",
        description = "EcoPolicy KG benchmark and load test.",
        subcommands = {BenchCommand.class, LoadTestCommand.class})
public final class EcoKgBench implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests too), with the product's one-line errors. */
    public static int run(String... args) {
        return EcoKg.execute(new EcoKgBench(), args);
    }
}
