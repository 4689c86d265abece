package org.ecopolicy.kg.store;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Named graphs computed from everything a load wrote (the catalogue's statistics), written in the
 * same commit, so readers never see documents without their counts or counts without their documents.
 */
@FunctionalInterface
public interface Derivation {

    Derivation NONE = written -> Map.of();

    /** Graph name → graph, computed inside the writer's transaction from the data as it will be committed. */
    Map<String, Graph> derive(DatasetGraph written);
}
