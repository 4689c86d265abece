package org.ecopolicy.kg.serve;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Sends an update's writes to the default graph into the edits graph ({@code <base>graph/edits}).
 * Queries see the union of the named graphs as their default graph, so a triple written to the
 * stored default graph would be accepted and never seen; written to the edits graph, it is in the
 * next query's answer (and a rebuild carries it, as every graph the loader does not write).
 * {@code INSERT DATA}, {@code DELETE DATA}, {@code DELETE WHERE}, {@code DELETE/INSERT … WHERE}
 * without {@code WITH}, and {@code LOAD} without {@code INTO GRAPH} are routed; {@code CLEAR},
 * {@code DROP}, {@code ADD}, {@code COPY} and {@code MOVE} naming {@code DEFAULT} are refused with a
 * message naming the graph to use, since "the default graph" is the whole union there.
 */
final class EditsGraphRouting {

    private final Node edits;

    private EditsGraphRouting(Node edits) {
        this.edits = edits;
    }

    /**
     * Routing for {@code dataset}: into {@code editsGraph} when its queries see the union of the
     * named graphs (the store's datasets); none for a dataset whose default graph is its own.
     */
    static EditsGraphRouting forDataset(org.apache.jena.sparql.core.DatasetGraph dataset, String editsGraph) {
        return new EditsGraphRouting(readsUnion(dataset) ? org.apache.jena.graph.NodeFactory.createURI(editsGraph) : null);
    }

    /** Whether queries on {@code dataset} read the union of its named graphs as their default graph. */
    static boolean readsUnion(org.apache.jena.sparql.core.DatasetGraph dataset) {
        return dataset.getContext().isTrue(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph);
    }

    /** Why the request cannot run as it stands, if it cannot. */
    Optional<String> refusal(UpdateRequest request) {
        if (edits == null) {
            return Optional.empty();
        }
        for (Update u : request.getOperations()) {
            boolean namesDefault = (u instanceof UpdateDropClear dc && dc.isDefault())
                    || (u instanceof UpdateBinaryOp op && (op.getSrc().isDefault() || op.getDest().isDefault()));
            if (namesDefault) {
                return Optional.of("the default graph of this dataset is the union of all its graphs: name a graph "
                        + "instead of DEFAULT (your own edits are in GRAPH <" + edits.getURI() + ">)");
            }
        }
        return Optional.empty();
    }

    /** The request with every write to the default graph sent to the edits graph. */
    UpdateRequest route(UpdateRequest request) {
        if (edits == null) {
            return request;
        }
        UpdateRequest routed = new UpdateRequest();
        routed.setPrefixMapping(request.getPrefixMapping());
        if (request.explicitlySetBaseURI()) {
            routed.setBaseURI(request.getBaseURI());
        }
        for (Update u : request.getOperations()) {
            routed.add(route(u));
        }
        return routed;
    }

    private Update route(Update u) {
        if (u instanceof UpdateDataInsert insert) {
            return new UpdateDataInsert(new QuadDataAcc(routed(insert.getQuads())));
        }
        if (u instanceof UpdateDataDelete delete) {
            return new UpdateDataDelete(new QuadDataAcc(routed(delete.getQuads())));
        }
        if (u instanceof UpdateDeleteWhere deleteWhere) {
            return new UpdateDeleteWhere(new QuadAcc(routed(deleteWhere.getQuads())));
        }
        if (u instanceof UpdateLoad load && load.getDest() == null) {
            return new UpdateLoad(load.getSource(), edits, load.isSilent());
        }
        if (u instanceof UpdateModify modify && modify.getWithIRI() == null) {
            UpdateModify m = new UpdateModify();
            routed(modify.getDeleteQuads()).forEach(m.getDeleteAcc()::addQuad);
            routed(modify.getInsertQuads()).forEach(m.getInsertAcc()::addQuad);
            m.setHasDeleteClause(modify.hasDeleteClause());
            m.setHasInsertClause(modify.hasInsertClause());
            modify.getUsing().forEach(m::addUsing);
            modify.getUsingNamed().forEach(m::addUsingNamed);
            m.setElement(modify.getWherePattern());   // the WHERE still reads the union
            return m;
        }
        return u;
    }

    private List<Quad> routed(List<Quad> quads) {
        return quads.stream()
                .map(q -> q.isDefaultGraph() ? Quad.create(edits, q.getSubject(), q.getPredicate(), q.getObject()) : q)
                .toList();
    }
}
