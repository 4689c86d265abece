package org.ecopolicy.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.ecopolicy.kg.it.TestKnowledgeGraph;
import org.ecopolicy.kg.vocabulary.EKG;
import org.ecopolicy.kg.rdf.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every dump parses back (Jena) to the store's graph; the description and checksums tell the truth. */
class ExportRoundTripTest {

    @TempDir
    static Path out;

    private static DatasetGraph store;
    private static final Map<DumpFormat, Exporter.Result> results = new HashMap<>();

    @BeforeAll
    static void exportAll() {
        store = TestKnowledgeGraph.get().store.dataset();
        Exporter exporter = new Exporter(store);
        for (DumpFormat format : DumpFormat.values()) {
            results.put(format, exporter.export(format, out, false, Iris.DEFAULT_BASE));
        }
    }

    private static Graph union() {
        return Txn.calculateRead(store, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.getUnionGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"TTL", "NT", "JSONLD", "RDFXML"})
    void tripleDumpIsIsomorphicToTheUnionGraph(DumpFormat format) {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(out.resolve(format.fileName(false))).lang(format.lang()).parse(parsed);
        Graph expected = union();
        assertThat(parsed.size()).isEqualTo(expected.size()).isEqualTo(results.get(format).statements());
        assertThat(parsed.isIsomorphicWith(expected)).as(format.name()).isTrue();
    }

    @Test
    void trigKeepsOneNamedGraphPerDocumentPlusTheReferenceGraph() {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(out.resolve("ecokg.trig")).lang(Lang.TRIG).parse(parsed);
        assertThat(parsed.getDefaultGraph().isEmpty()).isTrue();
        List<Node> names = Txn.calculateRead(store, () -> {
            List<Node> list = new java.util.ArrayList<>();
            store.listGraphNodes().forEachRemaining(list::add);
            for (Node g : list) {
                Graph stored = GraphFactory.createDefaultGraph();
                store.getGraph(g).find().forEachRemaining(stored::add);
                assertThat(parsed.getGraph(g).isIsomorphicWith(stored)).as(g.getURI()).isTrue();
            }
            return list;
        });
        List<Node> parsedNames = new java.util.ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(parsedNames::add);
        assertThat(parsedNames).containsExactlyInAnyOrderElementsOf(names);
        // Five bundled documents, the reference graph (ontology, schemes, gazetteer) and the statistics.
        assertThat(names).hasSize(7).contains(NodeFactory.createURI(Iris.defaults().referenceGraph()),
                NodeFactory.createURI(Iris.defaults().base() + "graph/statistics"));
    }

    @Test
    void everyEvidenceOffsetCanBeCheckedAgainstTheTextInTheDump() {
        Model model = RDFDataMgr.loadModel(out.resolve("ecokg.nt").toString());
        String sparql = """
                PREFIX eco: <https://w3id.org/ecokg/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT (COUNT(?ev) AS ?all) (SUM(IF(SUBSTR(STR(?text), ?b + 1, ?e - ?b) = STR(?quote), 1, 0)) AS ?matching)
                WHERE { ?ev eco:quote ?quote ; eco:beginIndex ?b ; eco:endIndex ?e ; nif:referenceContext ?ctx .
                        ?ctx nif:isString ?text }""";
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(sparql, model)) {
            var row = qe.execSelect().next();
            assertThat(row.getLiteral("all").getInt()).isGreaterThan(1000)
                    .isEqualTo(row.getLiteral("matching").getInt());
        }
        // a measure's text is its span of the document's text
        String measure = """
                PREFIX eco: <https://w3id.org/ecokg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?text WHERE { ?m a eco:Measure ; dcterms:title "提升水环境质量"@zh ; eco:text ?text }""";
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(measure, model)) {
            var text = qe.execSelect().next().getLiteral("text");
            assertThat(text.getLanguage()).isEqualTo("zh");
            assertThat(text.getString()).startsWith("7.提升水环境质量。").contains("推动实施黄河干流生态修复工程");
        }
    }

    @Test
    void ontologyIsInsideTheDump() {
        Model model = RDFDataMgr.loadModel(out.resolve("ecokg.ttl").toString());
        assertThat(model.contains(model.createResource(EKG.NS + "Measure"), RDF.type,
                model.createResource("http://www.w3.org/2002/07/owl#Class"))).isTrue();
        assertThat(model.contains(model.createResource("https://w3id.org/ecokg/ontology/indicator/forest-coverage"),
                RDF.type, EKG.Indicator)).isTrue();
    }

    @Test
    void jsonLdUsesThePublishedContextsShortKeys() throws IOException {
        String json = Files.readString(out.resolve("ecokg.jsonld"), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{").contains("\"@context\"").contains("\"@graph\"");
        assertThat(json.indexOf("\"@context\"")).isLessThan(json.indexOf("\"@graph\""));
        // Short keys, Chinese text as it is (not \\u escapes).
        assertThat(json).contains("\"title\": \"提升水环境质量\"").contains("\"within\": \"https://w3id.org/ecokg/id/place/")
                .contains("\"quote\": ").doesNotContain("\"https://w3id.org/ecokg/ontology#quote\"");
    }

    @Test
    void gzipDumpParsesToTheSameGraph(@TempDir Path gz) throws IOException {
        Exporter.Result result = new Exporter(store).export(DumpFormat.NT, gz, true, Iris.DEFAULT_BASE);
        assertThat(result.dump().getFileName().toString()).isEqualTo("ecokg.nt.gz");
        Graph parsed = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(result.dump()))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(parsed);
        }
        assertThat(parsed.isIsomorphicWith(union())).isTrue();
        Model description = RDFDataMgr.loadModel(result.description().toString());
        Resource dist = description.listSubjectsWithProperty(DCAT.downloadURL).next();
        assertThat(dist.getPropertyResourceValue(DCAT.compressFormat).getURI()).endsWith("application/gzip");
    }

    @Test
    void commandLineExportsSeveralFormatsIntoOneRelease(@TempDir Path release) throws IOException {
        int exit = org.ecopolicy.kg.cli.EcoKg.run("export", "--db", TestKnowledgeGraph.get().dbRoot.toString(),
                "--format", "ttl,trig", "--out", release.toString(), "--gzip");
        assertThat(exit).isZero();
        assertThat(release.resolve("ecokg.ttl.gz")).exists();
        assertThat(release.resolve("ecokg.trig.gz")).exists();
        assertThat(Files.readAllLines(release.resolve("SHA256SUMS"))).hasSize(3);
        assertThat(org.ecopolicy.kg.cli.EcoKg.run("export", "--db", TestKnowledgeGraph.get().dbRoot.toString(),
                "--format", "xlsx", "--out", release.toString())).isNotZero();
    }

    @Test
    void descriptionCountsChecksumsAndLicence() throws IOException {
        Model model = RDFDataMgr.loadModel(out.resolve("void.ttl").toString());
        Resource ds = model.createResource(Iris.DEFAULT_BASE + "dataset");
        assertThat(model.contains(ds, RDF.type, VOID.Dataset)).isTrue();
        assertThat(model.contains(ds, RDF.type, DCAT.Dataset)).isTrue();
        assertThat(ds.getProperty(VOID.triples).getLong()).isEqualTo(union().size());
        assertThat(ds.getPropertyResourceValue(DCTerms.license).getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ds.getProperty(DCTerms.issued)).isNotNull();
        assertThat(ds.getProperty(DCTerms.modified)).isNotNull();
        assertThat(ds.getPropertyResourceValue(DCTerms.publisher)).isNotNull();
        assertThat(ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).endsWith("/ecokg/sparql");
        assertThat(model.listObjectsOfProperty(ds, VOID.vocabulary).mapWith(n -> n.asResource().getURI()).toList())
                .contains(EKG.NS, "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/");
        assertThat(model.listObjectsOfProperty(ds, VOID.exampleResource).toList()).hasSizeGreaterThanOrEqualTo(3);

        // Entities per class: the measure count equals the store's.
        long measures = Txn.calculateRead(store, () -> store.getUnionGraph()
                .find(Node.ANY, RDF.type.asNode(), EKG.Measure.asNode()).toList().size());
        long described = model.listObjectsOfProperty(ds, VOID.classPartition).toList().stream()
                .map(n -> n.asResource())
                .filter(p -> p.getPropertyResourceValue(VOID._class).equals(EKG.Measure))
                .mapToLong(p -> p.getProperty(VOID.entities).getLong()).sum();
        assertThat(described).isEqualTo(measures).isGreaterThan(100);

        // One distribution per dump, each with the size and checksum of the file beside it.
        List<Resource> dists = model.listObjectsOfProperty(ds, DCAT.distribution).mapWith(n -> n.asResource()).toList();
        assertThat(dists).hasSize(DumpFormat.values().length);
        String sums = Files.readString(out.resolve("SHA256SUMS"));
        for (Resource dist : dists) {
            String file = dist.getPropertyResourceValue(DCAT.downloadURL).getURI();
            Path path = out.resolve(file.substring(file.lastIndexOf('/') + 1));
            assertThat(dist.getProperty(DCAT.byteSize).getLong()).isEqualTo(Files.size(path));
            Statement checksum = dist.getPropertyResourceValue(model.createProperty(DatasetDescription.SPDX, "checksum"))
                    .getProperty(model.createProperty(DatasetDescription.SPDX, "checksumValue"));
            assertThat(checksum.getString()).isEqualTo(Exporter.sha256(path));
            assertThat(sums).contains(Exporter.sha256(path) + "  " + path.getFileName());
        }
        assertThat(sums).contains("  void.ttl");
    }
}
