package org.ecopolicy.kg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ecokg}: the command line that tests, scripts and other institutes' pipelines rely on.
 * The pipeline a document walks is in {@link org.ecopolicy.kg.pipeline.Pipeline}:
 * read → structure → extract → link → map to RDF → store/serve/export.
 */
@Command(name = "ecokg", mixinStandardHelpOptions = true, version = "ecokg 0.1.0",
        description = "EcoPolicy KG: Chinese ecological-civilisation policy as a knowledge graph.",
        subcommands = {UpCommand.class, LoadCommand.class, QueryCommand.class, TableCommand.class,
                ExportCommand.class, EvalCommand.class})
public final class EcoKg implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests too). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new EcoKg());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("ecokg: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return 1;
        });
        return cli.execute(args);
    }
}
