package org.ecopolicy.kg.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few PROV-O terms the graph uses (Jena ships no PROV vocabulary class). */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    private PROV() {
    }

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }
}
