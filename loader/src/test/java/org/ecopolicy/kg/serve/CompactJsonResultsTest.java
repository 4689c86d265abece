package org.ecopolicy.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of term survives our JSON results writer as Jena's reader reads it, in files and over HTTP. */
class CompactJsonResultsTest {

    private static final Var S = Var.alloc("s");
    private static final Var V = Var.alloc("v");
    private static final Var W = Var.alloc("w");

    private static final List<Node> TERMS = List.of(
            NodeFactory.createURI("https://w3id.org/ecokg/id/measure/a\"b"),
            NodeFactory.createLiteralString("黄河流域 \"quoted\" back\\slash\nnew line\ttab\u0001ctl\u2028ls"),
            NodeFactory.createLiteralLang("旗生态环境分局", "zh"),
            NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
            NodeFactory.createLiteralDT("2030", XSDDatatype.XSDgYear),
            NodeFactory.createLiteralDT("42.5", XSDDatatype.XSDdecimal),
            NodeFactory.createLiteralString(""),
            NodeFactory.createBlankNode("x1"),
            NodeFactory.createTripleNode(Triple.create(NodeFactory.createURI("urn:ex:s"),
                    NodeFactory.createURI("urn:ex:p"), NodeFactory.createLiteralLang("目标", "zh"))));

    private static List<Binding> rows() {
        List<Binding> rows = new ArrayList<>();
        Node blank = NodeFactory.createBlankNode("x1");
        for (Node term : TERMS) {
            // ?w unbound in every row but the blank node's, which shares its node with ?s
            rows.add(term.isBlank() ? BindingFactory.binding(S, term, V, term, W, blank)
                    : BindingFactory.binding(S, NodeFactory.createURI("urn:ex:row"), V, term));
        }
        return rows;
    }

    private static List<Binding> readBack(byte[] json) {
        RowSet read = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(json), new Context());
        assertThat(read.getResultVars()).containsExactly(S, V, W);
        List<Binding> back = new ArrayList<>();
        read.forEachRemaining(back::add);
        return back;
    }

    @Test
    void everyTermReadsBackAsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactJsonResults.FACTORY.create(ResultSetLang.RS_JSON)
                .write(out, RowSetStream.create(List.of(S, V, W), rows().iterator()), new Context());
        List<Binding> back = readBack(out.toByteArray());

        assertThat(back).hasSize(TERMS.size());
        for (int i = 0; i < TERMS.size(); i++) {
            Node term = TERMS.get(i);
            Node read = back.get(i).get(V);
            if (term.isBlank()) {
                // relabelled, but one node stays one node within the answer
                assertThat(read.isBlank()).isTrue();
                assertThat(back.get(i).get(S)).isEqualTo(read);
                assertThat(back.get(i).get(W)).isEqualTo(read);
            } else {
                assertThat(read).as("term %s", term).isEqualTo(term);
                assertThat(back.get(i).contains(W)).isFalse();
            }
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"xml:lang\":\"zh\"", "\"its:dir\":\"rtl\"",
                "\"datatype\":\"http://www.w3.org/2001/XMLSchema#gYear\"", "\\u0001", "\\n", "\\\"quoted\\\"")
                .doesNotContain("XMLSchema#string");
    }

    @Test
    void blankNodesKeepTheirLabelsWhenAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Context context = new Context();
        context.set(ARQ.outputGraphBNodeLabels, true);
        CompactJsonResults.FACTORY.create(ResultSetLang.RS_JSON)
                .write(out, RowSetStream.create(List.of(S, V, W), rows().iterator()), context);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("{\"type\":\"bnode\",\"value\":\"x1\"}");
    }

    @Test
    void anEmptyAnswerAndBooleansAreValid() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactJsonResults.FACTORY.create(ResultSetLang.RS_JSON)
                .write(out, RowSetStream.create(List.of(S, V, W), List.<Binding>of().iterator()), new Context());
        assertThat(readBack(out.toByteArray())).isEmpty();
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream ask = new ByteArrayOutputStream();
            CompactJsonResults.FACTORY.create(ResultSetLang.RS_JSON).write(ask, answer, new Context());
            assertThat(org.apache.jena.riot.rowset.RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON)
                    .create(ResultSetLang.RS_JSON).readAny(new ByteArrayInputStream(ask.toByteArray()), new Context())
                    .booleanResult()).isEqualTo(answer);
        }
    }

    @Test
    void theServerAnswersWithItAndJenasClientReadsTheSameRows(@TempDir Path tmp) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node subject = NodeFactory.createURI("urn:ex:row");
        for (Node term : TERMS) {
            if (!term.isBlank() && !term.isNodeTriple()) {
                data.getDefaultGraph().add(Triple.create(subject, NodeFactory.createURI("urn:ex:p"), term));
            }
        }
        String query = "SELECT ?s ?v WHERE { ?s <urn:ex:p> ?v } ORDER BY ?v";
        List<Binding> local = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(data).query(query).build()) {
            exec.select().forEachRemaining(local::add);
        }
        try (KgServer server = KgServer.start(data, ServerSettings.readOnly(0, tmp.resolve("run")));
             QueryExec remote = QueryExecHTTP.service(server.sparqlEndpoint())
                     .acceptHeader("application/sparql-results+json").query(query).build()) {
            List<Binding> answered = new ArrayList<>();
            remote.select().forEachRemaining(answered::add);
            assertThat(answered).hasSize(TERMS.size() - 2).isEqualTo(local);
        }
        assertThat(org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON))
                .isSameAs(CompactJsonResults.FACTORY);
    }
}
