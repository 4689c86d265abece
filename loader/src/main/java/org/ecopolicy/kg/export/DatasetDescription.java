package org.ecopolicy.kg.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * The VoID and DCAT description of the graph and its dumps: size, entities per class, triples per
 * property, vocabularies, SPARQL endpoint, example resources, licence, publisher, dates, and for
 * each dump its download address, media type, byte size and SHA-256 checksum. {@code ecokg export}
 * writes it beside the dumps; the server answers it at {@code /.well-known/void}.
 */
public final class DatasetDescription {

    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String DEFAULT_ENDPOINT = "http://localhost:3030/ecokg/sparql";

    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    /**
     * @param base           instance base IRI; the dataset is {@code <base>dataset}
     * @param sparqlEndpoint where the graph can be queried
     * @param landingPage    the human entry page (the {@code /id/} index)
     * @param issued         first publication date (kept across re-exports)
     */
    public record Settings(String base, String sparqlEndpoint, String landingPage, LocalDate issued) {
    }

    /**
     * One dump file.
     *
     * @param downloadUrl absolute, or relative to the description file
     * @param byteSize    null when not known (a dump streamed on request)
     * @param sha256      null when not known
     * @param statements  triples (quads for TriG) in the dump
     */
    public record Distribution(String downloadUrl, DumpFormat format, boolean gzip, Long byteSize, String sha256,
                               long statements) {
    }

    private DatasetDescription() {
    }

    public static String datasetIri(String base) {
        return base + "dataset";
    }

    public static Model describe(DatasetGraph dataset, Settings settings, List<Distribution> distributions) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", FOAF.NS).setNsPrefix("spdx", SPDX).setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("eco", EKG.NS);
        Resource ds = model.createResource(datasetIri(settings.base()), VOID.Dataset);
        ds.addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.title, model.createLiteral("EcoPolicy KG：内蒙古生态文明政策知识图谱", "zh"));
        ds.addProperty(DCTerms.title, model.createLiteral("EcoPolicy KG: Inner Mongolia ecological-civilisation policy", "en"));
        ds.addProperty(DCTerms.description, model.createLiteral(
                "内蒙古生态文明政策文件中的措施、目标、地区、工程与部门，每条事实附原文引文与字符位置。", "zh"));
        ds.addProperty(DCTerms.description, model.createLiteral(
                "Measures, targets, regions, projects and departments of Inner Mongolia's ecological-civilisation "
                        + "policy documents, every fact with its source quote and character offsets.", "en"));
        ds.addProperty(DCTerms.language, model.createResource("http://id.loc.gov/vocabulary/iso639-1/zh"));
        for (String keyword : List.of("生态文明", "政策", "内蒙古", "黄河流域", "ecological civilisation", "policy")) {
            ds.addProperty(DCAT.keyword, keyword);
        }
        ds.addProperty(DCTerms.license, model.createResource(LICENCE));
        ds.addProperty(DCTerms.publisher, publisher(model, settings.base()));
        ds.addProperty(DCTerms.issued, model.createTypedLiteral(settings.issued().toString(), XSDDatatype.XSDdate));
        ds.addProperty(DCTerms.modified, model.createTypedLiteral(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        if (settings.landingPage() != null) {
            ds.addProperty(DCAT.landingPage, model.createResource(settings.landingPage()));
        }
        ds.addProperty(VOID.uriSpace, settings.base());
        ds.addProperty(VOID.feature, model.createResource("http://www.w3.org/ns/formats/Turtle"));
        Resource endpoint = model.createResource(settings.sparqlEndpoint());
        ds.addProperty(VOID.sparqlEndpoint, endpoint);
        Resource service = model.createResource(settings.base() + "dataset/sparql", DCAT.DataService);
        service.addProperty(DCAT.endpointURL, endpoint);
        service.addProperty(DCTerms.conformsTo, model.createResource("https://www.w3.org/TR/sparql11-protocol/"));
        service.addProperty(DCAT.servesDataset, ds);
        service.addProperty(DCTerms.title, model.createLiteral("SPARQL endpoint", "en"));

        Txn.executeRead(dataset, () -> addStatistics(model, ds, dataset));
        for (Distribution d : distributions) {
            addDistribution(model, ds, settings.base(), d);
        }
        return model;
    }

    private static Resource publisher(Model model, String base) {
        // Placeholder: the publishing institute fills in its own name and address.
        Resource publisher = model.createResource(base + "publisher", FOAF.Agent);
        publisher.addProperty(FOAF.name, model.createLiteral("（发布机构待定）", "zh"));
        publisher.addProperty(FOAF.name, model.createLiteral("Publisher to be named", "en"));
        return publisher;
    }

    private static void addDistribution(Model model, Resource ds, String base, Distribution d) {
        Resource dist = model.createResource(datasetIri(base) + "/dump/" + d.format().extension()
                + (d.gzip() ? "-gz" : ""), DCAT.Distribution);
        Resource file = model.createResource(d.downloadUrl());
        dist.addProperty(DCTerms.title, "EcoPolicy KG dump (" + d.format().lang().getLabel() + (d.gzip() ? ", gzip" : "") + ")");
        dist.addProperty(DCAT.downloadURL, file);
        dist.addProperty(DCAT.accessURL, file);
        dist.addProperty(DCAT.mediaType, model.createResource(d.format().mediaTypeIri()));
        dist.addProperty(DCTerms.format, d.format().mediaType());
        if (d.gzip()) {
            dist.addProperty(DCAT.compressFormat, model.createResource(IANA + "application/gzip"));
        }
        dist.addProperty(DCTerms.license, model.createResource(LICENCE));
        dist.addLiteral(VOID.triples, integer(model, d.statements()));
        if (d.byteSize() != null) {
            dist.addLiteral(DCAT.byteSize, model.createTypedLiteral(d.byteSize().toString(), XSDDatatype.XSDnonNegativeInteger));
        }
        if (d.sha256() != null) {
            Resource checksum = model.createResource();
            checksum.addProperty(RDF.type, model.createResource(SPDX + "Checksum"));
            checksum.addProperty(model.createProperty(SPDX, "algorithm"), model.createResource(SPDX + "checksumAlgorithm_sha256"));
            checksum.addProperty(model.createProperty(SPDX, "checksumValue"),
                    model.createTypedLiteral(d.sha256(), XSDDatatype.XSDhexBinary));
            dist.addProperty(model.createProperty(SPDX, "checksum"), checksum);
        }
        ds.addProperty(DCAT.distribution, dist);
        ds.addProperty(VOID.dataDump, file);
    }

    private static void addStatistics(Model model, Resource ds, DatasetGraph dataset) {
        var data = DatasetFactory.wrap(dataset);
        // Union of all graphs: shared entities repeated per document count once.
        QuerySolution totals = first(data, """
                SELECT (COUNT(*) AS ?triples) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }""");
        ds.addLiteral(VOID.triples, integer(model, totals.getLiteral("triples").getLong()));
        QuerySolution distinct = first(data, """
                SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
                       (COUNT(DISTINCT ?o) AS ?objects) WHERE { GRAPH ?g { ?s ?p ?o } }""");
        ds.addLiteral(VOID.distinctSubjects, integer(model, distinct.getLiteral("subjects").getLong()));
        ds.addLiteral(VOID.properties, integer(model, distinct.getLiteral("properties").getLong()));
        ds.addLiteral(VOID.distinctObjects, integer(model, distinct.getLiteral("objects").getLong()));
        QuerySolution entities = first(data, """
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } FILTER(isIRI(?s)) }""");
        ds.addLiteral(VOID.entities, integer(model, entities.getLiteral("n").getLong()));

        Set<String> vocabularies = new TreeSet<>();
        long classes = 0;
        for (QuerySolution row : select(data, """
                SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } FILTER(isIRI(?class)) }
                GROUP BY ?class ORDER BY ?class""")) {
            Resource partition = model.createResource();
            partition.addProperty(VOID._class, row.getResource("class"));
            partition.addLiteral(VOID.entities, integer(model, row.getLiteral("n").getLong()));
            ds.addProperty(VOID.classPartition, partition);
            vocabularies.add(namespace(row.getResource("class").getURI()));
            classes++;
        }
        ds.addLiteral(VOID.classes, integer(model, classes));
        for (QuerySolution row : select(data, """
                SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }
                GROUP BY ?p ORDER BY ?p""")) {
            Resource partition = model.createResource();
            partition.addProperty(VOID.property, row.getResource("p"));
            partition.addLiteral(VOID.triples, integer(model, row.getLiteral("n").getLong()));
            ds.addProperty(VOID.propertyPartition, partition);
            vocabularies.add(namespace(row.getResource("p").getURI()));
        }
        vocabularies.forEach(ns -> ds.addProperty(VOID.vocabulary, model.createResource(ns)));
        addExamples(model, ds, data);
    }

    /** A document, a measure with a target, the place and the department with the most measures. */
    private static void addExamples(Model model, Resource ds, org.apache.jena.query.Dataset data) {
        String prefix = "PREFIX eco: <" + EKG.NS + ">\nPREFIX dcterms: <" + DCTerms.NS + ">\n";
        List<String> queries = List.of(
                "SELECT ?x WHERE { ?x a eco:PolicyDocument ; dcterms:identifier ?id } ORDER BY DESC(?id) LIMIT 1",
                "SELECT ?x WHERE { ?x a eco:Measure ; eco:hasTarget ?t ; eco:order ?o ; eco:inDocument/dcterms:identifier ?id }"
                        + " ORDER BY DESC(?id) ?o LIMIT 1",
                "SELECT ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m eco:affectsPlace ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
                "SELECT ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m eco:hasAssignment/eco:agent ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1");
        for (String q : queries) {
            List<QuerySolution> rows = select(data, prefix + q);
            if (!rows.isEmpty()) {
                ds.addProperty(VOID.exampleResource, rows.get(0).getResource("x"));
            }
        }
    }

    /** The vocabulary namespace of a term: up to its last '#' or '/'. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static List<QuerySolution> select(org.apache.jena.query.Dataset data, String sparql) {
        try (QueryExecution qe = QueryExecution.create().query(sparql).dataset(data).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static QuerySolution first(org.apache.jena.query.Dataset data, String sparql) {
        return select(data, sparql).get(0);
    }

    private static Literal integer(Model model, long n) {
        return model.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
