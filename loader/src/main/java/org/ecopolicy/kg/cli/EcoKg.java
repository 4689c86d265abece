package org.ecopolicy.kg.cli;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.ecopolicy.kg.store.StorageFailure;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ecokg}: the command line that tests, scripts and other institutes' pipelines rely on.
 * The pipeline a document walks is in {@link org.ecopolicy.kg.pipeline.Pipeline}:
 * read → structure → extract → link → map to RDF → store/serve/export.
 */
@Command(name = "ecokg", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "ecokg 0.1.0",
        description = "EcoPolicy KG: Chinese ecological-civilisation policy as a knowledge graph.",
        subcommands = {UpCommand.class, LoadCommand.class, QueryCommand.class, TableCommand.class,
                ExportCommand.class, EvalCommand.class, SearchCommand.class})
public final class EcoKg implements Runnable {

    // TDB2's node cache (Caffeine) logs a fault on a full disk's mapped file with a stack trace through
    // java.util.logging; the command reports the failure itself, in one line. Held: JUL loggers are weak.
    private static final java.util.logging.Logger CACHE_LOG = java.util.logging.Logger.getLogger("com.github.benmanes.caffeine");

    static {
        CACHE_LOG.setLevel(java.util.logging.Level.OFF);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests too). */
    public static int run(String... args) {
        return execute(new EcoKg(), args);
    }

    /**
     * Runs a picocli command (this one, or the benchmark module's) with the product's error handling:
     * a failure is one line on stderr and exit code 1, never a stack trace.
     */
    public static int execute(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("ecokg: " + message(ex));
            return 1;
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler; a full disk under TDB2's mapped files is an InternalError
            cli.getErr().println("ecokg: " + message(e));
            return 1;
        }
    }

    /** One line for the user: the cause and, for storage failures, the path; never a stack trace. */
    static String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageFailure) {
                return t.getMessage();
            }
            if (t instanceof AlreadyLocked) {
                return "the database is in use by another process (" + t.getMessage()
                        + "): stop it first, or query the server that serves it";
            }
            if (String.valueOf(t.getMessage()).startsWith("Failed to bind to ")) {   // Jetty, a port taken meanwhile
                String where = String.valueOf(t.getMessage()).replaceFirst("^Failed to bind to ", "");
                return "cannot listen on " + where + ": the port is in use (another server?); choose another with --port N";
            }
            if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")) {
                return "I/O failure: a memory-mapped database file could not be written (is the disk full?)";
            }
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }
}
