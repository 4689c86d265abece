package org.ecopolicy.kg.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NIF 2.0 Core terms the graph uses: a document's whole text is one {@code nif:Context}, and
 * every evidence span points at it, so its offsets can be checked inside the graph.
 */
public final class NIF {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
    public static final Property sourceUrl = ResourceFactory.createProperty(NS + "sourceUrl");
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");

    private NIF() {
    }

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }
}
