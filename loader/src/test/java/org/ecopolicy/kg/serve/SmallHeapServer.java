package org.ecopolicy.kg.serve;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * A server in a JVM of its own, started by {@link DumpsInASmallHeapTest} with a small heap: a
 * TDB2 database of {@code TRIPLES} triples in {@code DIR} (on disk, so the heap holds only what
 * requests build), served on a free loopback port. Prints {@code PORT n} and serves until its
 * standard input closes.
 * Arguments: {@code DIR TRIPLES MAX_CONCURRENT_DUMPS}.
 */
public final class SmallHeapServer {

    private SmallHeapServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int triples = Integer.parseInt(args[1]);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("db").toString());
        Node graph = NodeFactory.createURI("urn:ex:graph");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node measure = NodeFactory.createURI("https://w3id.org/ecokg/ontology#Measure");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < triples / 2; i++) {
                Node s = NodeFactory.createURI("https://w3id.org/ecokg/id/measure/m" + i);
                dsg.add(graph, s, type, measure);
                dsg.add(graph, s, label, NodeFactory.createLiteralLang("加强黄河流域生态保护和高质量发展措施第" + i + "条", "zh"));
            }
        });
        try (KgServer server = KgServer.start(dsg, ServerSettings.readOnly(0, dir.resolve("run")).withLoopbackOnly(true)
                .withMaxConcurrentDumps(Integer.parseInt(args[2])))) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our input
            }
        }
    }
}
