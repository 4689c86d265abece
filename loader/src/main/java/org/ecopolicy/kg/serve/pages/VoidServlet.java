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
 * Turtle unless the client asks for another RDF syntax; a browser gets it inside a page.
 */
final class VoidServlet extends HttpServlet {

    private final transient DatasetGraph dataset;
    private final transient LinkedDataPaths paths;

    VoidServlet(DatasetGraph dataset, LinkedDataPaths paths) {
        this.dataset = dataset;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String server = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
        Exporter exporter = new Exporter(dataset);
        long triples = exporter.statements(DumpFormat.TTL);
        long quads = exporter.statements(DumpFormat.TRIG);
        List<DatasetDescription.Distribution> dumps = new ArrayList<>();
        for (DumpFormat f : DumpFormat.values()) {
            dumps.add(new DatasetDescription.Distribution(server + LinkedDataPaths.DUMP.substring(1) + f.fileName(false),
                    f, false, null, null, f.quads() ? quads : triples));
        }
        Model description = DatasetDescription.describe(dataset, new DatasetDescription.Settings(paths.base(),
                server + "ecokg/sparql", server + LinkedDataPaths.ID.substring(1), LocalDate.now()), dumps);

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
