package org.ecopolicy.kg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.ecopolicy.kg.rdf.EKG;

/** VoID and DCAT description of a dump: size, classes, vocabularies, licence, checksum. */
final class DatasetDescription {

    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private DatasetDescription() {
    }

    static void write(DatasetGraph dataset, String base, String dumpFile, DumpFormat format, String sha256,
                      long triples, Path out) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("eco", EKG.NS);
        Resource ds = model.createResource(base + "dataset", VOID.Dataset);
        ds.addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.title, model.createLiteral("EcoPolicy KG：内蒙古生态文明政策知识图谱", "zh"));
        ds.addProperty(DCTerms.title, model.createLiteral("EcoPolicy KG: Inner Mongolia ecological-civilisation policy", "en"));
        ds.addProperty(DCTerms.license, model.createResource(LICENCE));
        ds.addProperty(DCTerms.publisher, model.createResource(base + "publisher"));
        String today = LocalDate.now().toString();
        ds.addProperty(DCTerms.issued, model.createTypedLiteral(today, XSDDatatype.XSDdate));
        ds.addProperty(DCTerms.modified, model.createTypedLiteral(today, XSDDatatype.XSDdate));
        ds.addLiteral(VOID.triples, model.createTypedLiteral(String.valueOf(triples), XSDDatatype.XSDinteger));
        ds.addProperty(VOID.uriSpace, base);
        ds.addProperty(VOID.sparqlEndpoint, model.createResource("http://localhost:3030/ecokg/sparql"));
        for (String vocab : new String[] {EKG.NS, DCTerms.NS, "http://www.w3.org/ns/org#", "http://www.w3.org/2004/02/skos/core#",
                "http://www.w3.org/ns/prov#"}) {
            ds.addProperty(VOID.vocabulary, model.createResource(vocab));
        }
        Resource dist = model.createResource(base + "dataset/dump/" + format.extension(), DCAT.Distribution);
        dist.addProperty(DCAT.downloadURL, model.createResource(dumpFile));
        dist.addProperty(DCAT.mediaType, format.lang().getContentType().getContentTypeStr());
        dist.addProperty(DCTerms.license, model.createResource(LICENCE));
        dist.addProperty(model.createProperty("http://spdx.org/rdf/terms#checksum"), "sha256:" + sha256);
        ds.addProperty(DCAT.distribution, dist);
        ds.addProperty(VOID.dataDump, model.createResource(dumpFile));

        String classCounts = "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } } GROUP BY ?class ORDER BY ?class";
        org.apache.jena.system.Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(classCounts).dataset(DatasetFactory.wrap(dataset)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    Resource partition = model.createResource();
                    partition.addProperty(VOID._class, row.getResource("class"));
                    partition.addLiteral(VOID.entities, row.getLiteral("n"));
                    ds.addProperty(VOID.classPartition, partition);
                }
            }
        });
        try (OutputStream os = Files.newOutputStream(out)) {
            RDFDataMgr.write(os, model, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
