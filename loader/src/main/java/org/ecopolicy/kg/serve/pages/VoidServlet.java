package org.ecopolicy.kg.serve.pages;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.export.DatasetDescription;
import org.ecopolicy.kg.export.DumpFormat;
import org.ecopolicy.kg.export.Exporter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /.well-known/void}: the VoID/DCAT description of the served graph (the same one
 * {@code ecokg export} writes), with this server's SPARQL endpoint and its on-demand dumps.
 * Turtle unless the client asks for another RDF syntax; a browser gets it inside a page. Computed
 * once per data version, within the dump build limit.
 */
final class VoidServlet extends HttpServlet {

    private record Described(long version, String server, Model model) {
    }

    private final transient DatasetGraph dataset;
    private final transient LinkedDataPaths paths;
    private final transient DumpSettings settings;
    private final transient DumpCache limits;
    private transient Described cached;

    VoidServlet(DatasetGraph dataset, LinkedDataPaths paths, DumpSettings settings, DumpCache limits) {
        this.dataset = dataset;
        this.paths = paths;
        this.settings = settings;
        this.limits = limits;
    }

    /** The configured public URL, else this server on localhost; never the client's Host header. */
    private String server(HttpServletRequest request) {
        return settings.publicBaseUrl() != null ? settings.publicBaseUrl() : "http://localhost:" + request.getLocalPort() + "/";
    }

    /** The description for the current data, computed once per data version (it counts the whole graph). */
    private synchronized Model description(String server) throws DumpCache.Busy {
        long version = settings.dataVersion().getAsLong();
        if (cached == null || cached.version() != version || !cached.server().equals(server)) {
            cached = new Described(version, server, limits.limited(() -> describe(server)));
        }
        return cached.model();
    }

    private Model describe(String server) {
        Exporter exporter = new Exporter(dataset);
        long triples = exporter.statements(DumpFormat.TTL);
        long quads = exporter.statements(DumpFormat.TRIG);
        List<DatasetDescription.Distribution> dumps = new ArrayList<>();
        for (DumpFormat f : DumpFormat.values()) {
            dumps.add(new DatasetDescription.Distribution(server + LinkedDataPaths.DUMP.substring(1) + f.fileName(false),
                    f, false, null, null, f.quads() ? quads : triples));
        }
        return DatasetDescription.describe(dataset, new DatasetDescription.Settings(paths.base(),
                server + "ecokg/sparql", server + LinkedDataPaths.ID.substring(1), LocalDate.now()), dumps);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Model description;
        try {
            description = description(server(request));
        } catch (DumpCache.Busy e) {
            response.setHeader("Retry-After", "60");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        }

        String accept = request.getHeader("Accept");
        // Turtle by default (also for */*); a browser, which asks for text/html first, gets a page.
        boolean noPreference = accept == null || accept.isBlank() || (accept.contains("*/*") && !accept.contains("text/html"));
        Representation chosen = noPreference ? Representation.TURTLE
                : Representation.negotiate(accept).orElse(Representation.TURTLE);
        response.setHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (chosen == Representation.HTML) {
            StringWriter turtle = new StringWriter();
            RDFDataMgr.write(turtle, description, Lang.TURTLE);
            HtmlPage page = new HtmlPage("数据集描述 Dataset description");
            page.heading(1, "数据集描述", "Dataset description (VoID + DCAT)");
            page.raw("<p class=\"formats\">");
            for (Representation r : Representation.values()) {
                if (r != Representation.HTML) {
                    page.link(LinkedDataPaths.VOID + "?format=" + r.suffix(), r.mediaType());
                }
            }
            page.raw("</p>\n<pre>").text(turtle.toString()).raw("</pre>\n");
            LinkedDataServlet.html(response, HttpServletResponse.SC_OK, page.finish());
            return;
        }
        String format = request.getParameter("format");
        if (format != null) {
            chosen = Representation.bySuffix(format).filter(r -> r != Representation.HTML).orElse(Representation.TURTLE);
        }
        LinkedDataServlet.rdf(response, chosen, description.getGraph());
    }
}
