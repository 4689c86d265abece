package org.ecopolicy.kg.serve.pages;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.rdf.Iris;

/**
 * The linked-data side of the server: entity pages and RDF under {@code /id/} and
 * {@code /ontology}, the dataset description at {@code /.well-known/void}, dumps under
 * {@code /dump/}.
 */
public final class LinkedDataSite {

    private LinkedDataSite() {
    }

    public static void install(FusekiServer.Builder builder, DatasetGraph dataset, Iris iris, DumpSettings dumps) {
        LinkedDataPaths paths = new LinkedDataPaths(iris.base());
        LinkedDataServlet entities = new LinkedDataServlet(dataset, paths, dumps.publicBaseUrl());
        builder.addServlet(LinkedDataPaths.ID + "*", entities);
        builder.addServlet("/id", entities);
        builder.addServlet(LinkedDataPaths.ONTOLOGY, entities);
        builder.addServlet(LinkedDataPaths.ONTOLOGY + "/*", entities);
        for (Representation r : Representation.values()) {
            builder.addServlet(LinkedDataPaths.ONTOLOGY + "." + r.suffix(), entities);
        }
        builder.addServlet(SearchServlet.PATH, new SearchServlet(dataset, paths));
        DumpCache cache = new DumpCache(dataset, dumps);
        builder.addServlet(LinkedDataPaths.VOID, new VoidServlet(dataset, paths, dumps, cache));
        builder.addServlet(LinkedDataPaths.DUMP + "*", new DumpServlet(cache));
    }
}
