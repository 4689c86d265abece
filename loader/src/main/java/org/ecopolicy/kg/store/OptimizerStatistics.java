package org.ecopolicy.kg.store;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Gathers TDB2's {@code stats.opt} (predicate and rdf:type counts) while quads stream past, and
 * writes it into the database, as {@code tdb2.tdbstats} would after a separate pass. With it TDB2
 * orders the triple patterns of a query by how selective they are instead of by their written
 * order. TDB2 reads it when the database is next opened.
 *
 * <p>All our data sits in named graphs (the default graph is their union), so every quad counts;
 * {@code tdb2.tdbstats} without {@code --graph} would count the empty default graph.
 */
final class OptimizerStatistics {

    static final String FILE = "stats.opt";

    private final StatsCollector collector = new StatsCollector();

    void record(Quad quad) {
        collector.record(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    /** Writes the counts into the database's storage folder. */
    Path write(DatasetGraph dataset) {
        Path file = Path.of(TDBInternal.getDatasetGraphTDB(dataset).getLocation().getPath(FILE));
        Stats.write(file.toString(), collector.results());
        return file;
    }
}
