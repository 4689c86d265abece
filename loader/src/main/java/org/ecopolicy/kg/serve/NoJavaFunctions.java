package org.ecopolicy.kg.serve;

import java.util.Iterator;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * The standard function registry minus ARQ's dynamic loading of any class named by a
 * {@code <java:…>} function IRI. {@link QueryPolicy} already refuses such queries with a clear
 * error; this keeps the class loader shut should one slip through.
 */
final class NoJavaFunctions extends FunctionRegistry {

    private final FunctionRegistry standard;

    NoJavaFunctions(FunctionRegistry standard) {
        this.standard = standard;
    }

    @Override
    public FunctionFactory get(String uri) {
        if (uri.regionMatches(true, 0, ARQConstants.javaClassURIScheme, 0, ARQConstants.javaClassURIScheme.length())) {
            return null;
        }
        return standard.get(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
        return standard.isRegistered(uri);
    }

    @Override
    public Iterator<String> keys() {
        return standard.keys();
    }

    @Override
    public void put(String uri, FunctionFactory f) {
        throw new UnsupportedOperationException("the public endpoint's function registry is read-only");
    }
}
