package org.ecopolicy.kg.cli;

import java.nio.file.Path;

import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.DatabaseLock;
import org.ecopolicy.kg.store.ReadAccess;
import org.ecopolicy.kg.store.StoreAccess;
import org.ecopolicy.kg.store.StoreLayout;

import picocli.CommandLine.Option;

/** Options every command that touches the store shares (the benchmark module's commands too). */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", description = "database folder (default: ${DEFAULT-VALUE})",
            defaultValue = "data/db")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", description = "instance base IRI (default: ${DEFAULT-VALUE})",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    public StoreLayout layout() {
        return new StoreLayout(db);
    }

    public Iris iris() {
        return new Iris(base);
    }

    /** The instance base IRI given with --base. */
    public String base() {
        return base;
    }

    /**
     * The live database for a command that reads: opened here, or, while {@code ecokg up} serves
     * the folder, through that server. An error naming the folder when there is no database.
     */
    public ReadAccess openForReading(String command) {
        return StoreAccess.openForReading(layout(), command);
    }

    /** The folder's lock for a command that changes it; refused with the holder named when busy. */
    public DatabaseLock lockForWriting(String command) {
        return StoreAccess.lockForWriting(layout(), command);
    }
}
