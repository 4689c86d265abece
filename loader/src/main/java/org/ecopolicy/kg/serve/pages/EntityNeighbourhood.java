package org.ecopolicy.kg.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;

/**
 * What an entity's page shows beyond the entity's own statements, as RDF: a place's containing
 * places (labelled), the places within it, the documents issued for it and the measures affecting
 * it; an indicator's targets with year, value, comparator, unit and document (its cascade); a
 * department's tasks and sub-bodies; a document's sections, measures and targets; the labels of
 * everything an entity points to. Every list is bounded to its first {@link #LIMIT} members, in the
 * page's order, and each list is linked ({@code rdfs:seeAlso}) to a SPARQL protocol URL of this
 * server that returns all of them. Callers hold a read transaction.
 */
final class EntityNeighbourhood {

    /** Most members of one list (measures affecting a place, places within, targets …) in an entity's RDF. */
    static final int LIMIT = 50;

    /**
     * One bounded list: {@code select} picks the members ({@code ?x}, bound to {@code ?this}) in the
     * page's order, {@code construct} says what to state of each; {@code all} is the unbounded query
     * the {@code rdfs:seeAlso} link runs.
     */
    private record Listing(String select, String construct, String all, boolean linked) {
        String bounded() {
            return PageQueries.PREFIXES + "CONSTRUCT { " + construct + " } WHERE { { " + select + " LIMIT " + LIMIT
                    + " } " + optionalParts() + " }";
        }

        /** The construct's statements about ?x beyond the one that lists it, each optional. */
        private String optionalParts() {
            StringBuilder where = new StringBuilder();
            for (String part : construct.split(" \\. ")) {
                String p = part.strip();
                if (!p.isEmpty() && !p.contains("?this")) {
                    where.append("OPTIONAL { ").append(p).append(" } ");
                }
            }
            return where.toString();
        }

        String unbounded() {
            return PageQueries.PREFIXES + all;
        }
    }

    private static Listing listing(String select, String construct) {
        String all = select.replaceFirst("SELECT [^{]*WHERE", "SELECT * WHERE");
        return new Listing(select, construct, all, true);
    }

    /** A listing without a seeAlso link (the labels of what the entity itself states). */
    private static Listing unlinked(String select, String construct) {
        return new Listing(select, construct, select, false);
    }

    private static final List<Listing> LISTINGS = List.of(
            // a place: its containing places and basins, labelled
            listing("SELECT ?x WHERE { ?this eco:withinTransitive ?x } ORDER BY ?x",
                    "?this eco:withinTransitive ?x . ?x skos:prefLabel ?label . ?x eco:within ?up"),
            listing("SELECT ?x WHERE { ?this eco:inBasin ?x } ORDER BY ?x",
                    "?this eco:inBasin ?x . ?x skos:prefLabel ?label"),
            // places within it: administrative children and basin members
            listing("SELECT ?x WHERE { ?x eco:within ?this } ORDER BY ?x",
                    "?x eco:within ?this . ?x skos:prefLabel ?label"),
            listing("SELECT ?x WHERE { ?x eco:inBasin ?this } ORDER BY ?x",
                    "?x eco:inBasin ?this . ?x skos:prefLabel ?label"),
            // documents issued for it
            listing("SELECT ?x WHERE { ?x eco:jurisdiction ?this } ORDER BY ?x",
                    "?x eco:jurisdiction ?this . ?x dcterms:title ?title"),
            // the measures affecting it, in document order as on the page
            listing("SELECT ?x WHERE { ?x eco:affectsPlace ?this ; eco:inDocument ?doc ; eco:order ?order } ORDER BY ?doc ?order",
                    "?x eco:affectsPlace ?this . ?x dcterms:title ?title . ?x eco:inDocument ?inDoc"),
            // an indicator: its targets, by year (the cascade)
            listing("SELECT ?x WHERE { ?x eco:indicator ?this ; eco:targetYear ?year } ORDER BY ?year ?x",
                    "?x eco:indicator ?this . ?x eco:targetYear ?year . ?x eco:targetValue ?value . "
                            + "?x eco:comparator ?comparator . ?x eco:unitText ?unit . ?x eco:inDocument ?inDoc . "
                            + "?x eco:inMeasure ?measure"),
            // a department or government: the tasks it leads or shares, its sub-bodies
            listing("SELECT ?x WHERE { ?x eco:leadDepartment ?this ; eco:inDocument ?doc ; eco:order ?order } ORDER BY ?doc ?order",
                    "?x eco:leadDepartment ?this . ?x dcterms:title ?title"),
            listing("SELECT ?x WHERE { ?x eco:responsibleDepartment ?this ; eco:inDocument ?doc ; eco:order ?order } ORDER BY ?doc ?order",
                    "?x eco:responsibleDepartment ?this . ?x dcterms:title ?title"),
            listing("SELECT ?x WHERE { ?x org:subOrganizationOf ?this } ORDER BY ?x",
                    "?x org:subOrganizationOf ?this . ?x skos:prefLabel ?label"),
            // a document: its sections and measures in text order, its targets
            listing("SELECT ?x WHERE { ?x a eco:Section ; eco:inDocument ?this ; eco:order ?order } ORDER BY ?order",
                    "?x eco:inDocument ?this . ?x eco:numbering ?numbering . ?x dcterms:title ?title . ?x eco:parentSection ?parent"),
            listing("SELECT ?x WHERE { ?x a eco:Measure ; eco:inDocument ?this ; eco:order ?order } ORDER BY ?order",
                    "?x eco:inDocument ?this . ?x dcterms:title ?title . ?x eco:path ?path"),
            listing("SELECT ?x WHERE { ?x a eco:Target ; eco:inDocument ?this ; eco:evidence/eco:beginIndex ?begin } ORDER BY ?begin ?x",
                    "?x eco:inDocument ?this . ?x eco:targetYear ?year . ?x eco:indicatorText ?indicator . "
                            + "?x eco:comparator ?comparator . ?x eco:targetValue ?value . ?x eco:unitText ?unit"),
            // a measure: what its targets commit to
            listing("SELECT ?x WHERE { ?this eco:hasTarget ?x . ?x eco:evidence/eco:beginIndex ?begin } ORDER BY ?begin ?x",
                    "?this eco:hasTarget ?x . ?x eco:targetYear ?year . ?x eco:indicatorText ?indicator . "
                            + "?x eco:comparator ?comparator . ?x eco:targetValue ?value . ?x eco:unitText ?unit"),
            // anything: the names of what it points to
            unlinked("SELECT DISTINCT ?x WHERE { ?this ?p ?x . FILTER(isIRI(?x)) } ORDER BY ?x",
                    "?x skos:prefLabel ?label . ?x dcterms:title ?title"));

    private final DatasetGraph dataset;
    private final String sparqlEndpoint;

    /** @param sparqlEndpoint the absolute URL of this server's SPARQL endpoint, for the seeAlso links */
    EntityNeighbourhood(DatasetGraph dataset, String sparqlEndpoint) {
        this.dataset = dataset;
        this.sparqlEndpoint = sparqlEndpoint;
    }

    /** Adds the bounded lists about {@code entity} to {@code out}. */
    void addTo(Graph out, Node entity) {
        Model union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
        for (Listing listing : LISTINGS) {
            ParameterizedSparqlString pss = new ParameterizedSparqlString(listing.bounded());
            pss.setIri("this", entity.getURI());
            Model found;
            try (QueryExecution qe = QueryExecution.model(union).query(pss.asQuery()).build()) {
                found = qe.execConstruct();
            }
            if (found.isEmpty()) {
                continue;
            }
            found.getGraph().find().forEachRemaining(out::add);
            if (!listing.linked()) {
                continue;
            }
            ParameterizedSparqlString all = new ParameterizedSparqlString(listing.unbounded());
            all.setIri("this", entity.getURI());
            out.add(entity, RDFS.seeAlso.asNode(), NodeFactory.createURI(sparqlEndpoint + "?query="
                    + URLEncoder.encode(all.toString(), StandardCharsets.UTF_8).replace("+", "%20")));
        }
    }
}
