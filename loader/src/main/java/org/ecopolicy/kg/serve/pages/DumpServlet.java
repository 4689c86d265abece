package org.ecopolicy.kg.serve.pages;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.ecopolicy.kg.export.DumpFormat;
import org.ecopolicy.kg.export.Exporter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /dump/ecokg.ttl} etc.: the whole graph, written on request exactly as {@code ecokg export} writes it. */
final class DumpServlet extends HttpServlet {

    private final transient DatasetGraph dataset;

    DumpServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        for (DumpFormat f : DumpFormat.values()) {
            if (f.fileName(false).equals(name)) {
                response.setContentType(f.mediaType() + "; charset=utf-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
                response.setHeader("Access-Control-Allow-Origin", "*");
                try (OutputStream out = response.getOutputStream()) {
                    new Exporter(dataset).write(f, out);
                }
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "dumps: ecokg.ttl, ecokg.nt, ecokg.jsonld, ecokg.rdf, ecokg.trig, ecokg.nq");
    }
}
