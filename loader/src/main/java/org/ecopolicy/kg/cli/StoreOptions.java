package org.ecopolicy.kg.cli;

import java.nio.file.Path;

import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.KgStore;
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

    /** The live database; an error naming the folder when there is none. */
    public KgStore openExisting() {
        Path live = layout().current().orElseThrow(() -> new IllegalStateException(
                "no database in " + db.toAbsolutePath() + "; build one with 'ecokg up' or 'ecokg load'"));
        return KgStore.connect(live);
    }
}
