package org.ecopolicy.kg.store;

import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes TDB2's {@code stats.opt} (predicate and rdf:type counts) into the database, as
 * {@code tdb2.tdbstats} would. With it TDB2 orders the triple patterns of a query by how selective
 * they are instead of by their written order. TDB2 reads it when the database is next opened.
 *
 * <p>All our data sits in named graphs (the default graph is their union), so the counts come
 * from the quad table; {@code tdb2.tdbstats} without {@code --graph} would count the empty
 * default graph.
 */
final class OptimizerStatistics {

    static final String FILE = "stats.opt";

    private OptimizerStatistics() {
    }

    static Path write(DatasetGraph dataset) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        Path file = Path.of(tdb.getLocation().getPath(FILE));
        Txn.executeRead(tdb, () -> {
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId collector = new StatsCollectorNodeId(quads.getNodeTable());
            Iterator<Tuple<NodeId>> all = quads.findAll();
            while (all.hasNext()) {
                Tuple<NodeId> q = all.next();
                collector.record(q.get(0), q.get(1), q.get(2), q.get(3));
            }
            Stats.write(file.toString(), collector.results());
        });
        return file;
    }
}
