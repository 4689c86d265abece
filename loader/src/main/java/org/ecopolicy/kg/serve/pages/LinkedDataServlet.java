package org.ecopolicy.kg.serve.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.export.DatasetDescription;
import org.ecopolicy.kg.export.JsonLdDump;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences entity IRIs: {@code /id/…} (instance base) and {@code /ontology…} (ontology
 * namespace). An explicit suffix ({@code .html .ttl .jsonld .rdf .nt}) picks the representation,
 * otherwise the Accept header does. Unknown IRIs get 404 with a readable page.
 */
final class LinkedDataServlet extends HttpServlet {

    /** Ontology files served as they are, from the classpath copy of {@code ontology/}. */
    private static final Map<String, String> ONTOLOGY_FILES = Map.of(
            "context.jsonld", "application/ld+json", "ecokg.ttl", "text/turtle", "shapes.ttl", "text/turtle",
            "indicators.ttl", "text/turtle", "topics.ttl", "text/turtle");

    private final transient DatasetGraph dataset;
    private final transient LinkedDataPaths paths;
    private final String publicBaseUrl;

    /** @param publicBaseUrl the server's URL as clients see it, or null for this server on localhost */
    LinkedDataServlet(DatasetGraph dataset, LinkedDataPaths paths, String publicBaseUrl) {
        this.dataset = dataset;
        this.paths = paths;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** This server's SPARQL endpoint as clients reach it (never from the client's Host header). */
    private String sparqlEndpoint(HttpServletRequest request) {
        String server = publicBaseUrl != null ? publicBaseUrl : "http://localhost:" + request.getLocalPort() + "/";
        return server + "ecokg/sparql";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (path.startsWith(LinkedDataPaths.ONTOLOGY + "/")
                && ONTOLOGY_FILES.containsKey(path.substring(LinkedDataPaths.ONTOLOGY.length() + 1))) {
            ontologyFile(path.substring(LinkedDataPaths.ONTOLOGY.length() + 1), response);
            return;
        }

        // An explicit suffix wins over the Accept header, unless the IRI itself ends that way.
        Optional<Representation> bySuffix = Optional.empty();
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            bySuffix = Representation.bySuffix(path.substring(dot + 1));
            if (bySuffix.isPresent() && !exists(paths.iriOf(path))) {
                path = path.substring(0, dot);
            } else {
                bySuffix = Optional.empty();
            }
        }
        Optional<Representation> chosen = bySuffix.isPresent() ? bySuffix : Representation.negotiate(request.getHeader("Accept"));
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "offered: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples");
            return;
        }
        Representation representation = chosen.get();

        if (path.equals(LinkedDataPaths.ID) || path.equals(LinkedDataPaths.ID.substring(0, LinkedDataPaths.ID.length() - 1))) {
            if (representation == Representation.HTML) {
                html(response, HttpServletResponse.SC_OK,
                        Txn.calculateRead(dataset, () -> IndexPage.render(new PageQueries(dataset), paths)));
            } else {
                response.sendRedirect(LinkedDataPaths.VOID);
            }
            return;
        }
        Optional<String> iri = paths.iriOf(path);
        if (iri.isPresent() && iri.get().equals(DatasetDescription.datasetIri(paths.base()))) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", LinkedDataPaths.VOID);
            return;
        }
        Optional<String> versioned = iri.flatMap(this::ontologyOfVersion);
        if (versioned.isPresent()) {
            // The version IRI names this release of the ontology: see the ontology itself.
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", paths.href(versioned.get()));
            return;
        }
        if (iri.isEmpty() || !exists(iri)) {
            notFound(response, representation, iri.orElse(path));
            return;
        }
        Node entity = NodeFactory.createURI(iri.get());
        String local = path;
        for (Representation r : Representation.values()) {
            response.addHeader("Link", "<" + local + "." + r.suffix() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"");
        }
        if (representation == Representation.HTML) {
            String page = Txn.calculateRead(dataset, () -> {
                Graph description = new EntityDescriber(dataset).describe(entity);
                return EntityPage.render(entity, description, dataset.getUnionGraph(), new PageQueries(dataset), paths);
            });
            html(response, HttpServletResponse.SC_OK, page);
        } else {
            // the RDF carries what the page shows: the entity, and its bounded lists with links to all
            String endpoint = sparqlEndpoint(request);
            Graph description = Txn.calculateRead(dataset, () -> {
                Graph g = new EntityDescriber(dataset).describe(entity);
                new EntityNeighbourhood(dataset, endpoint).addTo(g, entity);
                return g;
            });
            rdf(response, representation, description);
        }
    }

    private boolean exists(Optional<String> iri) {
        return iri.isPresent() && Txn.calculateRead(dataset,
                () -> new EntityDescriber(dataset).exists(NodeFactory.createURI(iri.get())));
    }

    static void rdf(HttpServletResponse response, Representation representation, Graph graph) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(representation.mediaType() + "; charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            if (representation == Representation.JSONLD) {
                JsonLdDump.write(graph, out);
            } else {
                RDFDataMgr.write(out, graph, representation.lang());
            }
        }
    }

    static void html(HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** The ontology whose {@code owl:versionIRI} is {@code iri}, if any. */
    private Optional<String> ontologyOfVersion(String iri) {
        Node version = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            var found = dataset.getUnionGraph().find(Node.ANY, org.apache.jena.vocabulary.OWL2.versionIRI.asNode(), version);
            try {
                return found.hasNext() ? Optional.of(found.next().getSubject().getURI()) : Optional.<String>empty();
            } finally {
                found.close();
            }
        });
    }

    private static void notFound(HttpServletResponse response, Representation representation, String iri) throws IOException {
        if (representation == Representation.HTML) {
            html(response, HttpServletResponse.SC_NOT_FOUND, IndexPage.notFound(iri));
        } else {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getOutputStream().write(("Not found: " + iri + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void ontologyFile(String name, HttpServletResponse response) throws IOException {
        try (InputStream in = LinkedDataServlet.class.getResourceAsStream("/ontology/" + name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(ONTOLOGY_FILES.get(name) + "; charset=utf-8");
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
