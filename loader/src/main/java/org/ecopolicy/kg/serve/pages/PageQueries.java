package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * The SPARQL the pages run. The entity is always bound with {@link ParameterizedSparqlString}
 * (never spliced into the text), and only after the store has been asked whether it exists.
 * Callers hold a read transaction.
 */
final class PageQueries {

    static final String PREFIXES = """
            PREFIX eco: <%s>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """.formatted(EKG.NS);

    /** Most measures a place page lists; the console query (see {@link ConsoleLink#PLACE}) gives them all. */
    static final int MEASURE_ROWS = 200;

    /** How many measures affect a place, and how many of them name it directly. */
    static final String MEASURE_COUNTS = PREFIXES + """
            SELECT (COUNT(DISTINCT ?m) AS ?all) (COUNT(DISTINCT ?d) AS ?direct) WHERE {
              { ?m eco:affectsPlace ?this } UNION { ?d eco:mentionsPlace ?this }
            }""";

    /**
     * The first {@link #MEASURE_ROWS} measures affecting a place in document order, with the named
     * places that put them there (the place itself = direct). The page is chosen first, so a basin
     * affected by a hundred thousand measures costs one sort, not a hundred thousand groups.
     */
    static final String MEASURES_AFFECTING = PREFIXES + """
            SELECT ?m ?title ?doc ?docTitle ?order (MAX(?isDirect) AS ?direct) (MIN(?y) AS ?deadline)
                   (GROUP_CONCAT(DISTINCT ?via; separator="、") AS ?vias)
            WHERE {
              { SELECT ?m ?doc ?order WHERE { ?m eco:affectsPlace ?this ; eco:inDocument ?doc ; eco:order ?order }
                ORDER BY ?doc ?order LIMIT %d }
              ?m dcterms:title ?title .
              ?doc dcterms:title ?docTitle .
              OPTIONAL { ?m eco:deadlineYear ?y }
              OPTIONAL {
                ?m eco:hasPlaceMention ?mention . ?mention eco:refersTo ?p ; eco:surfaceForm ?via .
                FILTER(?p = ?this || EXISTS { ?p eco:withinTransitive ?this })
                BIND(IF(?p = ?this, 1, 0) AS ?isDirect)
              }
            }
            GROUP BY ?m ?title ?doc ?docTitle ?order
            ORDER BY ?doc ?order""".formatted(MEASURE_ROWS);

    /** Places inside a place: administrative children and basin members. */
    static final String CONTAINED_PLACES = PREFIXES + """
            SELECT ?c ?label ?relation WHERE {
              { ?c eco:within ?this BIND("within" AS ?relation) } UNION { ?c eco:inBasin ?this BIND("basin" AS ?relation) }
              OPTIONAL { ?c skos:prefLabel ?label }
            } ORDER BY ?relation ?label""";

    /** Documents issued for a place. */
    static final String DOCUMENTS_OF_PLACE = PREFIXES + """
            SELECT ?doc ?title WHERE { ?doc eco:jurisdiction ?this ; dcterms:title ?title } ORDER BY ?title""";

    /** Tasks a department or government leads or supports, with the words the text used. */
    static final String TASKS = PREFIXES + """
            SELECT ?m ?title ?doc ?docTitle ?order ?role (GROUP_CONCAT(DISTINCT ?surface; separator="、") AS ?surfaces)
            WHERE {
              ?m eco:hasAssignment ?a . ?a eco:agent ?this ; eco:role ?role ; eco:surfaceForm ?surface .
              ?m dcterms:title ?title ; eco:inDocument ?doc ; eco:order ?order .
              ?doc dcterms:title ?docTitle .
            }
            GROUP BY ?m ?title ?doc ?docTitle ?order ?role
            ORDER BY ?role ?doc ?order""";

    /** A document's outline: sections and measures in text order. */
    static final String OUTLINE = PREFIXES + """
            SELECT ?x ?kind ?numbering ?title ?depth ?begin WHERE {
              { ?x a eco:Section ; eco:inDocument ?this ; eco:depth ?depth ; eco:beginIndex ?begin .
                OPTIONAL { ?x eco:numbering ?numbering } OPTIONAL { ?x dcterms:title ?title }
                BIND("section" AS ?kind) }
              UNION
              { ?x a eco:Measure ; eco:inDocument ?this ; eco:beginIndex ?begin ; dcterms:title ?title .
                OPTIONAL { ?x eco:inSection/eco:depth ?sectionDepth }
                BIND(COALESCE(?sectionDepth + 1, 1) AS ?depth) BIND("measure" AS ?kind) }
            } ORDER BY ?begin DESC(?kind)""";

    private static final String TARGETS = PREFIXES + """
            SELECT ?t ?doc ?docTitle ?year ?indicatorText ?comparator ?value ?unit ?quote ?begin ?end ?baseline WHERE {
              %s
              ?t eco:inDocument ?doc ; eco:targetYear ?year ; eco:evidence ?ev .
              ?doc dcterms:title ?docTitle .
              ?ev eco:quote ?quote ; eco:beginIndex ?begin ; eco:endIndex ?end .
              OPTIONAL { ?t eco:indicatorText ?indicatorText }
              OPTIONAL { ?t eco:comparator ?comparator }
              OPTIONAL { ?t eco:targetValue ?value }
              OPTIONAL { ?t eco:unitText ?unit }
              BIND(EXISTS { ?t a eco:Baseline } AS ?baseline)
            } ORDER BY ?doc ?begin""";

    static final String TARGETS_OF_DOCUMENT = TARGETS.formatted("?t eco:inDocument ?this .");
    static final String TARGETS_OF_MEASURE = TARGETS.formatted("?t eco:inMeasure ?this .");
    static final String TARGETS_OF_INDICATOR = TARGETS.formatted("?t eco:indicator ?this .");

    /** Links into an entity that no dedicated section shows. */
    static final String INCOMING = PREFIXES + """
            SELECT ?s ?p WHERE {
              ?s ?p ?this .
              FILTER(?p NOT IN (eco:refersTo, eco:agent, eco:affectsPlace, eco:mentionsPlace, eco:withinTransitive,
                                eco:within, eco:inBasin, eco:inDocument, eco:inMeasure, eco:hasTarget, eco:evidence,
                                eco:leadDepartment, eco:responsibleDepartment, eco:jurisdiction, prov:wasDerivedFrom,
                                eco:hasPlaceMention, eco:hasProjectMention, eco:hasAssignment, eco:indicator))
            } ORDER BY ?p ?s LIMIT 500""";

    /** Label-bearing properties of many resources at once. */
    static final String LABELS = PREFIXES + """
            SELECT ?r ?p ?l WHERE {
              VALUES (?r) { ?resources }
              ?r ?p ?l .
              FILTER(?p IN (skos:prefLabel, rdfs:label, dcterms:title, eco:surfaceForm, eco:indicatorText,
                            eco:targetYear, eco:numbering))
            }""";

    static final String INDEX_DOCUMENTS = PREFIXES + """
            SELECT ?doc ?title ?number ?issued ?file ?level ?jurisdiction
                   (COUNT(DISTINCT ?m) AS ?measures) WHERE {
              ?doc a eco:PolicyDocument ; dcterms:title ?title ; eco:sourceFile ?file .
              OPTIONAL { ?doc eco:documentNumber ?number } OPTIONAL { ?doc dcterms:issued ?issued }
              OPTIONAL { ?doc eco:adminLevel ?level } OPTIONAL { ?doc eco:jurisdictionName ?jurisdiction }
              OPTIONAL { ?m eco:inDocument ?doc ; a eco:Measure }
            } GROUP BY ?doc ?title ?number ?issued ?file ?level ?jurisdiction ORDER BY ?file""";

    /** Entry points: the places, organisations, indicators and topics measures point at most. */
    static final String INDEX_ENTRIES = PREFIXES + """
            SELECT ?kind ?x ?label (COUNT(DISTINCT ?m) AS ?n) WHERE {
              { ?m eco:affectsPlace ?x . BIND("place" AS ?kind) }
              UNION { ?m eco:hasAssignment/eco:agent ?x . BIND("org" AS ?kind) }
              UNION { ?m eco:indicator ?x . BIND("indicator" AS ?kind) }
              UNION { ?m eco:topic ?x . BIND("topic" AS ?kind) }
              ?x skos:prefLabel ?label . FILTER(lang(?label) = "zh")
            } GROUP BY ?kind ?x ?label ORDER BY ?kind DESC(?n) ?label""";

    private final DatasetGraph dataset;

    PageQueries(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Runs {@code sparql} with {@code ?this} bound to the entity. */
    List<QuerySolution> about(String sparql, Node entity) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(sparql);
        pss.setIri("this", entity.getURI());
        return run(pss);
    }

    /** Runs a prepared catalogue query (its parameters already bound). */
    org.apache.jena.query.ResultSetRewindable select(org.apache.jena.query.Query query) {
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset)).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    List<QuerySolution> plain(String sparql) {
        return run(new ParameterizedSparqlString(sparql));
    }

    List<QuerySolution> labels(Collection<Node> resources) {
        List<RDFNode> values = new ArrayList<>();
        for (Node n : resources) {
            if (n.isURI()) {
                values.add(ResourceFactory.createResource(n.getURI()));
            }
        }
        if (values.isEmpty()) {
            return List.of();
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(LABELS);
        pss.setValues("resources", values);
        return run(pss);
    }

    private List<QuerySolution> run(ParameterizedSparqlString pss) {
        try (QueryExecution qe = QueryExecution.create().query(pss.asQuery()).dataset(DatasetFactory.wrap(dataset)).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(rows::add);
            return rows;
        }
    }
}
