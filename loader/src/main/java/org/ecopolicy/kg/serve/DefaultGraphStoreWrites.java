package org.ecopolicy.kg.serve;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Refuses Graph Store Protocol writes ({@code /ecokg/data}) to the default graph of a dataset whose
 * queries read the union of its named graphs: written there, the triples would be accepted and never
 * seen. The message names the graph to write instead (the edits graph, which SPARQL Update's writes to
 * the default graph go to as well, {@link EditsGraphRouting}). A write names the default graph with
 * {@code ?default}, or by naming no graph while sending triples; quads without a graph parameter go
 * to the graphs they name and pass.
 */
final class DefaultGraphStoreWrites implements Filter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String editsGraph;

    DefaultGraphStoreWrites(String editsGraph) {
        this.editsGraph = editsGraph;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (writesDefaultGraph(request)) {
            PlainError.send((HttpServletResponse) res, HttpServletResponse.SC_BAD_REQUEST,
                    "The default graph of this dataset is the union of all its graphs: a write to it would not be seen. "
                            + "Name a graph instead (?graph=" + editsGraph + " for your own edits).");
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean writesDefaultGraph(HttpServletRequest request) {
        if (READ_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (request.getParameter("default") != null) {
            return true;
        }
        if (request.getParameter("graph") != null) {
            return false;
        }
        Lang lang = request.getContentType() == null ? null : RDFLanguages.contentTypeToLang(request.getContentType());
        return lang == null || !RDFLanguages.isQuads(lang);
    }
}
