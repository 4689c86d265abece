package org.ecopolicy.kg.export;

import org.apache.jena.shared.PrefixMapping;
import org.ecopolicy.kg.vocabulary.EKG;

/** The prefixes dumps and pages use (the ones of the ontology files). */
public final class Prefixes {

    public static final PrefixMapping MAPPING = build();

    private Prefixes() {
    }

    private static PrefixMapping build() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefix("eco", EKG.NS);
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#");
        pm.setNsPrefix("vann", "http://purl.org/vocab/vann/");
        pm.setNsPrefix("eli", "http://data.europa.eu/eli/ontology#");
        pm.setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        pm.setNsPrefix("geo", "http://www.opengis.net/ont/geosparql#");
        pm.setNsPrefix("qudt", "http://qudt.org/schema/qudt/");
        pm.setNsPrefix("unit", "http://qudt.org/vocab/unit/");
        pm.setNsPrefix("ind", "https://w3id.org/ecokg/ontology/indicator/");
        pm.setNsPrefix("top", "https://w3id.org/ecokg/ontology/topic/");
        pm.lock();
        return pm;
    }

}
